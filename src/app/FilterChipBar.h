#pragma once

#include "domain/EventFilter.h"

#include <QWidget>

class QHBoxLayout;

namespace amodesk {

class AccountDirectory;

// The active event filter as a row of buttons, one a condition; a click removes that condition.
class FilterChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent);

    void show(const EventFilter &filter, const AccountDirectory *directory);

Q_SIGNALS:
    void narrowed(const amodesk::EventFilter &filter); // the filter without the condition clicked

private:
    QHBoxLayout *m_layout;
};

} // namespace amodesk

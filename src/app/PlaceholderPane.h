#pragma once

#include <QWidget>

namespace amodesk {

// Stands in for a pane whose issue has not landed yet, and says what it will do.
class PlaceholderPane : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPane(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace amodesk

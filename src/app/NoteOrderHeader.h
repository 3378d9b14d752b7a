#pragma once

#include "domain/NoteFilter.h"

#include <QObject>

class QHeaderView;

namespace amodesk {

// The notes table's header as the way to order notes. The API orders notes by id (creation)
// or by updated_at only, so the time column sorts, both ways, by the time it shows; a click on
// any other column is answered with why it cannot sort. The order is kept per account.
class NoteOrderHeader : public QObject
{
    Q_OBJECT
public:
    NoteOrderHeader(QHeaderView *header, int timeColumn, QObject *parent);

    void show(const NoteFilter &filter); // puts the indicator where the filter's order is

    // The account's last order on the filter given; newest first when none was chosen yet.
    static NoteFilter withSavedOrder(NoteFilter filter, const QString &accountId);
    static void saveOrder(const NoteFilter &filter, const QString &accountId);

Q_SIGNALS:
    void orderWanted(bool descending);
    void cannotSort(int column);

private:
    QHeaderView *m_header;
    int m_timeColumn;
    bool m_descending = true;
};

} // namespace amodesk

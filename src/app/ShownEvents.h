#pragma once

#include "domain/Event.h"

#include <QList>
#include <optional>

class QAbstractItemModel;
class QModelIndex;
class QTableView;

namespace amodesk {

class EventRows;

// The events a table shows, whichever model it shows them from: the cache's as they are, or the
// API's through a sorting proxy. Rows of the table are mapped to the events' model here.
class ShownEvents
{
public:
    explicit ShownEvents(const QTableView *table) : m_table(table) {}

    QAbstractItemModel *source() const; // the events' model, behind any proxy
    const EventRows *rows() const;
    int sourceRow(int viewRow) const;
    std::optional<Event> current() const;
    // The events of the selected rows; nullopt when more than `most` are selected.
    std::optional<QList<Event>> selected(int most) const;

private:
    const QTableView *m_table;
};

} // namespace amodesk

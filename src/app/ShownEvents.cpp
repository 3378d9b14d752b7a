#include "ShownEvents.h"

#include "EventColumns.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace amodesk {

QAbstractItemModel *ShownEvents::source() const
{
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->model()))
        return proxy->sourceModel();
    return m_table->model();
}

const EventRows *ShownEvents::rows() const
{
    return dynamic_cast<const EventRows *>(source());
}

int ShownEvents::sourceRow(int viewRow) const
{
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->model()))
        return proxy->mapToSource(proxy->index(viewRow, 0)).row();
    return viewRow;
}

std::optional<Event> ShownEvents::current() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return rows()->eventAt(sourceRow(current.row()));
}

std::optional<QList<Event>> ShownEvents::selected(int most) const
{
    QSet<int> chosen;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom() && chosen.size() <= most; ++row)
            chosen.insert(sourceRow(row));
    }
    if (chosen.size() > most)
        return std::nullopt;
    QList<Event> events;
    for (const int row : std::as_const(chosen))
        events.append(rows()->eventAt(row));
    return events;
}

} // namespace amodesk

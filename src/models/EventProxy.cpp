#include "EventProxy.h"

#include "EventTableModel.h"

namespace amodesk {

EventProxy::EventProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(EventTableModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(Qt::DisplayRole);
}

bool EventProxy::lessThan(const QModelIndex &a, const QModelIndex &b) const
{
    if (a.column() == EventTableModel::TimeColumn)
        return a.data(EventTableModel::CreatedAtRole).toLongLong() < b.data(EventTableModel::CreatedAtRole).toLongLong();
    return QString::localeAwareCompare(a.data().toString(), b.data().toString()) < 0;
}

} // namespace amodesk

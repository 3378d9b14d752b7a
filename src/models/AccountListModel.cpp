#include "AccountListModel.h"

#include <QUrl>

namespace amodesk {

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return QUrl(e.baseUrl).toDisplayString();
    case BaseUrlRole:
        return e.baseUrl;
    case SessionOnlyRole:
        return e.sessionOnly;
    default:
        return {};
    }
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].accountId == accountId)
            return int(i);
    }
    return -1;
}

bool AccountListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}

int AccountListModel::add(const Entry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    return row;
}

} // namespace amodesk

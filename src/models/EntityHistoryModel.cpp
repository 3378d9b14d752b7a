#include "EntityHistoryModel.h"

#include "describe/TimelineText.h"
#include "domain/TimeText.h"
#include "services/EntityNames.h"

namespace amodesk {

EntityHistoryModel::EntityHistoryModel(const AccountDirectory *directory, EntityNames *names, QObject *parent)
    : QAbstractTableModel(parent), m_describer(directory)
{
    m_describer.setNames(names);
    if (names) { // a linked entity's name arrives after its row is shown
        connect(names, &EntityNames::arrived, this, [this] {
            if (!m_items.isEmpty())
                Q_EMIT dataChanged(index(0, 3), index(rowCount() - 1, 3));
        });
    }
}

void EntityHistoryModel::setItems(const QList<TimelineItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int EntityHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EntityHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TimelineText::columns().size());
}

QVariant EntityHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TimelineItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const TimelineText text(m_describer);
        switch (index.column()) {
        case 0: return role == Qt::ToolTipRole ? longTime(item.createdAt) : shortTime(item.createdAt);
        case 1: return text.author(item);
        case 2: return text.what(item);
        case 3: return text.details(item);
        }
    }
    return {};
}

QVariant EntityHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return TimelineText::columns().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace amodesk

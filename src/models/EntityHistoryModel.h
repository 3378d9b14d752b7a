#pragma once

#include "describe/EventDescriber.h"
#include "history/EntityTimeline.h"

#include <QAbstractTableModel>

namespace amodesk {

class AccountDirectory;
class EntityNames;

// An entity's history as a table, newest first: when, who, what and the details, in names.
class EntityHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    EntityHistoryModel(const AccountDirectory *directory, EntityNames *names, QObject *parent = nullptr);

    void setItems(const QList<TimelineItem> &items);
    const TimelineItem &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    EventDescriber m_describer;
    QList<TimelineItem> m_items;
};

} // namespace amodesk

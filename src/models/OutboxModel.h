#pragma once

#include "outbox/NoteOutbox.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace amodesk {

class EntityNames;

// The outbox as the user sees it: what waits, what failed and why, what was confirmed.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, WhatColumn, EntityColumn, SummaryColumn, ReasonColumn, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, StateRole };

    explicit OutboxModel(QObject *parent = nullptr);

    void setOutbox(NoteOutbox *outbox); // nullptr: empty
    void setNames(EntityNames *names);
    void refresh();
    OutboxItem itemAt(int row) const { return m_items.value(row); }
    int count(OutboxItem::State state) const;
    static QString stateText(OutboxItem::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    NoteOutbox *m_outbox = nullptr;
    QPointer<EntityNames> m_names;
    QList<OutboxItem> m_items;
};

} // namespace amodesk

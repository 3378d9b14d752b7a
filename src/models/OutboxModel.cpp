#include "OutboxModel.h"

#include "describe/NoteDescriber.h"
#include "services/EntityNames.h"

#include <QBrush>
#include <QColor>

namespace amodesk {

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxModel::setOutbox(NoteOutbox *outbox)
{
    m_outbox = outbox;
    refresh();
}

void OutboxModel::setNames(EntityNames *names)
{
    m_names = names;
    if (names) {
        connect(names, &EntityNames::arrived, this, [this] {
            if (!m_items.isEmpty())
                Q_EMIT dataChanged(index(0, EntityColumn), index(rowCount() - 1, EntityColumn));
        });
    }
}

void OutboxModel::refresh()
{
    beginResetModel();
    m_items = m_outbox ? m_outbox->items() : QList<OutboxItem>{};
    // What needs the user's eye first: failed, then waiting, then done (newest first).
    std::stable_sort(m_items.begin(), m_items.end(), [](const OutboxItem &a, const OutboxItem &b) {
        auto rank = [](OutboxItem::State s) { return s == OutboxItem::State::Failed ? 0 : s == OutboxItem::State::Confirmed ? 2 : 1; };
        return rank(a.state) != rank(b.state) ? rank(a.state) < rank(b.state) : a.id > b.id;
    });
    endResetModel();
}

int OutboxModel::count(OutboxItem::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [state](const OutboxItem &i) { return i.state == state; }));
}

QString OutboxModel::stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending: return tr("Waiting");
    case OutboxItem::State::Sent: return tr("Sent, checking");
    case OutboxItem::State::Confirmed: return tr("Confirmed");
    case OutboxItem::State::Failed: return tr("Failed");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int OutboxModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OutboxItem &it = m_items.at(index.row());
    const QString type = it.note.value(QStringLiteral("note_type")).toString();
    if (role == RowIdRole)
        return it.id;
    if (role == StateRole)
        return int(it.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && it.state == OutboxItem::State::Failed)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return it.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn: return stateText(it.state);
    case WhatColumn:
        return it.kind == OutboxItem::Kind::Add ? tr("Add: %1").arg(NoteDescriber::typeName(type))
                                                : tr("Edit note %1").arg(it.note.value(QStringLiteral("id")).toInteger());
    case EntityColumn: {
        const qint64 id = it.note.value(QStringLiteral("entity_id")).toInteger();
        const QString name = m_names ? m_names->name(it.entityType, id) : QString();
        return name.isEmpty() ? tr("%1 #%2").arg(NoteDescriber::entityTypeName(it.entityType)).arg(id)
                              : tr("%1 «%2»").arg(NoteDescriber::entityTypeName(it.entityType), name);
    }
    case SummaryColumn: return NoteDescriber::summary(type, it.note.value(QStringLiteral("params")).toObject());
    case ReasonColumn:
        if (it.state == OutboxItem::State::Failed)
            return it.error;
        if (it.state == OutboxItem::State::Confirmed)
            return tr("note %1").arg(it.noteId);
        return it.attempts > 0 ? tr("%n attempt(s)", nullptr, it.attempts) : QString();
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case WhatColumn: return tr("Write");
    case EntityColumn: return tr("Entity");
    case SummaryColumn: return tr("Note");
    case ReasonColumn: return tr("Details");
    }
    return {};
}

} // namespace amodesk

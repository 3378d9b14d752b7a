#include "RevertPlanModel.h"

#include "describe/EventDescriber.h"
#include "domain/EntityTypeNames.h"
#include "services/EntityNames.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

namespace amodesk {

RevertPlanModel::RevertPlanModel(const AccountDirectory *directory, Wording wording, QObject *parent)
    : QAbstractTableModel(parent), m_text(directory), m_wording(wording)
{
}

void RevertPlanModel::setPlan(const QList<RevertChange> &plan)
{
    beginResetModel();
    m_plan = plan;
    m_outcome.clear();
    endResetModel();
}

void RevertPlanModel::setEntityNames(EntityNames *names)
{
    m_text.setEntityNames(names);
    if (names) {
        connect(names, &EntityNames::arrived, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, FieldColumn), index(rowCount() - 1, FieldColumn));
        });
    }
}

void RevertPlanModel::setWording(Wording wording)
{
    m_wording = wording;
    Q_EMIT headerDataChanged(Qt::Horizontal, RestoreColumn, RestoreColumn);
}

void RevertPlanModel::setOutcome(const RevertJournal::Run &run)
{
    if (run.entries.size() != m_plan.size())
        return;
    m_outcome = run.entries;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, NowColumn, WhyColumn);
}

int RevertPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int RevertPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RevertPlanModel::stateText(RevertChange::State state)
{
    switch (state) {
    case RevertChange::State::Ready: return tr("Ready");
    case RevertChange::State::Conflict: return tr("Changed since");
    case RevertChange::State::Already: return tr("Already so");
    case RevertChange::State::Unsupported: break;
    }
    return tr("Cannot be reverted");
}

QString RevertPlanModel::statusText(RevertJournal::Status status)
{
    switch (status) {
    case RevertJournal::Status::Pending: return tr("Not confirmed");
    case RevertJournal::Status::Applied: return tr("Done");
    case RevertJournal::Status::Failed: return tr("Refused");
    case RevertJournal::Status::Skipped: break;
    }
    return tr("Skipped");
}

QString RevertPlanModel::entityText(const RevertChange &c) const
{
    const QString type = EventDescriber::entityTypeName(singularEntityType(c.entityType));
    return c.entityName.isEmpty() ? QStringLiteral("%1 #%2").arg(type).arg(c.entityId) : QStringLiteral("%1 «%2»").arg(type, c.entityName);
}

QVariant RevertPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.size())
        return {};
    const RevertChange &c = m_plan.at(index.row());
    const bool applied = !m_outcome.isEmpty();
    const RevertJournal::Entry *entry = applied ? &m_outcome.at(index.row()) : nullptr;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case EntityColumn: return entityText(c);
        case FieldColumn: return m_text.field(c);
        case RestoreColumn: return c.state == RevertChange::State::Unsupported ? QString() : m_text.value(c, c.restore);
        case NowColumn: return c.state == RevertChange::State::Unsupported ? QString() : m_text.value(c, c.current);
        case StateColumn: return entry ? statusText(entry->status) : stateText(c.state);
        case WhyColumn:
            if (entry && !entry->error.isEmpty())
                return entry->error;
            if (c.state == RevertChange::State::Conflict)
                return tr("changed by someone after these events");
            return c.reason;
        }
    }
    if (role == Qt::FontRole && index.column() == StateColumn) {
        // What the admin has to look at stands out: conflicts and changes that did not go through.
        const bool notice = entry ? entry->status == RevertJournal::Status::Failed || entry->status == RevertJournal::Status::Pending
                                  : c.state == RevertChange::State::Conflict;
        if (notice) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role == Qt::UserRole)
        return int(c.state);
    return {};
}

QVariant RevertPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn: return tr("Entity");
    case FieldColumn: return tr("Field");
    case RestoreColumn: return m_wording == Wording::Revert ? tr("Put back") : tr("Set to");
    case NowColumn: return m_outcome.isEmpty() ? tr("Now") : tr("Before");
    case StateColumn: return m_outcome.isEmpty() ? tr("State") : tr("Result");
    case WhyColumn: return tr("Why");
    }
    return {};
}

} // namespace amodesk

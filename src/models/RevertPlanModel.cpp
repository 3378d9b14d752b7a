#include "RevertPlanModel.h"

#include "describe/EventDescriber.h"
#include "domain/EntityTypeNames.h"
#include "domain/TimeText.h"
#include "services/AccountDirectory.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace amodesk {

RevertPlanModel::RevertPlanModel(const AccountDirectory *directory, Wording wording, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_wording(wording)
{
}

void RevertPlanModel::setPlan(const QList<RevertChange> &plan)
{
    beginResetModel();
    m_plan = plan;
    m_outcome.clear();
    endResetModel();
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

QString RevertPlanModel::fieldText(const RevertChange &c) const
{
    if (c.field == u"status")
        return tr("Stage");
    if (c.field == u"responsible_user_id")
        return tr("Responsible user");
    if (c.field == u"name")
        return tr("Name");
    if (c.field == u"price")
        return c.entityType == u"customers" ? tr("Next purchase") : tr("Sale");
    if (c.field.startsWith(QStringLiteral("custom_field:")))
        return m_directory ? m_directory->fieldName(c.field.section(u':', 1).toLongLong()) : c.field;
    if (c.field.startsWith(QStringLiteral("tag:")))
        return tr("Tag “%1”").arg(c.field.section(u':', 1));
    return m_directory ? m_directory->eventTypeName(c.field) : c.field; // an event that is not a change of a field
}

QString RevertPlanModel::valueText(const RevertChange &c, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined())
        return tr("(empty)");
    if (c.field == u"status") {
        const qint64 stage = v[QStringLiteral("status_id")].toInteger();
        if (!m_directory)
            return QString::number(stage);
        if (c.entityType == u"customers")
            return m_directory->customerStatusName(stage);
        const qint64 pipeline = v[QStringLiteral("pipeline_id")].toInteger();
        return QStringLiteral("%1 › %2").arg(m_directory->pipelineName(pipeline), m_directory->leadStatusName(pipeline, stage));
    }
    if (c.field == u"responsible_user_id")
        return m_directory ? m_directory->userName(v.toInteger()) : QString::number(v.toInteger());
    if (c.field.startsWith(QStringLiteral("tag:")))
        return v.toBool() ? tr("Set") : tr("Not set");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue value = item[QStringLiteral("value")];
            if (item[QStringLiteral("enum_id")].isDouble() && m_directory && !m_directory->enumValue(item[QStringLiteral("enum_id")].toInteger()).isEmpty())
                parts << m_directory->enumValue(item[QStringLiteral("enum_id")].toInteger());
            else if (value.isBool())
                parts << (value.toBool() ? tr("Yes") : tr("No"));
            else if (value.isDouble() && value.toInteger() > 100000000) // a date the field keeps as a timestamp
                parts << shortTime(value.toInteger());
            else
                parts << value.toVariant().toString();
        }
        return parts.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QLocale().toString(v.toInteger());
    return v.toVariant().toString();
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
        case FieldColumn: return fieldText(c);
        case RestoreColumn: return c.state == RevertChange::State::Unsupported ? QString() : valueText(c, c.restore);
        case NowColumn: return c.state == RevertChange::State::Unsupported ? QString() : valueText(c, c.current);
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

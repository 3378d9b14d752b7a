#include "ChangeText.h"

#include "describe/EventDescriber.h"
#include "domain/EntityTypeNames.h"
#include "domain/TimeText.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace amodesk {

QString ChangeText::field(const RevertChange &c) const
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
    if (c.field.startsWith(QStringLiteral("link:"))) {
        const QString type = c.field.section(u':', 1, 1);
        const qint64 id = c.field.section(u':', 2).toLongLong();
        const QString name = m_names ? m_names->name(type, id) : QString();
        const QString kind = EventDescriber::entityTypeName(singularEntityType(type)).toLower();
        return name.isEmpty() ? tr("Link: %1 #%2").arg(kind).arg(id) : tr("Link: %1 «%2»").arg(kind, name);
    }
    return m_directory ? m_directory->eventTypeName(c.field) : c.field; // an event that is not a change of a field
}

QString ChangeText::value(const RevertChange &c, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined())
        return tr("(empty)");
    if (c.field == u"status") {
        const qint64 stage = v[QStringLiteral("status_id")].toInteger();
        const qint64 pipeline = v[QStringLiteral("pipeline_id")].toInteger();
        if (c.entityType == u"customers")
            return m_directory ? m_directory->customerStatusName(stage) : QString::number(stage);
        if (!m_directory)
            return QStringLiteral("%1 › %2").arg(pipeline).arg(stage);
        return QStringLiteral("%1 › %2").arg(m_directory->pipelineName(pipeline), m_directory->leadStatusName(pipeline, stage));
    }
    if (c.field == u"responsible_user_id")
        return m_directory ? m_directory->userName(v.toInteger()) : QString::number(v.toInteger());
    if (c.field.startsWith(QStringLiteral("tag:")))
        return v.toBool() ? tr("Set") : tr("Not set");
    if (c.field.startsWith(QStringLiteral("link:")))
        return v.toBool() ? tr("Linked") : tr("Not linked");
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

} // namespace amodesk

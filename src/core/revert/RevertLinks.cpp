#include "RevertLinks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(RevertPlan) };
const QString kLinkPrefix = QStringLiteral("link:");
} // namespace

bool isLinkField(const QString &field)
{
    return field.startsWith(kLinkPrefix);
}

QString linkField(const QString &toType, qint64 toId)
{
    return kLinkPrefix + toType + u':' + QString::number(toId);
}

QString linkedEntity(const QString &linkField)
{
    return linkField.mid(kLinkPrefix.size());
}

QJsonObject linkTarget(const QString &linkField)
{
    return {{QStringLiteral("to_entity_type"), linkField.section(u':', 1, 1)}, {QStringLiteral("to_entity_id"), linkField.section(u':', 2).toLongLong()}};
}

bool linkableFrom(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("leads"), {QStringLiteral("contacts"), QStringLiteral("companies")}},
        {QStringLiteral("contacts"), {QStringLiteral("companies"), QStringLiteral("customers")}},
        {QStringLiteral("companies"), {QStringLiteral("contacts"), QStringLiteral("leads"), QStringLiteral("customers")}},
        {QStringLiteral("customers"), {QStringLiteral("contacts"), QStringLiteral("companies")}}};
    return allowed.value(from).contains(to);
}

void markMirrorLinks(QList<RevertChange> &plan)
{
    QSet<QString> sides;
    for (RevertChange &c : plan) {
        if (!isLinkField(c.field) || c.patch.isEmpty())
            continue;
        const QString side = QStringLiteral("%1:%2|%3").arg(c.entityType).arg(c.entityId).arg(c.field);
        const QString mirror = QStringLiteral("%1|%2").arg(linkedEntity(c.field), linkField(c.entityType, c.entityId));
        if (sides.contains(mirror)) {
            c.state = RevertChange::State::Already;
            c.patch = {};
            c.reason = Tr::tr("the same link, put back from its other side");
        }
        sides.insert(side);
    }
}

LinkItem linkItem(const RevertChange &c)
{
    // A contact's link to a lead is made as the lead's.
    const QString to = c.patch.value(QStringLiteral("to_entity_type")).toString();
    const qint64 toId = c.patch.value(QStringLiteral("to_entity_id")).toInteger();
    const bool fromHere = linkableFrom(c.entityType, to);
    const QJsonObject json{{QStringLiteral("entity_id"), fromHere ? c.entityId : toId},
                           {QStringLiteral("to_entity_id"), fromHere ? toId : c.entityId},
                           {QStringLiteral("to_entity_type"), fromHere ? to : c.entityType}};
    return {fromHere ? c.entityType : to, c.restore.toBool(), json};
}

} // namespace amodesk

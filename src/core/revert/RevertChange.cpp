#include "RevertChange.h"

#include <QJsonArray>

namespace amodesk {

QString RevertChange::stateName(State state)
{
    switch (state) {
    case State::Ready: return QStringLiteral("ready");
    case State::Conflict: return QStringLiteral("conflict");
    case State::Already: return QStringLiteral("already");
    case State::Unsupported: break;
    }
    return QStringLiteral("unsupported");
}

QJsonObject RevertChange::toJson() const
{
    QJsonObject o{{QStringLiteral("entity_type"), entityType}, {QStringLiteral("entity_id"), entityId},
                  {QStringLiteral("field"), field}, {QStringLiteral("restore"), restore},
                  {QStringLiteral("current"), current}, {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("event_ids"), QJsonArray::fromStringList(eventIds)}};
    if (!entityName.isEmpty())
        o.insert(QStringLiteral("entity_name"), entityName);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject RevertChange::toRecord() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("expected"), expected);
    o.insert(QStringLiteral("patch"), patch);
    return o;
}

RevertChange RevertChange::fromRecord(const QJsonObject &o)
{
    RevertChange c;
    c.entityType = o.value(QStringLiteral("entity_type")).toString();
    c.entityId = o.value(QStringLiteral("entity_id")).toInteger();
    c.entityName = o.value(QStringLiteral("entity_name")).toString();
    c.field = o.value(QStringLiteral("field")).toString();
    c.restore = o.value(QStringLiteral("restore"));
    c.current = o.value(QStringLiteral("current"));
    c.expected = o.value(QStringLiteral("expected"));
    const QString state = o.value(QStringLiteral("state")).toString();
    for (const State s : {State::Ready, State::Conflict, State::Already, State::Unsupported}) {
        if (stateName(s) == state)
            c.state = s;
    }
    c.reason = o.value(QStringLiteral("reason")).toString();
    for (const QJsonValue &id : o.value(QStringLiteral("event_ids")).toArray())
        c.eventIds << id.toString();
    c.patch = o.value(QStringLiteral("patch")).toObject();
    return c;
}

} // namespace amodesk

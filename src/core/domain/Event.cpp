#include "Event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Event) };

QList<EventChange> changes(const QJsonValue &value)
{
    QList<EventChange> out;
    for (const QJsonValue &v : value.toArray())
        out.append(EventChange::fromJson(v.toObject()));
    return out;
}

QString join(const QList<EventChange> &list)
{
    QStringList parts;
    for (const EventChange &c : list)
        parts << c.summary();
    return parts.join(QStringLiteral(", "));
}
} // namespace

EventChange EventChange::fromJson(const QJsonObject &entry)
{
    EventChange c;
    c.raw = entry;
    if (entry.size() != 1)
        return c;
    const QString key = entry.begin().key();
    const QJsonObject o = entry.begin().value().toObject();
    auto id = [&o] { return o.value(QStringLiteral("id")).toInteger(); };
    if (key == u"note") { c.kind = Kind::Note; c.id = id(); }
    else if (key == u"task") { c.kind = Kind::TaskText; c.text = o.value(QStringLiteral("text")).toString(); }
    else if (key == u"helpbot") { c.kind = Kind::Helpbot; c.id = id(); }
    else if (key == u"transaction") { c.kind = Kind::Transaction; c.id = id(); }
    else if (key == u"nps") { c.kind = Kind::NpsRate; c.number = o.value(QStringLiteral("rate")).toInteger(); }
    else if (key == u"message") { c.kind = Kind::Message; c.text = o.value(QStringLiteral("id")).toVariant().toString(); }
    else if (key == u"tag") { c.kind = Kind::Tag; c.text = o.value(QStringLiteral("name")).toString(); }
    else if (key == u"lead_status") { c.kind = Kind::LeadStatus; c.id = id(); c.pipelineId = o.value(QStringLiteral("pipeline_id")).toInteger(); }
    else if (key == u"customer_status") { c.kind = Kind::CustomerStatus; c.id = id(); }
    else if (key == u"link" || key == u"unlink") {
        c.kind = key == u"link" ? Kind::Link : Kind::Unlink;
        const QJsonObject entity = o.value(QStringLiteral("entity")).toObject();
        c.text = entity.value(QStringLiteral("type")).toString();
        c.id = entity.value(QStringLiteral("id")).toInteger();
    }
    else if (key == u"responsible_user") { c.kind = Kind::ResponsibleUser; c.id = id(); }
    else if (key == u"task_deadline") { c.kind = Kind::TaskDeadline; c.number = o.value(QStringLiteral("timestamp")).toInteger(); }
    else if (key == u"task_type") { c.kind = Kind::TaskType; c.id = id(); }
    else if (key == u"custom_field_value") {
        c.kind = Kind::CustomFieldValue;
        c.fieldId = o.value(QStringLiteral("field_id")).toInteger();
        c.number = o.value(QStringLiteral("field_type")).toInteger();
        c.hasEnum = o.value(QStringLiteral("enum_id")).isDouble();
        c.id = o.value(QStringLiteral("enum_id")).toInteger();
        c.text = o.value(QStringLiteral("text")).toString();
    }
    else if (key == u"sale_field_value") { c.kind = Kind::Sale; c.number = o.value(QStringLiteral("sale")).toInteger(); }
    else if (key == u"name_field_value") { c.kind = Kind::Name; c.text = o.value(QStringLiteral("name")).toString(); }
    else if (key == u"ltv_field_value") { c.kind = Kind::Ltv; c.number = o.value(QStringLiteral("ltv")).toInteger(); }
    return c;
}

QString EventChange::summary() const
{
    switch (kind) {
    case Kind::Note: return Tr::tr("note %1").arg(id);
    case Kind::TaskText: return text;
    case Kind::Helpbot: return Tr::tr("intent %1").arg(id);
    case Kind::Transaction: return Tr::tr("purchase %1").arg(id);
    case Kind::NpsRate: return Tr::tr("NPS %1").arg(number);
    case Kind::Message: return Tr::tr("message %1").arg(text);
    case Kind::Tag: return Tr::tr("tag %1").arg(text);
    case Kind::LeadStatus: return Tr::tr("stage %1 (pipeline %2)").arg(id).arg(pipelineId);
    case Kind::CustomerStatus: return Tr::tr("stage %1").arg(id);
    case Kind::Link: return Tr::tr("linked %1 %2").arg(text).arg(id);
    case Kind::Unlink: return Tr::tr("unlinked %1 %2").arg(text).arg(id);
    case Kind::ResponsibleUser: return Tr::tr("user %1").arg(id);
    case Kind::TaskDeadline: return QDateTime::fromSecsSinceEpoch(number).toString(Qt::ISODate);
    case Kind::TaskType: return Tr::tr("task type %1").arg(id);
    case Kind::CustomFieldValue: return Tr::tr("field %1: %2").arg(fieldId).arg(text);
    case Kind::Sale:
    case Kind::Ltv: return QString::number(number);
    case Kind::Name: return text;
    case Kind::Unknown: break;
    }
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

QString Event::problemIn(const QJsonObject &json)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!(id.isString() && !id.toString().isEmpty()) && !(id.isDouble() && id.toDouble() > 0))
        return Tr::tr("an event without an id");
    if (json.value(QStringLiteral("type")).toString().isEmpty())
        return Tr::tr("event %1 has no type").arg(id.toVariant().toString());
    if (json.value(QStringLiteral("created_at")).toInteger() <= 0)
        return Tr::tr("event %1 has no time").arg(id.toVariant().toString());
    return {};
}

Event Event::fromJson(const QJsonObject &json)
{
    Event e;
    e.raw = json;
    e.id = json.value(QStringLiteral("id")).toVariant().toString();
    e.type = json.value(QStringLiteral("type")).toString();
    e.entityId = json.value(QStringLiteral("entity_id")).toInteger();
    e.entityType = json.value(QStringLiteral("entity_type")).toString();
    e.createdBy = json.value(QStringLiteral("created_by")).toInteger();
    e.createdAt = json.value(QStringLiteral("created_at")).toInteger();
    e.accountId = json.value(QStringLiteral("account_id")).toInteger();
    e.linkedTalkContactId = json.value(QStringLiteral("linked_talk_contact_id")).toInteger();
    const QJsonObject entity = json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("entity")).toObject();
    e.entityName = entity.value(QStringLiteral("name")).toString();
    e.catalogId = entity.value(QStringLiteral("catalog_id")).toInteger();
    e.before = changes(json.value(QStringLiteral("value_before")));
    e.after = changes(json.value(QStringLiteral("value_after")));
    return e;
}

bool Event::isAboutNote() const
{
    static const QStringList owners = {QStringLiteral("lead"), QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("customer")};
    return owners.contains(entityType) && after.size() == 1 && after.first().kind == EventChange::Kind::Note;
}

QString Event::changeSummary() const
{
    const QString b = join(before), a = join(after);
    if (b.isEmpty())
        return a;
    if (a.isEmpty())
        return b + QStringLiteral(" →");
    return b + QStringLiteral(" → ") + a;
}

} // namespace amodesk

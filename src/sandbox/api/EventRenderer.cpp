#include "EventRenderer.h"

#include "Responses.h"
#include "data/NameBank.h"

#include <QDateTime>

namespace sandbox {

namespace {
QJsonObject one(const QString &key, const QJsonObject &value) { return {{key, value}}; }

QJsonArray tagList(const AccountData &data, qint64 mask)
{
    QJsonArray out;
    for (int i = 0; i < data.tags.size(); ++i) {
        if (mask & (qint64(1) << i))
            out.append(one(QStringLiteral("tag"), {{QStringLiteral("name"), data.tags.at(i)}}));
    }
    return out;
}

QJsonArray fieldValue(const AccountData &data, const EventRec &e, qint64 enumOrSeed)
{
    const CustomField *f = data.field(int(e.after0));
    if (!f || enumOrSeed == 0) // 0: the field had no value
        return {};
    return {customFieldEventItem(*f, enumOrSeed > 0 ? enumOrSeed : 0, data.fieldText(*f, enumOrSeed))};
}
} // namespace

QJsonObject customFieldEventItem(const CustomField &field, qint64 enumId, const QString &text)
{
    static const QHash<QString, int> typeCodes = {
        {QStringLiteral("text"), 1}, {QStringLiteral("numeric"), 2}, {QStringLiteral("checkbox"), 3}, {QStringLiteral("select"), 4},
        {QStringLiteral("multiselect"), 5}, {QStringLiteral("date"), 6}, {QStringLiteral("url"), 7},
        {QStringLiteral("multitext"), 8}, {QStringLiteral("textarea"), 9}, {QStringLiteral("radiobutton"), 10}};
    const QJsonObject v{{QStringLiteral("field_id"), field.id}, {QStringLiteral("field_type"), typeCodes.value(field.type, 1)},
                        {QStringLiteral("enum_id"), enumId > 0 ? QJsonValue(enumId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("text"), text}};
    return one(QStringLiteral("custom_field_value"), v);
}

QString eventSideValue(const AccountData &data, const EventRec &e, bool after)
{
    const auto written = data.writtenEvents.constFind(e.index);
    if (written != data.writtenEvents.cend())
        return after ? written->afterText : written->beforeText;
    const EventTypeInfo &info = eventTypes().at(e.typeIdx);
    const qint64 v = after ? e.after0 : e.before0;
    switch (info.shape) {
    case ValueShape::Sale:
    case ValueShape::Ltv:
    case ValueShape::Nps:
        return (info.shape == ValueShape::Nps && !after) ? QString() : QString::number(v);
    case ValueShape::Name:
        return AccountData::generatedName(e.entity, quint64(v));
    case ValueShape::CustomField: {
        const CustomField *f = data.field(int(e.after0));
        return f ? data.fieldText(*f, after ? e.after1 : e.before1) : QString();
    }
    default:
        return {};
    }
}

QJsonObject renderEvent(const RequestContext &ctx, const EventRec &e, const QStringList &with)
{
    const AccountData &data = ctx.data;
    const EventTypeInfo &info = eventTypes().at(e.typeIdx);
    QJsonArray after, before;
    switch (info.shape) {
    case ValueShape::Empty:
        break;
    case ValueShape::Note:
        after.append(one(QStringLiteral("note"), {{QStringLiteral("id"), e.after0}}));
        break;
    case ValueShape::TaskText:
        after.append(one(QStringLiteral("task"), {{QStringLiteral("text"), names::taskText(quint64(e.after0))}}));
        before.append(one(QStringLiteral("task"), {{QStringLiteral("text"), names::taskText(quint64(e.before0))}}));
        break;
    case ValueShape::Helpbot:
        after.append(one(QStringLiteral("helpbot"), {{QStringLiteral("id"), e.after0}}));
        break;
    case ValueShape::Transaction:
        after.append(one(QStringLiteral("transaction"), {{QStringLiteral("id"), e.after0}}));
        break;
    case ValueShape::Nps:
        after.append(one(QStringLiteral("nps"), {{QStringLiteral("rate"), e.after0}}));
        break;
    case ValueShape::Message:
        after.append(one(QStringLiteral("message"), {{QStringLiteral("id"), names::uuid(quint64(e.after0))}}));
        break;
    case ValueShape::Tag:
        after = tagList(data, e.after0);
        before = tagList(data, e.before0);
        break;
    case ValueShape::LeadStatus:
        after.append(one(QStringLiteral("lead_status"), {{QStringLiteral("id"), e.after0}, {QStringLiteral("pipeline_id"), e.after1}}));
        before.append(one(QStringLiteral("lead_status"), {{QStringLiteral("id"), e.before0}, {QStringLiteral("pipeline_id"), e.before1}}));
        break;
    case ValueShape::CustomerStatus:
        after.append(one(QStringLiteral("customer_status"), {{QStringLiteral("id"), e.after0}}));
        before.append(one(QStringLiteral("customer_status"), {{QStringLiteral("id"), e.before0}}));
        break;
    case ValueShape::Link:
    case ValueShape::Unlink: {
        const QJsonObject entity{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("type"), entityKindName(EntityKind(e.after0))}, {QStringLiteral("id"), e.after1}}}};
        if (info.shape == ValueShape::Link)
            after.append(QJsonObject{{QStringLiteral("link"), entity}});
        else
            before.append(QJsonObject{{QStringLiteral("unlink"), entity}});
        break;
    }
    case ValueShape::Responsible:
        after.append(one(QStringLiteral("responsible_user"), {{QStringLiteral("id"), e.after0}}));
        before.append(one(QStringLiteral("responsible_user"), {{QStringLiteral("id"), e.before0}}));
        break;
    case ValueShape::TaskDeadline:
        after.append(one(QStringLiteral("task_deadline"), {{QStringLiteral("timestamp"), e.after0}}));
        before.append(one(QStringLiteral("task_deadline"), {{QStringLiteral("timestamp"), e.before0}}));
        break;
    case ValueShape::TaskType:
        after.append(one(QStringLiteral("task_type"), {{QStringLiteral("id"), e.after0}}));
        before.append(one(QStringLiteral("task_type"), {{QStringLiteral("id"), e.before0}}));
        break;
    case ValueShape::CustomField:
        after = fieldValue(data, e, e.after1);
        before = fieldValue(data, e, e.before1);
        break;
    case ValueShape::Sale:
        after.append(one(QStringLiteral("sale_field_value"), {{QStringLiteral("sale"), e.after0}}));
        before.append(one(QStringLiteral("sale_field_value"), {{QStringLiteral("sale"), e.before0}}));
        break;
    case ValueShape::Name:
        after.append(one(QStringLiteral("name_field_value"), {{QStringLiteral("name"), AccountData::generatedName(e.entity, quint64(e.after0))}}));
        before.append(one(QStringLiteral("name_field_value"), {{QStringLiteral("name"), AccountData::generatedName(e.entity, quint64(e.before0))}}));
        break;
    case ValueShape::Ltv:
        after.append(one(QStringLiteral("ltv_field_value"), {{QStringLiteral("ltv"), e.after0}}));
        before.append(one(QStringLiteral("ltv_field_value"), {{QStringLiteral("ltv"), e.before0}}));
        break;
    }

    const auto written = data.writtenEvents.constFind(e.index);
    if (written != data.writtenEvents.cend()) {
        after = written->after;
        before = written->before;
    }
    const QString id = data.eventId(e.index);
    const QString entityPath = e.entity == EntityKind::CatalogElement
        ? QStringLiteral("/api/v4/catalogs/%1/elements/%2").arg(e.catalogId).arg(e.entityId)
        : QStringLiteral("/api/v4/%1/%2").arg(entityPluralName(e.entity)).arg(e.entityId);
    QJsonObject entity{{QStringLiteral("id"), e.entityId}, {QStringLiteral("_links"), selfLink(ctx.href(entityPath))}};
    static const QHash<QString, EntityKind> nameWith = {
        {QStringLiteral("lead_name"), EntityKind::Lead}, {QStringLiteral("contact_name"), EntityKind::Contact},
        {QStringLiteral("company_name"), EntityKind::Company}, {QStringLiteral("customer_name"), EntityKind::Customer},
        {QStringLiteral("catalog_element_name"), EntityKind::CatalogElement}};
    for (const QString &w : with) {
        const auto kind = nameWith.constFind(w);
        if (kind != nameWith.cend() && *kind == e.entity)
            entity[QStringLiteral("name")] = data.entityName(e.entity, e.entityId);
    }
    if (e.entity == EntityKind::CatalogElement) {
        entity[QStringLiteral("catalog_id")] = e.catalogId;
        if (with.contains(QStringLiteral("catalog_name"))) {
            for (const auto &c : data.catalogs) {
                if (c.first == e.catalogId)
                    entity[QStringLiteral("catalog_name")] = c.second;
            }
        }
    }
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("type"), QString::fromLatin1(info.key)},
                    {QStringLiteral("entity_id"), e.entityId},
                    {QStringLiteral("entity_type"), entityKindName(e.entity)},
                    {QStringLiteral("created_by"), e.createdBy},
                    {QStringLiteral("created_at"), e.createdAt},
                    {QStringLiteral("value_after"), after},
                    {QStringLiteral("value_before"), before},
                    {QStringLiteral("account_id"), data.accountId},
                    {QStringLiteral("_links"), selfLink(ctx.href(QString(QStringLiteral("/api/v4/events/") + id)))},
                    {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("entity"), entity}}}};
    if (e.linkedContactId != 0)
        out[QStringLiteral("linked_talk_contact_id")] = e.linkedContactId;
    return out;
}

} // namespace sandbox

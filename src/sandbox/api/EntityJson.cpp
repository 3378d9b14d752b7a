#include "EntityJson.h"

#include "Responses.h"

namespace sandbox {

namespace {
QJsonValue timeOrNull(qint64 t) { return t > 0 ? QJsonValue(t) : QJsonValue(QJsonValue::Null); }

QJsonArray embeddedLinks(const RequestContext &ctx, const EntityRec &e, EntityKind of, bool withMain)
{
    QJsonArray out;
    bool first = true;
    for (const LinkRec &l : e.links) {
        if (l.kind != of)
            continue;
        QJsonObject item{{QStringLiteral("id"), l.id}, {QStringLiteral("_links"), selfLink(entityHref(ctx, of, l.id))}};
        if (withMain)
            item[u"is_main"] = first;
        first = false;
        out.append(item);
    }
    return out;
}
} // namespace

QString entityHref(const RequestContext &ctx, EntityKind kind, int id)
{
    return ctx.href(QStringLiteral("/api/v4/%1/%2").arg(entityPluralName(kind)).arg(id));
}

QString linkTypeName(EntityKind kind)
{
    return kind == EntityKind::CatalogElement ? QStringLiteral("catalog_elements") : entityPluralName(kind);
}

bool linkTypeFromName(const QString &name, EntityKind &kind)
{
    if (name == u"catalog_elements") {
        kind = EntityKind::CatalogElement;
        return true;
    }
    return entityKindFromPlural(name, kind);
}

QJsonObject tagJson(const AccountData &data, int index)
{
    return {{QStringLiteral("id"), AccountData::tagId(index)}, {QStringLiteral("name"), data.tags.at(index)},
            {QStringLiteral("color"), QJsonValue::Null}};
}

QJsonObject linkJson(EntityKind kind, int id, const LinkRec &link)
{
    QJsonValue metadata = QJsonValue::Null;
    if (link.kind == EntityKind::Contact && kind != EntityKind::Company)
        metadata = QJsonObject{{QStringLiteral("main_contact"), false}};
    if (link.kind == EntityKind::CatalogElement)
        metadata = QJsonObject{{QStringLiteral("quantity"), 1}, {QStringLiteral("catalog_id"), link.catalogId}};
    return {{QStringLiteral("entity_id"), id}, {QStringLiteral("entity_type"), entityPluralName(kind)},
            {QStringLiteral("to_entity_id"), link.id}, {QStringLiteral("to_entity_type"), linkTypeName(link.kind)},
            {QStringLiteral("metadata"), metadata}};
}

QJsonObject entityJson(const RequestContext &ctx, EntityKind kind, const EntityRec &e, const QStringList &with)
{
    const AccountData &d = ctx.data;
    QJsonArray fields;
    for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
        const CustomField *f = d.field(it.key());
        fields.append(QJsonObject{{QStringLiteral("field_id"), f->id}, {QStringLiteral("field_name"), f->name},
                                  {QStringLiteral("field_code"), f->code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f->code)},
                                  {QStringLiteral("field_type"), f->type}, {QStringLiteral("values"), *it}});
    }
    QJsonArray tags;
    for (int t : e.tags)
        tags.append(tagJson(d, t));
    QJsonObject out{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name},
                    {QStringLiteral("responsible_user_id"), e.responsible}, {QStringLiteral("group_id"), 0},
                    {QStringLiteral("created_by"), e.createdBy}, {QStringLiteral("updated_by"), e.updatedBy},
                    {QStringLiteral("created_at"), e.createdAt}, {QStringLiteral("updated_at"), e.updatedAt},
                    {QStringLiteral("closest_task_at"), QJsonValue::Null}, {QStringLiteral("is_deleted"), false},
                    {QStringLiteral("custom_fields_values"), fields.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fields)},
                    {QStringLiteral("account_id"), d.accountId}, {QStringLiteral("_links"), selfLink(entityHref(ctx, kind, e.id))}};
    QJsonObject embedded{{QStringLiteral("tags"), tags}};
    switch (kind) {
    case EntityKind::Lead:
        out[u"price"] = e.price;
        out[u"status_id"] = e.statusId;
        out[u"pipeline_id"] = e.pipelineId;
        out[u"loss_reason_id"] = QJsonValue::Null;
        out[u"closed_at"] = timeOrNull(e.closedAt);
        out[u"score"] = QJsonValue::Null;
        out[u"labor_cost"] = QJsonValue::Null;
        embedded[u"companies"] = embeddedLinks(ctx, e, EntityKind::Company, false);
        break;
    case EntityKind::Contact: {
        const QString first = e.name.section(u' ', 0, 0);
        out[u"first_name"] = first;
        out[u"last_name"] = e.name.section(u' ', 1);
        out[u"is_unsorted"] = false;
        embedded[u"companies"] = embeddedLinks(ctx, e, EntityKind::Company, false);
        break;
    }
    case EntityKind::Customer:
        out[u"next_price"] = e.price;
        out[u"next_date"] = e.updatedAt + 30 * 86400;
        out[u"status_id"] = e.statusId;
        out[u"periodicity"] = 30;
        out[u"ltv"] = 0;
        out[u"purchases_count"] = 0;
        out[u"average_check"] = 0;
        embedded[u"segments"] = QJsonArray();
        break;
    default:
        break;
    }
    for (const QString &w : with) {
        EntityKind linked;
        if (entityKindFromPlural(w, linked) && !embedded.contains(w))
            embedded[w] = embeddedLinks(ctx, e, linked, linked == EntityKind::Contact);
    }
    out[u"_embedded"] = embedded;
    return out;
}

} // namespace sandbox

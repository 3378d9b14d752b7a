#include "Entity.h"

namespace amodesk {

QString Entity::priceKey(const QString &type)
{
    return type == u"customers" ? QStringLiteral("next_price") : QStringLiteral("price");
}

Entity Entity::fromJson(const QJsonObject &json, const QString &type)
{
    Entity e;
    e.type = type;
    e.raw = json;
    e.id = json.value(QStringLiteral("id")).toInteger();
    e.name = json.value(QStringLiteral("name")).toString();
    e.price = json.value(priceKey(type)).toInteger();
    e.pipelineId = json.value(QStringLiteral("pipeline_id")).toInteger();
    e.statusId = json.value(QStringLiteral("status_id")).toInteger();
    e.responsibleUserId = json.value(QStringLiteral("responsible_user_id")).toInteger();
    e.updatedAt = json.value(QStringLiteral("updated_at")).toInteger();
    e.deleted = json.value(QStringLiteral("is_deleted")).toBool();
    for (const QJsonValue &f : json.value(QStringLiteral("custom_fields_values")).toArray())
        e.fields.insert(f[QStringLiteral("field_id")].toInteger(), f[QStringLiteral("values")].toArray());
    for (const QJsonValue &t : json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("tags")).toArray())
        e.tags << t[QStringLiteral("name")].toString();
    const QJsonObject embedded = json.value(QStringLiteral("_embedded")).toObject();
    for (const QString &linked : {QStringLiteral("leads"), QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("customers")}) {
        for (const QJsonValue &l : embedded.value(linked).toArray())
            e.links.insert(linked + u':' + QString::number(l[QStringLiteral("id")].toInteger()));
    }
    return e;
}

} // namespace amodesk

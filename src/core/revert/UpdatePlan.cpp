#include "UpdatePlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(UpdatePlan) };

// One field the item sets, in the plan's values; empty field with *why set when it cannot be read.
struct Setting {
    QString field;
    QJsonValue value;
};

QList<Setting> settingsOf(const QString &type, const QJsonObject &item, const Entity *now, QStringList *wrong)
{
    QList<Setting> out;
    const QString priceKey = Entity::priceKey(type);
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"id" || key == u"pipeline_id") {
            continue; // the id names the entity; a pipeline goes with its stage
        } else if (key == u"name" && v.isString()) {
            out.append({QStringLiteral("name"), v});
        } else if (key == priceKey && v.isDouble()) {
            out.append({QStringLiteral("price"), v.toInteger()});
        } else if (key == u"responsible_user_id" && v.isDouble()) {
            out.append({QStringLiteral("responsible_user_id"), v.toInteger()});
        } else if (key == u"status_id" && v.isDouble()) {
            if (type == u"customers") {
                out.append({QStringLiteral("status"), QJsonObject{{QStringLiteral("status_id"), v.toInteger()}}});
            } else {
                const qint64 pipeline = item.value(QStringLiteral("pipeline_id")).isDouble() ? item.value(QStringLiteral("pipeline_id")).toInteger()
                                                                                              : (now ? now->pipelineId : 0);
                out.append({QStringLiteral("status"), QJsonObject{{QStringLiteral("pipeline_id"), pipeline}, {QStringLiteral("status_id"), v.toInteger()}}});
            }
        } else if (key == u"custom_fields_values" && v.isArray()) {
            for (const QJsonValue &f : v.toArray()) {
                const qint64 fieldId = f[QStringLiteral("field_id")].toInteger();
                if (fieldId <= 0) {
                    wrong->append(QStringLiteral("custom_fields_values"));
                    continue;
                }
                const QJsonValue values = f[QStringLiteral("values")];
                out.append({QStringLiteral("custom_field:%1").arg(fieldId), values.isArray() && !values.toArray().isEmpty() ? values : QJsonValue(QJsonValue::Null)});
            }
        } else if ((key == u"tags_to_add" || key == u"tags_to_delete") && v.isArray()) {
            for (const QJsonValue &tag : v.toArray()) {
                const QString name = tag[QStringLiteral("name")].toString().trimmed();
                if (name.isEmpty())
                    wrong->append(key);
                else
                    out.append({QStringLiteral("tag:") + name, key == u"tags_to_add"});
            }
        } else {
            wrong->append(key);
        }
    }
    if (item.contains(QStringLiteral("pipeline_id")) && !item.contains(QStringLiteral("status_id")))
        wrong->append(QStringLiteral("pipeline_id"));
    return out;
}
} // namespace

QList<qint64> idsToUpdate(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items) {
        const qint64 id = item[QStringLiteral("id")].toInteger();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QList<RevertChange> planUpdate(const QString &entityType, const QJsonArray &items, const CurrentEntities &current, ValidationIssues &issues)
{
    QList<RevertChange> plan;
    const auto entities = current.value(entityType);
    for (int i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        if (!items.at(i).isObject() || id <= 0) {
            issues.append({where, Tr::tr("needs the id of the entity to change")});
            continue;
        }
        const auto now = entities.constFind(id);
        const Entity *entity = now == entities.cend() ? nullptr : &*now;
        QStringList wrong;
        const QList<Setting> settings = settingsOf(entityType, item, entity, &wrong);
        for (const QString &key : std::as_const(wrong))
            issues.append({where + u'.' + key, Tr::tr("is not a key entities update understands, or has the wrong type")});
        if (settings.isEmpty() && wrong.isEmpty())
            issues.append({where, Tr::tr("changes nothing: give a field to set besides the id")});
        for (const Setting &s : settings) {
            RevertChange c;
            c.entityType = entityType;
            c.entityId = id;
            c.field = s.field;
            c.restore = s.value;
            c.expected = entity ? fieldValueOf(*entity, s.field) : QJsonValue();
            settleChange(c, current);
            plan.append(c);
        }
    }
    return plan;
}

} // namespace amodesk

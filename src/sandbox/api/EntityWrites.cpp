#include "EntityChangeReader.h"
#include "EntityJson.h"
#include "EntityRoutes.h"
#include "EventRenderer.h"
#include "Responses.h"

#include <QDateTime>

namespace sandbox {

namespace {

QJsonObject one(const QString &key, const QJsonObject &value) { return {{key, value}}; }

// Applies a checked change and records the events the service records for it.
class ChangeWriter
{
public:
    ChangeWriter(AccountData &data, EntityKind kind, int userId) : m_data(data), m_kind(kind), m_user(userId) {}

    void apply(const Change &c)
    {
        EntityRec &e = *c.target;
        m_id = e.id;
        if (c.name && *c.name != e.name) {
            record(QStringLiteral("name_field_changed"), {nameSide(e.name), nameSide(*c.name), e.name, *c.name});
            e.name = *c.name;
        }
        if (c.price && *c.price != e.price) {
            if (m_kind == EntityKind::Lead) {
                EventRec &ev = record(QStringLiteral("sale_field_changed"), {saleSide(e.price), saleSide(*c.price),
                                                                              QString::number(e.price), QString::number(*c.price)});
                ev.before0 = e.price;
                ev.after0 = *c.price;
            }
            e.price = *c.price;
        }
        applyStage(c, e);
        if (c.responsible && *c.responsible != e.responsible) {
            EventRec &ev = record(QStringLiteral("entity_responsible_changed"), {idSide(QStringLiteral("responsible_user"), e.responsible),
                                                                                  idSide(QStringLiteral("responsible_user"), *c.responsible), {}, {}});
            ev.before0 = e.responsible;
            ev.after0 = *c.responsible;
            e.responsible = *c.responsible;
        }
        for (const auto &f : c.fields)
            applyField(e, *f.first, f.second);
        applyTags(c, e);
        if (m_changed) {
            e.updatedAt = QDateTime::currentSecsSinceEpoch();
            e.updatedBy = m_user;
        }
    }

private:
    AccountData &m_data;
    EntityKind m_kind;
    int m_user;
    int m_id = 0;
    bool m_changed = false;

    EventRec &record(const QString &type, const WrittenEvent &values)
    {
        m_changed = true;
        return recordEvent(m_data, type, m_kind, m_id, m_user, values);
    }

    static QJsonArray nameSide(const QString &name) { return {one(QStringLiteral("name_field_value"), {{QStringLiteral("name"), name}})}; }
    static QJsonArray saleSide(qint64 sale) { return {one(QStringLiteral("sale_field_value"), {{QStringLiteral("sale"), sale}})}; }
    static QJsonArray idSide(const QString &key, qint64 id) { return {one(key, {{QStringLiteral("id"), id}})}; }

    void applyStage(const Change &c, EntityRec &e)
    {
        if (!c.statusId || (*c.statusId == e.statusId && (!c.pipelineId || *c.pipelineId == e.pipelineId)))
            return;
        if (m_kind == EntityKind::Lead) {
            auto side = [](qint64 status, qint64 pipeline) {
                return QJsonArray{one(QStringLiteral("lead_status"), {{QStringLiteral("id"), status}, {QStringLiteral("pipeline_id"), pipeline}})};
            };
            EventRec &ev = record(QStringLiteral("lead_status_changed"), {side(e.statusId, e.pipelineId), side(*c.statusId, *c.pipelineId), {}, {}});
            ev.before0 = e.statusId;
            ev.before1 = e.pipelineId;
            ev.after0 = *c.statusId;
            ev.after1 = *c.pipelineId;
            e.pipelineId = *c.pipelineId;
            e.closedAt = (*c.statusId == 142 || *c.statusId == 143) ? QDateTime::currentSecsSinceEpoch() : 0;
        } else {
            EventRec &ev = record(QStringLiteral("customer_status_changed"), {idSide(QStringLiteral("customer_status"), e.statusId),
                                                                               idSide(QStringLiteral("customer_status"), *c.statusId), {}, {}});
            ev.before0 = e.statusId;
            ev.after0 = *c.statusId;
        }
        e.statusId = *c.statusId;
    }

    static QString valuesText(const QJsonArray &values)
    {
        QStringList texts;
        for (const QJsonValue &v : values) {
            const QJsonValue value = v[QStringLiteral("value")];
            texts << (value.isString() ? value.toString() : value.isBool() ? (value.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                                                                             : QString::number(value.toDouble(), 'g', 16));
        }
        return texts.join(QStringLiteral(", "));
    }

    static QJsonArray fieldSide(const CustomField &f, const QJsonArray &values)
    {
        QJsonArray side;
        for (const QJsonValue &v : values)
            side.append(customFieldEventItem(f, v[QStringLiteral("enum_id")].toInteger(), valuesText({v})));
        return side;
    }

    void applyField(EntityRec &e, const CustomField &f, const QJsonArray &values)
    {
        const QJsonArray old = e.fields.value(f.id);
        if (old == values)
            return;
        EventRec &ev = record(QStringLiteral("custom_field_value_changed"), {fieldSide(f, old), fieldSide(f, values), valuesText(old), valuesText(values)});
        ev.after0 = f.id;
        ev.before1 = old.isEmpty() ? 0 : old.first()[QStringLiteral("enum_id")].toInteger();
        ev.after1 = values.isEmpty() ? 0 : values.first()[QStringLiteral("enum_id")].toInteger();
        if (values.isEmpty())
            e.fields.remove(f.id);
        else
            e.fields.insert(f.id, values);
    }

    int tagIndexFor(const QString &name)
    {
        qsizetype i = m_data.tags.indexOf(name);
        if (i < 0) {
            m_data.tags.append(name);
            i = m_data.tags.size() - 1;
        }
        return int(i);
    }

    void applyTags(const Change &c, EntityRec &e)
    {
        QList<int> next = e.tags;
        if (c.tagsSet) {
            next.clear();
            for (const QString &n : *c.tagsSet)
                next.append(tagIndexFor(n));
        }
        for (const QString &n : c.tagsAdd)
            next.append(tagIndexFor(n));
        for (const QString &n : c.tagsDelete)
            next.removeAll(int(m_data.tags.indexOf(n)));
        QJsonArray added, removed;
        QList<int> kept;
        for (int t : std::as_const(next)) {
            if (kept.contains(t))
                continue;
            kept.append(t);
            if (!e.tags.contains(t))
                added.append(one(QStringLiteral("tag"), {{QStringLiteral("id"), AccountData::tagId(t)}, {QStringLiteral("name"), m_data.tags.at(t)}}));
        }
        for (int t : std::as_const(e.tags)) {
            if (!kept.contains(t))
                removed.append(one(QStringLiteral("tag"), {{QStringLiteral("id"), AccountData::tagId(t)}, {QStringLiteral("name"), m_data.tags.at(t)}}));
        }
        if (!added.isEmpty())
            record(QStringLiteral("entity_tag_added"), {{}, added, {}, {}});
        if (!removed.isEmpty())
            record(QStringLiteral("entity_tag_deleted"), {removed, {}, {}, {}});
        e.tags = kept;
    }
};
} // namespace

HttpResponse patchEntities(RequestContext &ctx, EntityKind kind, int pathId)
{
    QJsonValue body;
    QString parseError;
    if (!readJsonBody(ctx.request, body, &parseError))
        return problem(400, parseError);
    const bool single = pathId != 0;
    if (single && !body.isObject())
        return problem(400, QStringLiteral("A single entity is edited with one object"));
    if (!single && !body.isArray())
        return problem(400, QStringLiteral("A batch edit is an array of objects, each with its id"));
    const QJsonArray items = single ? QJsonArray{body} : body.toArray();
    if (items.isEmpty())
        return problem(400, QStringLiteral("Request body is empty"));
    if (items.size() > kMaxWriteBatch)
        return problem(422, QStringLiteral("No more than 250 entities may be edited at once"));
    ChangeReader reader(ctx.data, kind);
    QList<Change> changes;
    QJsonArray validation;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Change c;
        const QJsonArray errors = items.at(i).isObject() ? reader.read(items.at(i).toObject(), pathId, c)
                                                         : QJsonArray{fieldError(QStringLiteral("InvalidType"), QString(), QStringLiteral("An entity is an object"))};
        if (!errors.isEmpty())
            validation.append(requestErrors(QString::number(i), errors));
        if (c.requestId.isEmpty())
            c.requestId = QString::number(i);
        changes.append(c);
    }
    if (!validation.isEmpty())
        return validationFailed(validation);
    QJsonArray answered;
    for (const Change &c : std::as_const(changes)) {
        ChangeWriter(ctx.data, kind, ctx.userId).apply(c);
        answered.append(QJsonObject{{QStringLiteral("id"), c.target->id}, {QStringLiteral("updated_at"), c.target->updatedAt},
                                    {QStringLiteral("request_id"), c.requestId},
                                    {QStringLiteral("_links"), selfLink(entityHref(ctx, kind, c.target->id))}});
    }
    if (single) {
        QJsonObject only = answered.first().toObject();
        only.remove(QStringLiteral("request_id"));
        return hal(only);
    }
    return hal({{QStringLiteral("_links"), selfLink(ctx.href(QString::fromUtf8(ctx.request.path)))},
                {QStringLiteral("_embedded"), QJsonObject{{entityPluralName(kind), answered}}}});
}

} // namespace sandbox

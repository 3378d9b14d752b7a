#include "EntityJson.h"
#include "EntityRoutes.h"
#include "EventRenderer.h"
#include "Responses.h"

#include <QDateTime>
#include <optional>

namespace sandbox {

namespace {
constexpr int kMaxBatch = 250;
constexpr int kMaxNameLength = 255;

QJsonObject one(const QString &key, const QJsonObject &value) { return {{key, value}}; }

// One entity's change, checked whole before anything is applied.
struct Change {
    EntityRec *target = nullptr;
    QString requestId;
    std::optional<QString> name;
    std::optional<qint64> price;
    std::optional<int> pipelineId, statusId, responsible;
    QList<QPair<const CustomField *, QJsonArray>> fields; // empty values: clear the field
    std::optional<QStringList> tagsSet;                   // names; replaces the whole set
    QStringList tagsAdd, tagsDelete;
};

class ChangeReader
{
public:
    ChangeReader(AccountData &data, EntityKind kind) : m_data(data), m_kind(kind) {}

    QJsonArray read(const QJsonObject &item, int pathId, Change &out)
    {
        m_errors = {};
        const QJsonValue idValue = item.value(QStringLiteral("id"));
        const int id = pathId != 0 ? pathId : idValue.isDouble() ? idValue.toInt() : 0;
        out.target = m_data.entity(m_kind, id);
        if (pathId == 0 && !idValue.isDouble())
            error(QStringLiteral("NotNull"), QStringLiteral("id"), QStringLiteral("This value should not be blank."));
        else if (!out.target || out.target->deleted)
            error(QStringLiteral("NotFound"), QStringLiteral("id"), QStringLiteral("Entity not found"));
        out.requestId = item.value(QStringLiteral("request_id")).toString();
        readName(item, out);
        readNumbers(item, out);
        readFields(item.value(QStringLiteral("custom_fields_values")), out);
        readTags(item, out);
        return m_errors;
    }

private:
    AccountData &m_data;
    EntityKind m_kind;
    QJsonArray m_errors;

    void error(const QString &code, const QString &path, const QString &detail) { m_errors.append(fieldError(code, path, detail)); }

    void readName(const QJsonObject &item, Change &out)
    {
        if (!item.contains(QStringLiteral("name")))
            return;
        const QJsonValue v = item.value(QStringLiteral("name"));
        if (!v.isString())
            error(QStringLiteral("InvalidType"), QStringLiteral("name"), QStringLiteral("This value should be of type string."));
        else if (v.toString().size() > kMaxNameLength)
            error(QStringLiteral("TooLong"), QStringLiteral("name"), QStringLiteral("This value is too long. It should have 255 characters or less."));
        else
            out.name = v.toString();
    }

    std::optional<int> readInt(const QJsonObject &item, const QString &key)
    {
        if (!item.contains(key))
            return std::nullopt;
        const QJsonValue v = item.value(key);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0) {
            error(QStringLiteral("InvalidType"), key, QStringLiteral("This value should be of type int."));
            return std::nullopt;
        }
        return int(v.toDouble());
    }

    void readNumbers(const QJsonObject &item, Change &out)
    {
        const QString priceKey = m_kind == EntityKind::Customer ? QStringLiteral("next_price") : QStringLiteral("price");
        if (m_kind == EntityKind::Lead || m_kind == EntityKind::Customer) {
            if (const auto p = readInt(item, priceKey))
                out.price = *p;
        }
        if (const auto r = readInt(item, QStringLiteral("responsible_user_id"))) {
            if (m_data.user(*r))
                out.responsible = *r;
            else
                error(QStringLiteral("NotSupportedChoice"), QStringLiteral("responsible_user_id"), QStringLiteral("The value you selected is not a valid choice."));
        }
        if (m_kind == EntityKind::Lead)
            readLeadStage(item, out);
        if (m_kind == EntityKind::Customer) {
            if (const auto s = readInt(item, QStringLiteral("status_id"))) {
                bool known = false;
                for (const Status &st : m_data.customerStatuses)
                    known = known || st.id == *s;
                if (known)
                    out.statusId = *s;
                else
                    error(QStringLiteral("NotSupportedChoice"), QStringLiteral("status_id"), QStringLiteral("The value you selected is not a valid choice."));
            }
        }
    }

    // A lead moves by status_id, with pipeline_id when it changes pipeline; pipeline_id alone
    // puts it in the pipeline's first stage.
    void readLeadStage(const QJsonObject &item, Change &out)
    {
        const auto pipelineId = readInt(item, QStringLiteral("pipeline_id"));
        const auto statusId = readInt(item, QStringLiteral("status_id"));
        if (!pipelineId && !statusId)
            return;
        const int wantedPipeline = pipelineId ? *pipelineId : out.target ? out.target->pipelineId : 0;
        const Pipeline *pipeline = nullptr;
        for (const Pipeline &p : m_data.pipelines)
            pipeline = p.id == wantedPipeline ? &p : pipeline;
        if (!pipeline) {
            error(QStringLiteral("NotSupportedChoice"), QStringLiteral("pipeline_id"), QStringLiteral("The value you selected is not a valid choice."));
            return;
        }
        int status = pipeline->statuses.at(1).id;
        if (statusId) {
            bool inPipeline = false;
            for (const Status &st : pipeline->statuses)
                inPipeline = inPipeline || st.id == *statusId;
            if (!inPipeline) {
                error(QStringLiteral("NotSupportedChoice"), QStringLiteral("status_id"),
                      QStringLiteral("Status %1 is not in pipeline %2").arg(*statusId).arg(pipeline->id));
                return;
            }
            status = *statusId;
        }
        out.pipelineId = pipeline->id;
        out.statusId = status;
    }

    const CustomField *fieldOf(const QJsonObject &f)
    {
        const int id = f.value(QStringLiteral("field_id")).toInt();
        const QString code = f.value(QStringLiteral("field_code")).toString();
        for (const CustomField &c : m_data.fields[int(m_kind)]) {
            if ((id != 0 && c.id == id) || (id == 0 && !code.isEmpty() && c.code == code))
                return &c;
        }
        return nullptr;
    }

    const FieldEnum *enumOf(const CustomField &f, const QJsonObject &v)
    {
        const int id = v.value(QStringLiteral("enum_id")).toInt();
        const QString code = v.value(QStringLiteral("enum_code")).toString();
        const QString value = v.value(QStringLiteral("value")).toString();
        for (const FieldEnum &en : f.enums) {
            if ((id != 0 && en.id == id) || (id == 0 && !code.isEmpty() && en.value == code)
                || (id == 0 && code.isEmpty() && f.type != u"multitext" && !value.isEmpty() && en.value == value))
                return &en;
        }
        return nullptr;
    }

    // A value as the entity will list it, or an error at path.
    std::optional<QJsonObject> readValue(const CustomField &f, const QJsonValue &raw, const QString &path)
    {
        const QJsonObject v = raw.toObject();
        const QJsonValue value = v.value(QStringLiteral("value"));
        const QString t = f.type;
        auto bad = [&](const QString &detail) {
            error(QStringLiteral("InvalidType"), path + QStringLiteral(".value"), detail);
            return std::nullopt;
        };
        if (!raw.isObject())
            return bad(QStringLiteral("A value is an object"));
        if (t == u"select" || t == u"radiobutton" || t == u"multiselect") {
            const FieldEnum *en = enumOf(f, v);
            if (!en) {
                error(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".enum_id"), QStringLiteral("The value you selected is not a valid choice."));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("value"), en->value}, {QStringLiteral("enum_id"), en->id}};
        }
        if (t == u"multitext") {
            if (!value.isString() || value.toString().isEmpty())
                return bad(QStringLiteral("This value should be of type string."));
            const bool chosen = v.contains(QStringLiteral("enum_id")) || v.contains(QStringLiteral("enum_code"));
            const FieldEnum *en = chosen ? enumOf(f, v) : &f.enums.first();
            if (!en) {
                error(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".enum_code"), QStringLiteral("The value you selected is not a valid choice."));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("value"), value.toString()}, {QStringLiteral("enum_id"), en->id}, {QStringLiteral("enum_code"), en->value}};
        }
        if (t == u"numeric") {
            bool ok = value.isDouble();
            if (value.isString())
                value.toString().toDouble(&ok);
            if (!ok)
                return bad(QStringLiteral("This value should be a number."));
            return QJsonObject{{QStringLiteral("value"), value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 16)}};
        }
        if (t == u"checkbox") {
            if (!value.isBool())
                return bad(QStringLiteral("This value should be of type bool."));
            return QJsonObject{{QStringLiteral("value"), value.toBool()}};
        }
        if (t == u"date" || t == u"date_time") {
            qint64 at = 0;
            if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
                at = qint64(value.toDouble());
            else if (value.isString() && QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
                at = QDateTime::fromString(value.toString(), Qt::ISODate).toSecsSinceEpoch();
            else
                return bad(QStringLiteral("This value should be a Unix timestamp."));
            return QJsonObject{{QStringLiteral("value"), at}};
        }
        if (!value.isString() || (t == u"url" && value.toString().isEmpty()))
            return bad(QStringLiteral("This value should be of type string."));
        return QJsonObject{{QStringLiteral("value"), value.toString()}};
    }

    void readFields(const QJsonValue &list, Change &out)
    {
        if (list.isUndefined() || list.isNull())
            return;
        if (!list.isArray()) {
            error(QStringLiteral("InvalidType"), QStringLiteral("custom_fields_values"), QStringLiteral("This value should be of type array."));
            return;
        }
        const QJsonArray fields = list.toArray();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString path = QStringLiteral("custom_fields_values.%1").arg(i);
            const CustomField *f = fieldOf(fields.at(i).toObject());
            if (!f) {
                error(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".field_id"),
                      QStringLiteral("No such field of %1").arg(entityPluralName(m_kind)));
                continue;
            }
            const QJsonValue values = fields.at(i)[QStringLiteral("values")];
            if (!values.isNull() && !values.isArray()) {
                error(QStringLiteral("InvalidType"), path + QStringLiteral(".values"), QStringLiteral("This value should be of type array or null."));
                continue;
            }
            const QJsonArray given = values.toArray();
            const bool several = f->type == u"multiselect" || f->type == u"multitext";
            if (given.size() > 1 && !several) {
                error(QStringLiteral("TooMany"), path + QStringLiteral(".values"), QStringLiteral("This field takes one value."));
                continue;
            }
            QJsonArray read;
            for (qsizetype j = 0; j < given.size(); ++j) {
                if (const auto v = readValue(*f, given.at(j), path + QStringLiteral(".values.%1").arg(j)))
                    read.append(*v);
            }
            out.fields.append({f, read});
        }
    }

    QStringList readTagList(const QJsonValue &list, const QString &path)
    {
        QStringList names;
        if (!list.isArray()) {
            error(QStringLiteral("InvalidType"), path, QStringLiteral("This value should be of type array."));
            return names;
        }
        const QJsonArray tags = list.toArray();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QJsonObject t = tags.at(i).toObject();
            if (t.contains(QStringLiteral("id"))) {
                const int index = m_data.tagIndex(t.value(QStringLiteral("id")).toInt());
                if (index < 0)
                    error(QStringLiteral("NotFound"), path + QStringLiteral(".%1.id").arg(i), QStringLiteral("Tag not found"));
                else
                    names.append(m_data.tags.at(index));
            } else if (t.value(QStringLiteral("name")).isString() && !t.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
                names.append(t.value(QStringLiteral("name")).toString().trimmed());
            } else {
                error(QStringLiteral("NotBlank"), path + QStringLiteral(".%1").arg(i), QStringLiteral("A tag is given by id or name"));
            }
        }
        return names;
    }

    void readTags(const QJsonObject &item, Change &out)
    {
        const QJsonValue embedded = item.value(QStringLiteral("_embedded"));
        if (embedded.isObject() && embedded.toObject().contains(QStringLiteral("tags"))) {
            const QJsonValue tags = embedded[QStringLiteral("tags")];
            out.tagsSet = tags.isNull() ? QStringList() : readTagList(tags, QStringLiteral("_embedded.tags"));
        }
        if (item.contains(QStringLiteral("tags_to_add")))
            out.tagsAdd = readTagList(item.value(QStringLiteral("tags_to_add")), QStringLiteral("tags_to_add"));
        if (item.contains(QStringLiteral("tags_to_delete")))
            out.tagsDelete = readTagList(item.value(QStringLiteral("tags_to_delete")), QStringLiteral("tags_to_delete"));
    }
};

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
    if (items.size() > kMaxBatch)
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

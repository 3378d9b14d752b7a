#include "EntityChangeReader.h"

#include "Responses.h"

#include <QDateTime>

namespace sandbox {

namespace {
constexpr int kMaxNameLength = 255;
} // namespace

QJsonArray ChangeReader::read(const QJsonObject &item, int pathId, Change &out)
{
    m_errors = {};
    const QJsonValue idValue = item.value(QStringLiteral("id"));
    const int id = pathId != 0 ? pathId : idValue.isDouble() ? idValue.toInt() : 0;
    out.target = m_data.liveEntity(m_kind, id);
    if (pathId == 0 && !idValue.isDouble())
        error(QStringLiteral("NotNull"), QStringLiteral("id"), QStringLiteral("This value should not be blank."));
    else if (!out.target)
        error(QStringLiteral("NotFound"), QStringLiteral("id"), QStringLiteral("Entity not found"));
    out.requestId = item.value(QStringLiteral("request_id")).toString();
    readName(item, out);
    readNumbers(item, out);
    readFields(item.value(QStringLiteral("custom_fields_values")), out);
    readTags(item, out);
    return m_errors;
}

void ChangeReader::error(const QString &code, const QString &path, const QString &detail)
{
    m_errors.append(fieldError(code, path, detail));
}

void ChangeReader::readName(const QJsonObject &item, Change &out)
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

std::optional<int> ChangeReader::readInt(const QJsonObject &item, const QString &key)
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

void ChangeReader::readNumbers(const QJsonObject &item, Change &out)
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

// A lead moves by status_id, with pipeline_id when it changes pipeline; pipeline_id alone puts
// it in the pipeline's first stage.
void ChangeReader::readLeadStage(const QJsonObject &item, Change &out)
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

const CustomField *ChangeReader::fieldOf(const QJsonObject &f)
{
    const int id = f.value(QStringLiteral("field_id")).toInt();
    const QString code = f.value(QStringLiteral("field_code")).toString();
    for (const CustomField &c : m_data.fields[int(m_kind)]) {
        if ((id != 0 && c.id == id) || (id == 0 && !code.isEmpty() && c.code == code))
            return &c;
    }
    return nullptr;
}

const FieldEnum *ChangeReader::enumOf(const CustomField &f, const QJsonObject &v)
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
std::optional<QJsonObject> ChangeReader::readValue(const CustomField &f, const QJsonValue &raw, const QString &path)
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

void ChangeReader::readFields(const QJsonValue &list, Change &out)
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

QStringList ChangeReader::readTagList(const QJsonValue &list, const QString &path)
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

void ChangeReader::readTags(const QJsonObject &item, Change &out)
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

} // namespace sandbox

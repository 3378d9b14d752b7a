#include "EventFilter.h"
#include "IdLists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(EventFilter) };

const QRegularExpression &customFieldTypeRe()
{
    static const QRegularExpression re(QStringLiteral("^custom_field_(\\d+)_value_changed$"));
    return re;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// One value is sent as filter[x]=v, several as filter[x][0]=..: the forms of seed 004's examples.
void addOneOrList(QueryString &q, const QStringList &path, const QStringList &values)
{
    if (values.size() == 1)
        q.add(path, values.first());
    else
        q.addList(path, values);
}
} // namespace

bool EventValueFilter::isEmpty() const
{
    return leadsStatuses.isEmpty() && customersStatuses.isEmpty() && responsibleUserIds.isEmpty()
        && customFieldEnumIds.isEmpty() && !value.has_value();
}

void EventValueFilter::appendTo(QueryString &q, const QString &side) const
{
    const QStringList base{QStringLiteral("filter"), side};
    for (qsizetype i = 0; i < leadsStatuses.size(); ++i) {
        const QString index = QString::number(i);
        if (leadsStatuses[i].pipelineId != 0)
            q.add(base + QStringList{QStringLiteral("leads_statuses"), index, QStringLiteral("pipeline_id")}, QString::number(leadsStatuses[i].pipelineId));
        q.add(base + QStringList{QStringLiteral("leads_statuses"), index, QStringLiteral("status_id")}, QString::number(leadsStatuses[i].statusId));
    }
    for (qsizetype i = 0; i < customersStatuses.size(); ++i)
        q.add(base + QStringList{QStringLiteral("customers_statuses"), QString::number(i), QStringLiteral("status_id")}, QString::number(customersStatuses[i]));
    if (!responsibleUserIds.isEmpty())
        q.add(base + QStringList{QStringLiteral("responsible_user_id")}, joinIds(responsibleUserIds));
    if (!customFieldEnumIds.isEmpty())
        q.add(base + QStringList{QStringLiteral("custom_field_values")}, joinIds(customFieldEnumIds));
    if (value)
        q.add(base + QStringList{QStringLiteral("value")}, *value);
}

QString EventFilter::fieldChangeType(qint64 fieldId)
{
    return QStringLiteral("custom_field_%1_value_changed").arg(fieldId);
}

qint64 EventFilter::fieldOfChangeType(const QString &type)
{
    const QRegularExpressionMatch m = customFieldTypeRe().match(type);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString EventFilter::catalogEntity(qint64 catalogId)
{
    return QStringLiteral("catalog_%1").arg(catalogId);
}

qint64 EventFilter::catalogOf(const QString &entity)
{
    static const QRegularExpression re(QStringLiteral("^catalog_(\\d+)$"));
    const QRegularExpressionMatch m = re.match(entity);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QStringList EventFilter::knownTypes()
{
    return {QStringLiteral("lead_added"), QStringLiteral("lead_deleted"), QStringLiteral("lead_restored"), QStringLiteral("lead_status_changed"),
            QStringLiteral("lead_linked"), QStringLiteral("lead_unlinked"), QStringLiteral("contact_added"), QStringLiteral("contact_deleted"),
            QStringLiteral("contact_restored"), QStringLiteral("contact_linked"), QStringLiteral("contact_unlinked"), QStringLiteral("company_added"),
            QStringLiteral("company_deleted"), QStringLiteral("company_restored"), QStringLiteral("company_linked"), QStringLiteral("company_unlinked"),
            QStringLiteral("customer_added"), QStringLiteral("customer_deleted"), QStringLiteral("customer_status_changed"), QStringLiteral("customer_linked"),
            QStringLiteral("customer_unlinked"), QStringLiteral("task_added"), QStringLiteral("task_deleted"), QStringLiteral("task_completed"),
            QStringLiteral("task_type_changed"), QStringLiteral("task_text_changed"), QStringLiteral("task_deadline_changed"), QStringLiteral("task_result_added"),
            QStringLiteral("incoming_call"), QStringLiteral("outgoing_call"), QStringLiteral("incoming_chat_message"), QStringLiteral("outgoing_chat_message"),
            QStringLiteral("entity_direct_message"), QStringLiteral("incoming_sms"), QStringLiteral("outgoing_sms"), QStringLiteral("entity_tag_added"),
            QStringLiteral("entity_tag_deleted"), QStringLiteral("entity_linked"), QStringLiteral("entity_unlinked"), QStringLiteral("sale_field_changed"),
            QStringLiteral("name_field_changed"), QStringLiteral("ltv_field_changed"), QStringLiteral("custom_field_value_changed"),
            QStringLiteral("entity_responsible_changed"), QStringLiteral("robot_replied"), QStringLiteral("intent_identified"), QStringLiteral("nps_rate_added"),
            QStringLiteral("link_followed"), QStringLiteral("transaction_added"), QStringLiteral("common_note_added"), QStringLiteral("common_note_deleted"),
            QStringLiteral("attachment_note_added"), QStringLiteral("targeting_in_note_added"), QStringLiteral("targeting_out_note_added"),
            QStringLiteral("geo_note_added"), QStringLiteral("service_note_added"), QStringLiteral("site_visit_note_added"),
            QStringLiteral("message_to_cashier_note_added"), QStringLiteral("key_action_completed"), QStringLiteral("entity_merged")};
}

QStringList EventFilter::knownWith()
{
    return {QStringLiteral("contact_name"), QStringLiteral("lead_name"), QStringLiteral("company_name"),
            QStringLiteral("catalog_element_name"), QStringLiteral("customer_name"), QStringLiteral("catalog_name")};
}

ValidationIssues EventFilter::validate() const
{
    ValidationIssues issues;
    if (createdBy.size() > kMaxUsers)
        issues.append({QStringLiteral("filter[created_by]"), Tr::tr("at most %1 users can be filtered on, not %2").arg(kMaxUsers).arg(createdBy.size())});
    if (createdFrom && createdTo && *createdFrom > *createdTo)
        issues.append({QStringLiteral("filter[created_at]"), Tr::tr("the start of the period is after its end")});
    static const QRegularExpression entityRe(QStringLiteral("^(lead|contact|company|customer|task|catalog_\\d+)$"));
    for (const QString &e : entities) {
        if (!entityRe.match(e).hasMatch())
            issues.append({QStringLiteral("filter[entity]"), Tr::tr("\"%1\" is not an entity type (lead, contact, company, customer, task or catalog_ID)").arg(e)});
    }
    if (!entityIds.isEmpty()) {
        if (entityIds.size() > kMaxEntityIds)
            issues.append({QStringLiteral("filter[entity_id]"), Tr::tr("at most %1 entity IDs can be filtered on, not %2").arg(kMaxEntityIds).arg(entityIds.size())});
        if (entities.size() != 1)
            issues.append({QStringLiteral("filter[entity]"), Tr::tr("filtering by entity ID needs exactly one entity type")});
    }
    int customFieldTypes = 0;
    const QStringList known = knownTypes();
    for (const QString &t : types) {
        if (customFieldTypeRe().match(t).hasMatch())
            ++customFieldTypes;
        else if (!known.contains(t))
            issues.append({QStringLiteral("filter[type]"), Tr::tr("\"%1\" is not an event type").arg(t)});
    }
    if (customFieldTypes > 0 && types.size() > 1)
        issues.append({QStringLiteral("filter[type]"), Tr::tr("custom_field_ID_value_changed cannot be combined with other event types")});
    const bool enumFilter = !valueBefore.customFieldEnumIds.isEmpty() || !valueAfter.customFieldEnumIds.isEmpty();
    if (enumFilter && !(customFieldTypes == 1 && types.size() == 1))
        issues.append({QStringLiteral("filter[type]"), Tr::tr("filtering by field values needs exactly one event type custom_field_ID_value_changed")});
    for (const auto *side : {&valueBefore, &valueAfter}) {
        const QString name = side == &valueBefore ? QStringLiteral("filter[value_before]") : QStringLiteral("filter[value_after]");
        for (const auto &s : side->leadsStatuses) {
            if (s.statusId <= 0)
                issues.append({name + QStringLiteral("[leads_statuses]"), Tr::tr("every stage needs a status ID")});
        }
        if (side->value && side->value->isEmpty())
            issues.append({name + QStringLiteral("[value]"), Tr::tr("the value to match is empty")});
    }
    for (const QString &w : with) {
        if (!knownWith().contains(w))
            issues.append({QStringLiteral("with"), Tr::tr("\"%1\" is not something events can be loaded with").arg(w)});
    }
    return issues;
}

QueryString EventFilter::toQuery() const
{
    QueryString q;
    valueBefore.appendTo(q, QStringLiteral("value_before"));
    valueAfter.appendTo(q, QStringLiteral("value_after"));
    if (!types.isEmpty())
        addOneOrList(q, {QStringLiteral("filter"), QStringLiteral("type")}, types);
    if (!entities.isEmpty())
        addOneOrList(q, {QStringLiteral("filter"), QStringLiteral("entity")}, entities);
    QStringList entityIdText;
    for (qint64 id : entityIds)
        entityIdText << QString::number(id);
    if (!entityIdText.isEmpty())
        q.addList({QStringLiteral("filter"), QStringLiteral("entity_id")}, entityIdText);
    if (!ids.isEmpty())
        addOneOrList(q, {QStringLiteral("filter"), QStringLiteral("id")}, ids);
    QStringList userText;
    for (qint64 id : createdBy)
        userText << QString::number(id);
    if (!userText.isEmpty())
        q.addList({QStringLiteral("filter"), QStringLiteral("created_by")}, userText);
    if (createdFrom)
        q.add({QStringLiteral("filter"), QStringLiteral("created_at"), QStringLiteral("from")}, QString::number(*createdFrom));
    if (createdTo)
        q.add({QStringLiteral("filter"), QStringLiteral("created_at"), QStringLiteral("to")}, QString::number(*createdTo));
    if (!with.isEmpty())
        q.add(QStringLiteral("with"), with.join(u','));
    return q;
}

} // namespace amodesk

namespace amodesk {

namespace {
QJsonObject sideJson(const EventValueFilter &f)
{
    QJsonArray stages;
    for (const auto &s : f.leadsStatuses)
        stages.append(QJsonArray{s.pipelineId, s.statusId});
    QJsonObject o{{QStringLiteral("leads_statuses"), stages}, {QStringLiteral("customers_statuses"), idsToJson(f.customersStatuses)},
                  {QStringLiteral("responsible_user_id"), idsToJson(f.responsibleUserIds)}, {QStringLiteral("custom_field_values"), idsToJson(f.customFieldEnumIds)}};
    if (f.value)
        o.insert(QStringLiteral("value"), *f.value);
    return o;
}

EventValueFilter sideFromJson(const QJsonObject &o)
{
    EventValueFilter f;
    for (const QJsonValue &pair : o.value(QStringLiteral("leads_statuses")).toArray())
        f.leadsStatuses.append({pair.toArray().at(0).toInteger(), pair.toArray().at(1).toInteger()});
    f.customersStatuses = idsFromJson(o.value(QStringLiteral("customers_statuses")));
    f.responsibleUserIds = idsFromJson(o.value(QStringLiteral("responsible_user_id")));
    f.customFieldEnumIds = idsFromJson(o.value(QStringLiteral("custom_field_values")));
    if (o.contains(QStringLiteral("value")))
        f.value = o.value(QStringLiteral("value")).toString();
    return f;
}
} // namespace

QJsonObject EventFilter::toJson() const
{
    QJsonObject o{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}, {QStringLiteral("created_by"), idsToJson(createdBy)},
                  {QStringLiteral("entities"), QJsonArray::fromStringList(entities)}, {QStringLiteral("entity_ids"), idsToJson(entityIds)},
                  {QStringLiteral("types"), QJsonArray::fromStringList(types)}, {QStringLiteral("value_before"), sideJson(valueBefore)},
                  {QStringLiteral("value_after"), sideJson(valueAfter)}, {QStringLiteral("with"), QJsonArray::fromStringList(with)}};
    if (createdFrom)
        o.insert(QStringLiteral("created_from"), *createdFrom);
    if (createdTo)
        o.insert(QStringLiteral("created_to"), *createdTo);
    return o;
}

EventFilter EventFilter::fromJson(const QJsonObject &o)
{
    auto strings = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    EventFilter f;
    f.ids = strings("ids");
    f.createdBy = idsFromJson(o.value(QStringLiteral("created_by")));
    f.entities = strings("entities");
    f.entityIds = idsFromJson(o.value(QStringLiteral("entity_ids")));
    f.types = strings("types");
    f.valueBefore = sideFromJson(o.value(QStringLiteral("value_before")).toObject());
    f.valueAfter = sideFromJson(o.value(QStringLiteral("value_after")).toObject());
    f.with = strings("with");
    if (o.contains(QStringLiteral("created_from")))
        f.createdFrom = o.value(QStringLiteral("created_from")).toInteger();
    if (o.contains(QStringLiteral("created_to")))
        f.createdTo = o.value(QStringLiteral("created_to")).toInteger();
    return f;
}

} // namespace amodesk

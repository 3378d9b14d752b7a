#include "EventFilter.h"

#include "EventRenderer.h"
#include "Responses.h"

#include <QRegularExpression>

namespace sandbox {

namespace {
const QString kFilter = QStringLiteral("filter");

bool toInts(const QStringList &values, QSet<qint64> &out)
{
    for (const QString &v : values) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return false;
        out.insert(n);
    }
    return true;
}
} // namespace

bool EventFilter::ValueFilter::any() const
{
    return !leadStatuses.isEmpty() || !customerStatuses.isEmpty() || !responsibles.isEmpty()
        || !fieldEnums.isEmpty() || value.has_value();
}

QJsonArray EventFilter::parse(const PhpQuery &q, const AccountData &data)
{
    QJsonArray errors;
    auto error = [&errors](const QString &code, const QString &path, const QString &detail) {
        errors.append(fieldError(code, path, detail));
    };

    if (q.has({kFilter, QStringLiteral("id")})) {
        QSet<qint32> indices;
        for (const QString &id : q.values({kFilter, QStringLiteral("id")}))
            indices.insert(data.eventIndexFromId(id));
        m_indices = indices;
    }

    const QStringList created = {kFilter, QStringLiteral("created_at")};
    if (q.has(created)) {
        bool ok = true;
        const QString single = q.value(created);
        if (!single.isEmpty()) {
            m_from = single.toLongLong(&ok);
        } else {
            const QString from = q.value({kFilter, QStringLiteral("created_at"), QStringLiteral("from")});
            const QString to = q.value({kFilter, QStringLiteral("created_at"), QStringLiteral("to")});
            bool okFrom = true, okTo = true;
            if (!from.isEmpty())
                m_from = from.toLongLong(&okFrom);
            if (!to.isEmpty())
                m_to = to.toLongLong(&okTo);
            ok = okFrom && okTo && (!from.isEmpty() || !to.isEmpty());
        }
        if (!ok)
            error(QStringLiteral("InvalidType"), QStringLiteral("filter[created_at]"),
                  QStringLiteral("Expected a Unix timestamp or from/to timestamps"));
    }

    const QStringList createdBy = q.values({kFilter, QStringLiteral("created_by")});
    if (!toInts(createdBy, m_createdBy))
        error(QStringLiteral("InvalidType"), QStringLiteral("filter[created_by]"), QStringLiteral("User IDs must be integers"));
    else if (m_createdBy.size() > 10)
        error(QStringLiteral("TooManyItems"), QStringLiteral("filter[created_by]"), QStringLiteral("At most 10 users may be passed"));

    const QStringList entities = q.values({kFilter, QStringLiteral("entity")});
    static const QRegularExpression catalogRe(QStringLiteral("^catalog_(\\d+)$"));
    for (const QString &entity : entities) {
        const QStringList known = {QStringLiteral("lead"), QStringLiteral("contact"), QStringLiteral("company"),
                                   QStringLiteral("customer"), QStringLiteral("task")};
        const auto catalog = catalogRe.match(entity);
        if (known.contains(entity))
            m_entityKinds.insert(int(known.indexOf(entity)));
        else if (catalog.hasMatch())
            m_catalogIds.insert(catalog.captured(1).toInt());
        else
            error(QStringLiteral("NotSupportedChoice"), QStringLiteral("filter[entity]"),
                  QStringLiteral("Unknown entity type: ") + entity);
    }

    if (q.has({kFilter, QStringLiteral("entity_id")})) {
        if (!toInts(q.values({kFilter, QStringLiteral("entity_id")}), m_entityIds))
            error(QStringLiteral("InvalidType"), QStringLiteral("filter[entity_id]"), QStringLiteral("Entity IDs must be integers"));
        else if (m_entityIds.size() > 10)
            error(QStringLiteral("TooManyItems"), QStringLiteral("filter[entity_id]"), QStringLiteral("At most 10 entity IDs may be passed"));
        if (entities.size() != 1)
            error(QStringLiteral("EntityRequired"), QStringLiteral("filter[entity]"),
                  QStringLiteral("filter[entity_id] requires exactly one filter[entity]"));
    }

    static const QRegularExpression fieldTypeRe(QStringLiteral("^custom_field_(\\d+)_value_changed$"));
    const QStringList types = q.values({kFilter, QStringLiteral("type")});
    for (const QString &type : types) {
        const auto fieldType = fieldTypeRe.match(type);
        if (fieldType.hasMatch()) {
            m_customFieldType = fieldType.captured(1).toInt();
            if (!data.field(m_customFieldType))
                error(QStringLiteral("NotSupportedChoice"), QStringLiteral("filter[type]"),
                      QStringLiteral("No custom field with ID ") + fieldType.captured(1));
            continue;
        }
        const int idx = eventTypeIndex(type);
        if (idx < 0)
            error(QStringLiteral("NotSupportedChoice"), QStringLiteral("filter[type]"), QStringLiteral("Unknown event type: ") + type);
        else
            m_types.insert(idx);
    }
    if (m_customFieldType != 0 && types.size() > 1)
        error(QStringLiteral("ExclusiveChoice"), QStringLiteral("filter[type]"),
              QStringLiteral("custom_field_{FIELD_ID}_value_changed cannot be combined with other event types"));

    for (const QJsonValue &e : parseValueFilter(q, QStringLiteral("value_before"), m_before))
        errors.append(e);
    for (const QJsonValue &e : parseValueFilter(q, QStringLiteral("value_after"), m_after))
        errors.append(e);
    if ((!m_before.fieldEnums.isEmpty() || !m_after.fieldEnums.isEmpty()) && (m_customFieldType == 0 || types.size() != 1))
        error(QStringLiteral("EntityRequired"), QStringLiteral("filter[type]"),
              QStringLiteral("custom_field_values needs exactly one custom_field_{FIELD_ID}_value_changed type"));
    return errors;
}

QJsonArray EventFilter::parseValueFilter(const PhpQuery &q, const QString &side, ValueFilter &out)
{
    QJsonArray errors;
    const QStringList base = {kFilter, side};
    const QString path = QStringLiteral("filter[") + side + u']';
    for (const QString &key : q.childKeys(base)) {
        const QStringList at = base + QStringList{key};
        bool ok = true;
        if (key == u"leads_statuses") {
            const auto groups = q.groups(at);
            for (const auto &g : groups) {
                bool okStatus = false, okPipe = true;
                const qint64 status = g.value(QStringLiteral("status_id")).toLongLong(&okStatus);
                const qint64 pipe = g.contains(QStringLiteral("pipeline_id")) ? g.value(QStringLiteral("pipeline_id")).toLongLong(&okPipe) : 0;
                ok = ok && okStatus && okPipe;
                out.leadStatuses.append({pipe, status});
            }
            ok = ok && !groups.isEmpty();
        } else if (key == u"customers_statuses") {
            const auto groups = q.groups(at);
            for (const auto &g : groups) {
                bool okStatus = false;
                out.customerStatuses.insert(g.value(QStringLiteral("status_id")).toLongLong(&okStatus));
                ok = ok && okStatus;
            }
            ok = ok && !groups.isEmpty();
        } else if (key == u"responsible_user_id") {
            ok = toInts(q.values(at), out.responsibles) && !out.responsibles.isEmpty();
        } else if (key == u"custom_field_values") {
            ok = toInts(q.values(at), out.fieldEnums) && !out.fieldEnums.isEmpty();
        } else if (key == u"value") {
            out.value = q.value(at);
        } else {
            errors.append(fieldError(QStringLiteral("NotSupportedChoice"), path + u'[' + key + u']',
                                     QStringLiteral("Unknown value filter: ") + key));
            continue;
        }
        if (!ok)
            errors.append(fieldError(QStringLiteral("InvalidType"), path + u'[' + key + u']',
                                     QStringLiteral("Malformed value filter")));
    }
    return errors;
}

bool EventFilter::matchesValue(const AccountData &data, const EventRec &e, const ValueFilter &f, bool after) const
{
    const QByteArray key(eventTypes().at(e.typeIdx).key);
    const qint64 v0 = after ? e.after0 : e.before0;
    const qint64 v1 = after ? e.after1 : e.before1;
    if (!f.leadStatuses.isEmpty()) {
        if (key != "lead_status_changed")
            return false;
        bool hit = false;
        for (const auto &pair : f.leadStatuses)
            hit = hit || (pair.second == v0 && (pair.first == 0 || pair.first == v1));
        if (!hit)
            return false;
    }
    if (!f.customerStatuses.isEmpty() && (key != "customer_status_changed" || !f.customerStatuses.contains(v0)))
        return false;
    if (!f.responsibles.isEmpty() && (key != "entity_responsible_changed" || !f.responsibles.contains(v0)))
        return false;
    if (!f.fieldEnums.isEmpty() && (key != "custom_field_value_changed" || !f.fieldEnums.contains(v1)))
        return false;
    if (f.value) {
        static const QList<QByteArray> valueTypes = {"nps_rate_added", "sale_field_changed", "name_field_changed",
                                                     "ltv_field_changed", "custom_field_value_changed"};
        if (!valueTypes.contains(key) || eventSideValue(data, e, after) != *f.value)
            return false;
    }
    return true;
}

bool EventFilter::matches(const AccountData &data, const EventRec &e) const
{
    if (m_indices && !m_indices->contains(e.index))
        return false;
    if (m_from && e.createdAt < *m_from)
        return false;
    if (m_to && e.createdAt > *m_to)
        return false;
    if (!m_createdBy.isEmpty() && !m_createdBy.contains(e.createdBy))
        return false;
    // Chat messages with a linked talk are found through their contact (seed 004's quirk).
    const bool viaContact = e.linkedContactId != 0;
    const EntityKind filterKind = viaContact ? EntityKind::Contact : e.entity;
    const qint64 filterId = viaContact ? e.linkedContactId : e.entityId;
    if (!m_entityKinds.isEmpty() || !m_catalogIds.isEmpty()) {
        const bool kindHit = filterKind != EntityKind::CatalogElement && m_entityKinds.contains(int(filterKind));
        const bool catalogHit = filterKind == EntityKind::CatalogElement && m_catalogIds.contains(e.catalogId);
        if (!kindHit && !catalogHit)
            return false;
    }
    if (!m_entityIds.isEmpty() && !m_entityIds.contains(filterId))
        return false;
    if (m_customFieldType != 0) {
        if (QByteArray(eventTypes().at(e.typeIdx).key) != "custom_field_value_changed" || e.after0 != m_customFieldType)
            return false;
    } else if (!m_types.isEmpty() && !m_types.contains(e.typeIdx)) {
        return false;
    }
    if (m_before.any() && !matchesValue(data, e, m_before, false))
        return false;
    if (m_after.any() && !matchesValue(data, e, m_after, true))
        return false;
    return true;
}

} // namespace sandbox

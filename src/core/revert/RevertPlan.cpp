#include "RevertPlan.h"

#include "FieldValues.h"
#include "RevertLinks.h"
#include "domain/EntityTypeNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <map>
#include <optional>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(RevertPlan) };

const QString kStatus = QStringLiteral("status");
const QString kResponsible = QStringLiteral("responsible_user_id");
const QString kName = QStringLiteral("name");
const QString kPrice = QStringLiteral("price");
const QString kFieldPrefix = QStringLiteral("custom_field:");
const QString kTagPrefix = QStringLiteral("tag:");

// One field's move as one event made it, in the plan's values.
struct Step {
    QString field;
    QJsonValue before, after;
};

bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (field.startsWith(kFieldPrefix))
        return sameFieldValues(a, b);
    return a == b;
}

QJsonValue statusValue(const QString &type, qint64 pipelineId, qint64 statusId)
{
    if (type == u"customers")
        return QJsonObject{{QStringLiteral("status_id"), statusId}};
    return QJsonObject{{QStringLiteral("pipeline_id"), pipelineId}, {QStringLiteral("status_id"), statusId}};
}

// The steps of one event; empty with *why set when it cannot be reverted.
QList<Step> stepsOf(const Event &e, const QString &type, QString *why)
{
    static const QRegularExpression fieldType(QStringLiteral("^custom_field_(\\d+)_value_changed$"));
    static const QRegularExpression linkType(QStringLiteral("^(lead|contact|company|customer|entity)_(un)?linked$"));
    auto first = [](const QList<EventChange> &side, EventChange::Kind kind) -> const EventChange * {
        for (const EventChange &c : side) {
            if (c.kind == kind)
                return &c;
        }
        return nullptr;
    };
    if (type.isEmpty()) {
        *why = Tr::tr("only events of leads, contacts, companies and customers can be reverted");
        return {};
    }
    if (e.type.endsWith(QStringLiteral("_deleted")) && !e.type.startsWith(QStringLiteral("entity_tag"))) {
        *why = Tr::tr("a deleted entity cannot be restored through the API");
        return {};
    }
    if (e.type == u"lead_status_changed" || e.type == u"customer_status_changed") {
        const EventChange::Kind kind = type == u"customers" ? EventChange::Kind::CustomerStatus : EventChange::Kind::LeadStatus;
        const EventChange *b = first(e.before, kind), *a = first(e.after, kind);
        if (b && a)
            return {{kStatus, statusValue(type, b->pipelineId, b->id), statusValue(type, a->pipelineId, a->id)}};
    } else if (e.type == u"entity_responsible_changed") {
        const EventChange *b = first(e.before, EventChange::Kind::ResponsibleUser), *a = first(e.after, EventChange::Kind::ResponsibleUser);
        if (b && a)
            return {{kResponsible, b->id, a->id}};
    } else if (e.type == u"name_field_changed") {
        const EventChange *b = first(e.before, EventChange::Kind::Name), *a = first(e.after, EventChange::Kind::Name);
        if (b && a)
            return {{kName, b->text, a->text}};
    } else if (e.type == u"sale_field_changed") {
        const EventChange *b = first(e.before, EventChange::Kind::Sale), *a = first(e.after, EventChange::Kind::Sale);
        if (b && a)
            return {{kPrice, b->number, a->number}};
    } else if (const QRegularExpressionMatch m = fieldType.match(e.type); m.hasMatch() || e.type == u"custom_field_value_changed") {
        qint64 fieldId = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        for (const EventChange &c : e.before + e.after) {
            if (c.kind == EventChange::Kind::CustomFieldValue)
                fieldId = c.fieldId;
        }
        if (fieldId > 0)
            return {{kFieldPrefix + QString::number(fieldId), fieldValuesOf(e.before), fieldValuesOf(e.after)}};
    } else if (e.type == u"entity_tag_added" || e.type == u"entity_tag_deleted") {
        const bool added = e.type == u"entity_tag_added";
        QList<Step> steps;
        for (const EventChange &c : added ? e.after : e.before) {
            if (c.kind == EventChange::Kind::Tag && !c.text.isEmpty())
                steps.append({kTagPrefix + c.text, !added, added});
        }
        if (!steps.isEmpty())
            return steps;
    } else if (linkType.match(e.type).hasMatch()) {
        // On the card linked to: value_after names what was linked, value_before what was unlinked.
        const bool linked = e.type.endsWith(QStringLiteral("_linked"));
        const EventChange *c = first(linked ? e.after : e.before, linked ? EventChange::Kind::Link : EventChange::Kind::Unlink);
        const QString to = c ? pluralEntityType(c->text) : QString();
        if (c && to.isEmpty()) {
            *why = Tr::tr("links to catalog elements are not reverted");
            return {};
        }
        if (c && c->id > 0 && !linkableFrom(type, to) && !linkableFrom(to, type)) {
            *why = Tr::tr("%1 and %2 cannot be linked through the API").arg(type, to);
            return {};
        }
        if (c && c->id > 0)
            return {{linkField(to, c->id), !linked, linked}};
    } else {
        *why = Tr::tr("events of type %1 cannot be reverted").arg(e.type);
        return {};
    }
    *why = Tr::tr("the event does not say what the value was before");
    return {};
}

QJsonValue currentValue(const Entity &e, const QString &field)
{
    if (field == kStatus)
        return statusValue(e.type, e.pipelineId, e.statusId);
    if (field == kResponsible)
        return e.responsibleUserId;
    if (field == kName)
        return e.name;
    if (field == kPrice)
        return e.price;
    if (field.startsWith(kFieldPrefix)) {
        const QJsonArray values = e.fields.value(field.mid(kFieldPrefix.size()).toLongLong());
        return values.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(values);
    }
    if (field.startsWith(kTagPrefix))
        return e.tags.contains(field.mid(kTagPrefix.size()), Qt::CaseInsensitive);
    if (isLinkField(field))
        return e.links.contains(linkedEntity(field));
    return {};
}

QJsonObject patchOf(const QString &type, const QString &field, const QJsonValue &restore)
{
    if (field == kStatus)
        return restore.toObject();
    if (field == kResponsible || field == kName)
        return {{field, restore}};
    if (field == kPrice)
        return {{Entity::priceKey(type), restore}};
    if (field.startsWith(kFieldPrefix)) {
        QJsonValue values = QJsonValue::Null;
        if (restore.isArray()) {
            QJsonArray sent;
            for (const QJsonValue &v : restore.toArray()) {
                QJsonObject o = v.toObject();
                if (o.contains(QStringLiteral("enum_id")) && o.value(QStringLiteral("value")).isString())
                    o.remove(QStringLiteral("value")); // a choice is set by its id
                sent.append(o);
            }
            values = sent;
        }
        const QJsonObject item{{QStringLiteral("field_id"), field.mid(kFieldPrefix.size()).toLongLong()}, {QStringLiteral("values"), values}};
        return {{QStringLiteral("custom_fields_values"), QJsonArray{item}}};
    }
    if (field.startsWith(kTagPrefix)) {
        const QJsonArray tag{QJsonObject{{QStringLiteral("name"), field.mid(kTagPrefix.size())}}};
        return {{restore.toBool() ? QStringLiteral("tags_to_add") : QStringLiteral("tags_to_delete"), tag}};
    }
    if (isLinkField(field)) // not a PATCH: an item of …/link or …/unlink (see revertBatches)
        return linkTarget(field);
    return {};
}

struct Touch {
    const Event *event;
    Step step;
};

// Events of one second have no order of their own (their ids are opaque): within a second, a
// change follows the one whose value it found (x→y, then y→z), as a robot's move right after a
// person's does. Without such a link the order stays as it was.
void chainSameSecond(QList<Touch> &touches, const QString &field)
{
    for (qsizetype start = 0; start < touches.size();) {
        qsizetype end = start + 1;
        while (end < touches.size() && touches.at(end).event->createdAt == touches.at(start).event->createdAt)
            ++end;
        if (end - start > 1) {
            QList<Touch> group = touches.mid(start, end - start);
            const auto foundBy = [&](const Touch &t, const QList<Touch> &others) {
                return std::any_of(others.cbegin(), others.cend(), [&](const Touch &o) { return &o != &t && sameValue(field, o.step.after, t.step.before); });
            };
            std::optional<QJsonValue> last;
            if (start > 0)
                last = touches.at(start - 1).step.after;
            for (qsizetype at = start; !group.isEmpty(); ++at) {
                qsizetype pick = -1;
                for (qsizetype i = 0; last && pick < 0 && i < group.size(); ++i) {
                    if (sameValue(field, group.at(i).step.before, *last))
                        pick = i;
                }
                for (qsizetype i = 0; pick < 0 && i < group.size(); ++i) {
                    if (!foundBy(group.at(i), group))
                        pick = i; // no other change of the second left the value it found: the first
                }
                touches[at] = group.takeAt(qMax<qsizetype>(pick, 0));
                last = touches.at(at).step.after;
            }
        }
        start = end;
    }
}

// The change's state and PATCH against the entity as it is now.
void settle(RevertChange &c, const CurrentEntities &current)
{
    c.patch = {};
    c.reason.clear();
    const auto entity = current.value(c.entityType).constFind(c.entityId);
    if (entity == current.value(c.entityType).cend() || entity->deleted) {
        c.state = RevertChange::State::Unsupported;
        c.current = QJsonValue();
        c.reason = Tr::tr("the entity is deleted; a deleted entity cannot be restored through the API");
        return;
    }
    if (!entity->name.isEmpty())
        c.entityName = entity->name;
    c.current = currentValue(*entity, c.field);
    if (c.field.startsWith(kFieldPrefix))
        c.restore = alignedFieldValues(c.restore, c.current);
    if (sameValue(c.field, c.current, c.restore))
        c.state = RevertChange::State::Already;
    else if (sameValue(c.field, c.current, c.expected))
        c.state = RevertChange::State::Ready;
    else
        c.state = RevertChange::State::Conflict;
    if (c.state != RevertChange::State::Already)
        c.patch = patchOf(c.entityType, c.field, c.restore);
}
// The ids by type, each once, in the order first met.
QHash<QString, QList<qint64>> byType(const QList<std::pair<QString, qint64>> &entities)
{
    QHash<QString, QList<qint64>> out;
    QSet<std::pair<QString, qint64>> seen;
    for (const auto &entity : entities) {
        if (!seen.contains(entity)) {
            seen.insert(entity);
            out[entity.first].append(entity.second);
        }
    }
    return out;
}
} // namespace

QJsonValue fieldValueOf(const Entity &entity, const QString &field)
{
    return currentValue(entity, field);
}

void settleChange(RevertChange &change, const CurrentEntities &current)
{
    settle(change, current);
}

RevertChange resumed(const RevertChange &sent, const CurrentEntities &current)
{
    RevertChange again = sent;
    settle(again, current);
    if (again.state == RevertChange::State::Conflict && sent.state == RevertChange::State::Conflict
        && sameValue(again.field, again.current, sent.current))
        again.state = RevertChange::State::Ready;
    return again;
}

QList<RevertChange> undoPlan(const QList<RevertChange> &applied, const CurrentEntities &current)
{
    QList<RevertChange> out;
    for (RevertChange c : applied) {
        std::swap(c.restore, c.expected);
        settle(c, current);
        out.append(c);
    }
    return out;
}

QHash<QString, QList<qint64>> entitiesToRead(const QList<Event> &events)
{
    QList<std::pair<QString, qint64>> about;
    for (const Event &e : events) {
        const QString type = pluralEntityType(e.entityType);
        if (!type.isEmpty() && e.entityId > 0)
            about.append({type, e.entityId});
    }
    return byType(about);
}

QHash<QString, QList<qint64>> entitiesOf(const QList<RevertChange> &changes)
{
    QList<std::pair<QString, qint64>> about;
    for (const RevertChange &c : changes)
        about.append({c.entityType, c.entityId});
    return byType(about);
}

bool changesLinks(const QList<Event> &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.type.endsWith(QStringLiteral("linked")); });
}

bool changesLinks(const QList<RevertChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const RevertChange &c) { return isLinkField(c.field); });
}

QList<RevertChange> planRevert(const QList<Event> &events, const CurrentEntities &current)
{
    std::map<std::tuple<QString, qint64, QString>, QList<Touch>> byField; // ordered: the plan reads in order
    QList<RevertChange> unsupported;
    for (const Event &e : events) {
        const QString type = pluralEntityType(e.entityType);
        QString why;
        const QList<Step> steps = stepsOf(e, type, &why);
        if (steps.isEmpty()) {
            RevertChange c;
            c.entityType = type.isEmpty() ? e.entityType : type;
            c.entityId = e.entityId;
            c.entityName = e.entityName;
            c.field = e.type;
            c.reason = why;
            c.eventIds = {e.id};
            unsupported.append(c);
            continue;
        }
        for (const Step &s : steps)
            byField[{type, e.entityId, s.field}].append({&e, s});
    }

    QList<RevertChange> plan;
    for (auto &[key, touches] : byField) {
        const auto &[type, id, field] = key;
        std::stable_sort(touches.begin(), touches.end(), [](const Touch &a, const Touch &b) {
            return a.event->createdAt != b.event->createdAt ? a.event->createdAt < b.event->createdAt : a.event->id < b.event->id;
        });
        chainSameSecond(touches, field);
        RevertChange c;
        c.entityType = type;
        c.entityId = id;
        c.field = field;
        c.restore = touches.first().step.before;
        c.expected = touches.last().step.after;
        for (const Touch &t : touches)
            c.eventIds << t.event->id;
        c.entityName = touches.last().event->entityName;
        settle(c, current);
        plan.append(c);
    }
    markMirrorLinks(plan);
    return plan + unsupported;
}


} // namespace amodesk

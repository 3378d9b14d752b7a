#include "RevertPlan.h"

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
const QString kLinkPrefix = QStringLiteral("link:"); // link:contacts:123, the entity linked to

// The links the API makes from each type (amoCRM's "Связи сущностей" page): a lead to contacts
// and companies, a contact to companies and customers, a company to contacts, leads and
// customers, a customer to contacts and companies. The other way round, the link is made from
// the other side.
bool linkableFrom(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("leads"), {QStringLiteral("contacts"), QStringLiteral("companies")}},
        {QStringLiteral("contacts"), {QStringLiteral("companies"), QStringLiteral("customers")}},
        {QStringLiteral("companies"), {QStringLiteral("contacts"), QStringLiteral("leads"), QStringLiteral("customers")}},
        {QStringLiteral("customers"), {QStringLiteral("contacts"), QStringLiteral("companies")}}};
    return allowed.value(from).contains(to);
}

// Field types as events number them.
bool isDateType(qint64 code) { return code == 6 || code == 14 || code == 19; }
bool isChoiceType(qint64 code) { return code == 4 || code == 5 || code == 10; }

// One field's move as one event made it, in the plan's values.
struct Step {
    QString field;
    QJsonValue before, after;
};

constexpr qint64 kNotIso = std::numeric_limits<qint64>::min();

qint64 isoSeconds(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]|$)"));
    if (!date.match(text).hasMatch())
        return kNotIso;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toSecsSinceEpoch() : kNotIso;
}

// The values to restore in the JSON types the entity's field holds now: a date an event wrote
// out as text goes back as a timestamp, a checkbox's "1" as true.
QJsonValue alignedTo(const QJsonValue &restore, const QJsonValue &current)
{
    const QJsonValue now = current.toArray().isEmpty() ? QJsonValue() : current.toArray().first()[QStringLiteral("value")];
    if (!restore.isArray() || !(now.isDouble() || now.isBool()))
        return restore;
    QJsonArray out;
    for (const QJsonValue &item : restore.toArray()) {
        QJsonObject o = item.toObject();
        const QString text = o.value(QStringLiteral("value")).toString();
        if (now.isDouble() && isoSeconds(text) != kNotIso)
            o.insert(QStringLiteral("value"), isoSeconds(text));
        else if (now.isBool() && o.value(QStringLiteral("value")).isString())
            o.insert(QStringLiteral("value"), text == u"1" || text == u"true");
        out.append(o);
    }
    return out;
}

// A custom field's values as the API takes them, from an event's side of custom_field_value entries.
QJsonValue fieldValues(const QList<EventChange> &side)
{
    QJsonArray out;
    for (const EventChange &c : side) {
        if (c.kind != EventChange::Kind::CustomFieldValue)
            continue;
        QJsonObject v;
        if (isChoiceType(c.number) && c.hasEnum) {
            v.insert(QStringLiteral("enum_id"), c.id);
            v.insert(QStringLiteral("value"), c.text); // kept to compare with; left out of the PATCH
        } else if (isDateType(c.number)) {
            bool number = false;
            const qint64 secs = c.text.toLongLong(&number);
            const QDateTime at = QDateTime::fromString(c.text, Qt::ISODate);
            v.insert(QStringLiteral("value"), number ? QJsonValue(secs) : at.isValid() ? QJsonValue(at.toSecsSinceEpoch()) : QJsonValue(c.text));
        } else if (c.number == 3) {
            v.insert(QStringLiteral("value"), c.text == u"1" || c.text == u"true");
        } else {
            v.insert(QStringLiteral("value"), c.text);
            if (c.hasEnum)
                v.insert(QStringLiteral("enum_id"), c.id);
        }
        out.append(v);
    }
    return out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out);
}

// What two lists of field values are compared by: each value's text, its choice when it has none.
QStringList valueKeys(const QJsonValue &values)
{
    QStringList keys;
    for (const QJsonValue &item : values.toArray()) {
        const QJsonValue v = item[QStringLiteral("value")];
        QString key;
        if (v.isBool())
            key = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (v.isDouble())
            key = v.toDouble() == double(v.toInteger()) ? QString::number(v.toInteger()) : QString::number(v.toDouble());
        else if (const qint64 secs = isoSeconds(v.toString()); secs != kNotIso)
            key = QString::number(secs); // a date the event wrote out, the entity keeps as a timestamp
        else
            key = v.toString();
        if (key.isEmpty() && item[QStringLiteral("enum_id")].isDouble())
            key = QStringLiteral("enum:%1").arg(item[QStringLiteral("enum_id")].toInteger());
        keys << key;
    }
    keys.sort();
    return keys;
}

bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (field.startsWith(kFieldPrefix))
        return valueKeys(a) == valueKeys(b);
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
            return {{kFieldPrefix + QString::number(fieldId), fieldValues(e.before), fieldValues(e.after)}};
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
            return {{kLinkPrefix + to + u':' + QString::number(c->id), !linked, linked}};
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
    if (field.startsWith(kLinkPrefix))
        return e.links.contains(field.mid(kLinkPrefix.size()));
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
    if (field.startsWith(kLinkPrefix)) // not a PATCH: an item of …/link or …/unlink (see revertBatches)
        return {{QStringLiteral("to_entity_type"), field.section(u':', 1, 1)}, {QStringLiteral("to_entity_id"), field.section(u':', 2).toLongLong()}};
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
        c.restore = alignedTo(c.restore, c.current);
    if (sameValue(c.field, c.current, c.restore))
        c.state = RevertChange::State::Already;
    else if (sameValue(c.field, c.current, c.expected))
        c.state = RevertChange::State::Ready;
    else
        c.state = RevertChange::State::Conflict;
    if (c.state != RevertChange::State::Already)
        c.patch = patchOf(c.entityType, c.field, c.restore);
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

QString RevertChange::stateName(State state)
{
    switch (state) {
    case State::Ready: return QStringLiteral("ready");
    case State::Conflict: return QStringLiteral("conflict");
    case State::Already: return QStringLiteral("already");
    case State::Unsupported: break;
    }
    return QStringLiteral("unsupported");
}

QJsonObject RevertChange::toJson() const
{
    QJsonObject o{{QStringLiteral("entity_type"), entityType}, {QStringLiteral("entity_id"), entityId},
                  {QStringLiteral("field"), field}, {QStringLiteral("restore"), restore},
                  {QStringLiteral("current"), current}, {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("event_ids"), QJsonArray::fromStringList(eventIds)}};
    if (!entityName.isEmpty())
        o.insert(QStringLiteral("entity_name"), entityName);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject RevertChange::toRecord() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("expected"), expected);
    o.insert(QStringLiteral("patch"), patch);
    return o;
}

RevertChange RevertChange::fromRecord(const QJsonObject &o)
{
    RevertChange c;
    c.entityType = o.value(QStringLiteral("entity_type")).toString();
    c.entityId = o.value(QStringLiteral("entity_id")).toInteger();
    c.entityName = o.value(QStringLiteral("entity_name")).toString();
    c.field = o.value(QStringLiteral("field")).toString();
    c.restore = o.value(QStringLiteral("restore"));
    c.current = o.value(QStringLiteral("current"));
    c.expected = o.value(QStringLiteral("expected"));
    const QString state = o.value(QStringLiteral("state")).toString();
    for (const State s : {State::Ready, State::Conflict, State::Already, State::Unsupported}) {
        if (stateName(s) == state)
            c.state = s;
    }
    c.reason = o.value(QStringLiteral("reason")).toString();
    for (const QJsonValue &id : o.value(QStringLiteral("event_ids")).toArray())
        c.eventIds << id.toString();
    c.patch = o.value(QStringLiteral("patch")).toObject();
    return c;
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
    QHash<QString, QList<qint64>> out;
    for (const Event &e : events) {
        const QString type = pluralEntityType(e.entityType);
        if (!type.isEmpty() && e.entityId > 0 && !out[type].contains(e.entityId))
            out[type].append(e.entityId);
    }
    return out;
}

QHash<QString, QList<qint64>> entitiesOf(const QList<RevertChange> &changes)
{
    QHash<QString, QList<qint64>> out;
    QSet<std::pair<QString, qint64>> seen;
    for (const RevertChange &c : changes) {
        if (!seen.contains({c.entityType, c.entityId})) {
            seen.insert({c.entityType, c.entityId});
            out[c.entityType].append(c.entityId);
        }
    }
    return out;
}

bool changesLinks(const QList<Event> &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.type.endsWith(QStringLiteral("linked")); });
}

bool changesLinks(const QList<RevertChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const RevertChange &c) { return c.field.startsWith(kLinkPrefix); });
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
    // A link has two sides: a lead's "contact linked" and that contact's "lead linked" are one
    // link, put back once.
    QSet<QString> linkSides;
    for (RevertChange &c : plan) {
        if (!c.field.startsWith(kLinkPrefix) || c.patch.isEmpty())
            continue;
        const QString side = QStringLiteral("%1:%2|%3").arg(c.entityType).arg(c.entityId).arg(c.field);
        const QString mirror = QStringLiteral("%1|%2%3:%4").arg(c.field.mid(kLinkPrefix.size()), kLinkPrefix, c.entityType).arg(c.entityId);
        if (linkSides.contains(mirror)) {
            c.state = RevertChange::State::Already;
            c.patch = {};
            c.reason = Tr::tr("the same link, put back from its other side");
        }
        linkSides.insert(side);
    }
    return plan + unsupported;
}

QList<RevertBatch> revertBatches(const QList<RevertChange> &changes, int batchSize, bool includeConflicts)
{
    struct Item {
        QJsonObject json;
        QList<int> changes;
    };
    QList<std::pair<QString, qint64>> order;
    QHash<QString, QHash<qint64, Item>> items;
    std::map<std::pair<QString, bool>, QList<std::pair<QJsonObject, int>>> links; // (type, link or unlink) -> items
    for (int i = 0; i < changes.size(); ++i) {
        const RevertChange &c = changes.at(i);
        if (c.patch.isEmpty() || !(c.state == RevertChange::State::Ready || (includeConflicts && c.state == RevertChange::State::Conflict)))
            continue;
        if (c.field.startsWith(kLinkPrefix)) {
            // Made from the side the API links from: a contact's link to a lead is the lead's.
            const QString to = c.patch.value(QStringLiteral("to_entity_type")).toString();
            const bool fromHere = linkableFrom(c.entityType, to);
            const QJsonObject link{{QStringLiteral("entity_id"), fromHere ? c.entityId : c.patch.value(QStringLiteral("to_entity_id")).toInteger()},
                                   {QStringLiteral("to_entity_id"), fromHere ? c.patch.value(QStringLiteral("to_entity_id")).toInteger() : c.entityId},
                                   {QStringLiteral("to_entity_type"), fromHere ? to : c.entityType}};
            links[{fromHere ? c.entityType : to, c.restore.toBool()}].append({link, i});
            continue;
        }
        Item &item = items[c.entityType][c.entityId];
        if (item.changes.isEmpty()) {
            order.append({c.entityType, c.entityId});
            item.json.insert(QStringLiteral("id"), c.entityId);
        }
        item.changes.append(i);
        for (auto it = c.patch.begin(); it != c.patch.end(); ++it) {
            if (it.value().isArray() && item.json.value(it.key()).isArray()) {
                QJsonArray joined = item.json.value(it.key()).toArray();
                for (const QJsonValue &v : it.value().toArray())
                    joined.append(v);
                item.json.insert(it.key(), joined);
            } else {
                item.json.insert(it.key(), it.value());
            }
        }
    }
    QList<RevertBatch> batches;
    QHash<QString, int> open; // entity type -> its batch being filled
    for (const auto &[type, id] : std::as_const(order)) {
        const Item &item = items[type][id];
        int at = open.value(type, -1);
        if (at < 0 || batches.at(at).body.size() >= batchSize) {
            batches.append({type, {}, {}, RevertBatch::Action::Update});
            at = int(batches.size()) - 1;
            open.insert(type, at);
        }
        batches[at].body.append(item.json);
        batches[at].changes += item.changes;
    }
    for (const auto &[key, list] : links) {
        for (qsizetype at = 0; at < list.size(); at += batchSize) {
            RevertBatch batch{key.first, {}, {}, key.second ? RevertBatch::Action::Link : RevertBatch::Action::Unlink};
            for (const auto &[json, change] : list.mid(at, batchSize)) {
                batch.body.append(json);
                batch.changes.append(change);
            }
            batches.append(batch);
        }
    }
    return batches;
}

QList<QJsonArray> revertBodies(const QList<RevertChange> &changes, const QString &entityType, int batchSize, bool includeConflicts)
{
    QList<QJsonArray> bodies;
    for (const RevertBatch &b : revertBatches(changes, batchSize, includeConflicts)) {
        if (b.entityType == entityType && b.action == RevertBatch::Action::Update)
            bodies.append(b.body);
    }
    return bodies;
}

} // namespace amodesk

// Reverts planned from the event log: the rules on events shaped as the API sends them, and
// round trips against the sandbox over real HTTP: change an entity, plan the revert from its
// events, send the plan's PATCH bodies, and find the entity as it was before.
#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "domain/Entity.h"
#include "domain/Event.h"
#include "revert/PlanChecks.h"
#include "revert/RevertBatches.h"
#include "revert/RevertPlan.h"
#include "services/ApiEndpoints.h"
#include "services/AccountDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace amodesk;
using testing::HttpProbe;
using testing::HttpResult;

namespace {
QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

Event makeEvent(const QString &id, const QString &type, qint64 entityId, qint64 at, const QJsonArray &before, const QJsonArray &after,
            const QString &entityType = QStringLiteral("lead"))
{
    return Event::fromJson({{QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("entity_id"), entityId},
                            {QStringLiteral("entity_type"), entityType}, {QStringLiteral("created_by"), 504141},
                            {QStringLiteral("created_at"), at}, {QStringLiteral("value_before"), before}, {QStringLiteral("value_after"), after},
                            {QStringLiteral("account_id"), 1}});
}

QJsonArray status(qint64 pipeline, qint64 stage)
{
    return {QJsonObject{{QStringLiteral("lead_status"), QJsonObject{{QStringLiteral("id"), stage}, {QStringLiteral("pipeline_id"), pipeline}}}}};
}

QJsonArray fieldValue(qint64 fieldId, int typeCode, const QString &text, qint64 enumId = 0)
{
    return {QJsonObject{{QStringLiteral("custom_field_value"),
                         QJsonObject{{QStringLiteral("field_id"), fieldId}, {QStringLiteral("field_type"), typeCode},
                                     {QStringLiteral("enum_id"), enumId ? QJsonValue(enumId) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("text"), text}}}}};
}

Entity lead(qint64 id, qint64 pipeline, qint64 stage)
{
    return Entity::fromJson({{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Lead %1").arg(id)},
                             {QStringLiteral("pipeline_id"), pipeline}, {QStringLiteral("status_id"), stage}},
                            QStringLiteral("leads"));
}

const RevertChange *changeOf(const QList<RevertChange> &plan, qint64 entityId, const QString &field)
{
    for (const RevertChange &c : plan) {
        if (c.entityId == entityId && c.field == field)
            return &c;
    }
    return nullptr;
}

// A field's values compared as the web interface shows them: each value's text, or its choice.
QStringList shownValues(const QJsonObject &entity, qint64 fieldId)
{
    QStringList out;
    for (const QJsonValue &f : entity[QStringLiteral("custom_fields_values")].toArray()) {
        if (f[QStringLiteral("field_id")].toInteger() != fieldId)
            continue;
        for (const QJsonValue &v : f[QStringLiteral("values")].toArray())
            out << v[QStringLiteral("value")].toVariant().toString();
    }
    out.sort();
    return out;
}

QStringList tagNames(const QJsonObject &entity)
{
    QStringList names;
    for (const QJsonValue &t : entity[QStringLiteral("_embedded")][QStringLiteral("tags")].toArray())
        names << t[QStringLiteral("name")].toString();
    names.sort();
    return names;
}
} // namespace

class TestRevert : public QObject
{
    Q_OBJECT

private:
    testing::SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;
    qint64 m_start = 0;

    QJsonObject entity(const QString &type, qint64 id)
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/%1/%2").arg(type).arg(id));
        return r.status == 200 ? r.json() : QJsonObject();
    }

    // The entity's events since the test began (the generated history ended long before).
    QList<Event> eventsOf(const QString &entityType, qint64 id, qint64 since = 0)
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events?limit=100&filter[entity]=%1&filter[entity_id]=%2&filter[created_at][from]=%3")
                                             .arg(entityType).arg(id).arg(since ? since : m_start));
        QList<Event> out;
        for (const QJsonValue &v : r.json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray())
            out << Event::fromJson(v.toObject());
        return out;
    }

    QList<RevertChange> planFor(const QList<Event> &events)
    {
        CurrentEntities current;
        const auto wanted = entitiesToRead(events);
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const ApiRequest read = EntitiesApi::byIds(it.key(), it.value(), changesLinks(events)); // as the app reads them
            for (const QJsonValue &e : m_http->get(read.path + u'?' + QString::fromLatin1(read.query)).json()[QStringLiteral("_embedded")][it.key()].toArray())
                current[it.key()].insert(e[QStringLiteral("id")].toInteger(), Entity::fromJson(e.toObject(), it.key()));
        }
        return planRevert(events, current);
    }

    bool patch(const QString &type, const QJsonArray &body)
    {
        const HttpResult r = m_http->send("PATCH", QStringLiteral("/api/v4/") + type, compact(body));
        if (r.status != 200)
            qWarning("PATCH %s: %d %s", qPrintable(type), r.status, r.body.constData());
        return r.status == 200;
    }

    // Changes to set the entity's custom fields to, one of each type the account has.
    QJsonArray otherFieldValues(const QString &type, const QJsonObject &now)
    {
        QJsonArray out;
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/%1/custom_fields?limit=250").arg(type));
        for (const QJsonValue &f : r.json()[QStringLiteral("_embedded")][QStringLiteral("custom_fields")].toArray()) {
            const QString kind = f[QStringLiteral("type")].toString();
            const qint64 id = f[QStringLiteral("id")].toInteger();
            const QJsonArray enums = f[QStringLiteral("enums")].toArray();
            const QStringList shown = shownValues(now, id);
            QJsonArray values;
            if (kind == u"select" || kind == u"radiobutton" || kind == u"multiselect") {
                for (const QJsonValue &en : enums) {
                    if (!shown.contains(en[QStringLiteral("value")].toString()) && values.size() < (kind == u"multiselect" ? 2 : 1))
                        values.append(QJsonObject{{QStringLiteral("enum_id"), en[QStringLiteral("id")]}});
                }
            } else if (kind == u"date" || kind == u"date_time") {
                values.append(QJsonObject{{QStringLiteral("value"), 1780000000}});
            } else if (kind == u"checkbox") {
                values.append(QJsonObject{{QStringLiteral("value"), !(shown.value(0) == u"true")}});
            } else if (kind == u"numeric") {
                values.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("4242")}});
            } else if (kind == u"url") {
                values.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("https://example.org/revert")}});
            } else if (kind == u"text" || kind == u"textarea") {
                values.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("changed by mistake")}});
            }
            if (!values.isEmpty())
                out.append(QJsonObject{{QStringLiteral("field_id"), id}, {QStringLiteral("values"), values}});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                  QStringLiteral("--custom-fields"), QStringLiteral("12"),
                                  QStringLiteral("--history-end"), QStringLiteral("2026-01-01T00:00:00Z")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
        m_start = QDateTime::currentSecsSinceEpoch();
    }

    // Several events on one field of one entity are one change, back to the earliest value_before;
    // its state compares the entity now with what the last event left.
    void eventsOfOneFieldAreOneChange()
    {
        const QList<Event> events = {makeEvent(QStringLiteral("b"), QStringLiteral("lead_status_changed"), 7, 200, status(10, 2), status(10, 3)),
                                     makeEvent(QStringLiteral("a"), QStringLiteral("lead_status_changed"), 7, 100, status(10, 1), status(10, 2))};
        const QJsonObject first{{QStringLiteral("pipeline_id"), 10}, {QStringLiteral("status_id"), 1}};
        const auto planWith = [&](qint64 stage) {
            return planRevert(events, {{QStringLiteral("leads"), {{7, lead(7, 10, stage)}}}});
        };
        QList<RevertChange> plan = planWith(3);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().restore.toObject(), first);
        QCOMPARE(plan.first().state, RevertChange::State::Ready);
        QCOMPARE(plan.first().eventIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(plan.first().entityName, QStringLiteral("Lead 7"));
        QCOMPARE(planWith(5).first().state, RevertChange::State::Conflict);
        QCOMPARE(planWith(1).first().state, RevertChange::State::Already);
        QVERIFY(planWith(1).first().patch.isEmpty());
        plan = planRevert(events, {});
        QCOMPARE(plan.first().state, RevertChange::State::Unsupported);
        QVERIFY(plan.first().reason.contains(QStringLiteral("deleted")));
    }

    // Events of one second, as a robot's move right after a person's: their ids do not order them
    // (they are opaque, here in the wrong order on purpose); the values they found do.
    void eventsOfOneSecondFollowTheirValues()
    {
        const QList<Event> events = {makeEvent(QStringLiteral("a"), QStringLiteral("lead_status_changed"), 7, 100, status(10, 3), status(10, 4)),
                                     makeEvent(QStringLiteral("b"), QStringLiteral("lead_status_changed"), 7, 100, status(10, 2), status(10, 3)),
                                     makeEvent(QStringLiteral("c"), QStringLiteral("lead_status_changed"), 7, 100, status(10, 1), status(10, 2)),
                                     makeEvent(QStringLiteral("d"), QStringLiteral("lead_status_changed"), 7, 200, status(10, 4), status(10, 5))};
        const QList<RevertChange> plan = planRevert(events, {{QStringLiteral("leads"), {{7, lead(7, 10, 5)}}}});
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().restore.toObject(), (QJsonObject{{QStringLiteral("pipeline_id"), 10}, {QStringLiteral("status_id"), 1}}));
        QCOMPARE(plan.first().eventIds, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d")}));
        QCOMPARE(plan.first().state, RevertChange::State::Ready);
    }

    // A link seen only from the side the API does not link from (a contact's "lead linked") is
    // undone from the other side: …/leads/unlink of the lead, to the contact.
    void aLinkIsUndoneFromTheSideTheApiLinksFrom()
    {
        const QJsonArray linked{QJsonObject{{QStringLiteral("link"), QJsonObject{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("lead")}, {QStringLiteral("id"), 7}}}}}}};
        const QList<Event> events = {makeEvent(QStringLiteral("a"), QStringLiteral("lead_linked"), 5, 100, {}, linked, QStringLiteral("contact"))};
        Entity contact = Entity::fromJson({{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("Ann")}}, QStringLiteral("contacts"));
        contact.links.insert(QStringLiteral("leads:7"));
        const QList<RevertChange> plan = planRevert(events, {{QStringLiteral("contacts"), {{5, contact}}}});
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().field, QStringLiteral("link:leads:7"));
        QCOMPARE(plan.first().state, RevertChange::State::Ready);
        const QList<RevertBatch> batches = revertBatches(plan, 50);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().entityType, QStringLiteral("leads"));
        QCOMPARE(batches.first().action, RevertBatch::Action::Unlink);
        QCOMPARE(compact(batches.first().body), QByteArray(R"([{"entity_id":7,"to_entity_id":5,"to_entity_type":"contacts"}])"));
        contact.links.clear(); // unlinked since by someone: nothing to send
        QCOMPARE(planRevert(events, {{QStringLiteral("contacts"), {{5, contact}}}}).first().state, RevertChange::State::Already);
    }

    void unrevertableEventsSayWhy()
    {
        const QList<RevertChange> plan = planRevert(
            {makeEvent(QStringLiteral("n"), QStringLiteral("common_note_added"), 7, 100, {}, {QJsonObject{{QStringLiteral("note"), QJsonObject{{QStringLiteral("id"), 5}}}}}),
             makeEvent(QStringLiteral("t"), QStringLiteral("task_text_changed"), 9, 100, {}, {}, QStringLiteral("task")),
             makeEvent(QStringLiteral("d"), QStringLiteral("lead_deleted"), 8, 100, {}, {})},
            {{QStringLiteral("leads"), {{7, lead(7, 10, 1)}}}});
        QCOMPARE(plan.size(), 3);
        for (const RevertChange &c : plan) {
            QCOMPARE(c.state, RevertChange::State::Unsupported);
            QVERIFY2(!c.reason.isEmpty(), qPrintable(c.field));
            QCOMPARE(c.toJson()[QStringLiteral("state")].toString(), QStringLiteral("unsupported"));
        }
        QCOMPARE(changeOf(plan, 9, QStringLiteral("task_text_changed"))->entityType, QStringLiteral("task"));
        QVERIFY(changeOf(plan, 8, QStringLiteral("lead_deleted"))->reason.contains(QStringLiteral("deleted")));
    }

    // A date the event writes out and the entity keeps as a timestamp is one value; so is a
    // checkbox's "1" and true.
    void valuesCompareAsTheInterfaceShowsThem()
    {
        const qint64 at = QDateTime::fromString(QStringLiteral("2025-03-01T10:00:00+00:00"), Qt::ISODate).toSecsSinceEpoch();
        const QList<Event> events = {
            makeEvent(QStringLiteral("d"), QStringLiteral("custom_field_value_changed"), 7, 100, fieldValue(55, 6, QStringLiteral("2025-03-01T10:00:00+00:00")),
                  fieldValue(55, 6, QStringLiteral("2025-04-01T10:00:00+00:00"))),
            makeEvent(QStringLiteral("c"), QStringLiteral("custom_field_value_changed"), 7, 100, fieldValue(56, 3, QStringLiteral("0")), fieldValue(56, 3, QStringLiteral("1")))};
        Entity now = lead(7, 10, 1);
        now.fields.insert(55, QJsonArray{QJsonObject{{QStringLiteral("value"), at}}});
        now.fields.insert(56, QJsonArray{QJsonObject{{QStringLiteral("value"), true}}});
        const QList<RevertChange> plan = planRevert(events, {{QStringLiteral("leads"), {{7, now}}}});
        QCOMPARE(changeOf(plan, 7, QStringLiteral("custom_field:55"))->state, RevertChange::State::Already);
        const RevertChange *box = changeOf(plan, 7, QStringLiteral("custom_field:56"));
        QCOMPARE(box->state, RevertChange::State::Ready);
        QCOMPARE(box->patch[QStringLiteral("custom_fields_values")][0][QStringLiteral("values")][0][QStringLiteral("value")], QJsonValue(false));
    }

    // A change of a run cut off is read again before it is sent again: arrived, still to send,
    // or changed by someone since; a conflict the admin included is still sent while the value
    // is the one it overrode.
    void aCutOffChangeIsReadAgain()
    {
        const QList<Event> events = {makeEvent(QStringLiteral("a"), QStringLiteral("lead_status_changed"), 7, 100, status(10, 1), status(10, 2))};
        const auto at = [](qint64 stage) { return CurrentEntities{{QStringLiteral("leads"), {{7, lead(7, 10, stage)}}}}; };
        const RevertChange sent = planRevert(events, at(2)).first();
        QCOMPARE(sent.state, RevertChange::State::Ready);
        QCOMPARE(resumed(sent, at(1)).state, RevertChange::State::Already);
        QCOMPARE(resumed(sent, at(2)).state, RevertChange::State::Ready);
        QCOMPARE(resumed(sent, at(3)).state, RevertChange::State::Conflict);
        QCOMPARE(resumed(sent, {}).state, RevertChange::State::Unsupported);
        const RevertChange included = planRevert(events, at(3)).first();
        QCOMPARE(included.state, RevertChange::State::Conflict);
        QCOMPARE(resumed(included, at(3)).state, RevertChange::State::Ready);
        QCOMPARE(resumed(included, at(4)).state, RevertChange::State::Conflict);
        // As the journal keeps it.
        QCOMPARE(resumed(RevertChange::fromRecord(included.toRecord()), at(3)).state, RevertChange::State::Ready);
    }

    // What the account no longer has is not restored: each such change says what is missing.
    void whatTheAccountLostIsNotSent()
    {
        AccountDirectory directory(nullptr);
        const QJsonObject names{
            {QStringLiteral("users"), QJsonObject{{QStringLiteral("504141"), QStringLiteral("Анна")}}},
            {QStringLiteral("pipelines"), QJsonObject{{QStringLiteral("10"), QStringLiteral("Продажи")}}},
            {QStringLiteral("stages"), QJsonObject{{QStringLiteral("10"), QJsonArray{QJsonArray{1, QStringLiteral("Первичный контакт")}, QJsonArray{2, QStringLiteral("Переговоры")}}}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("55"), QStringLiteral("Источник")}}},
            {QStringLiteral("enums"), QJsonObject{{QStringLiteral("7"), QStringLiteral("Сайт")}}}};
        directory.restore(QJsonDocument(names).toJson());
        const auto responsible = [](qint64 before) {
            return QJsonArray{QJsonObject{{QStringLiteral("responsible_user"), QJsonObject{{QStringLiteral("id"), before}}}}};
        };
        const auto choice = [](qint64 enumId, const QString &text) { return fieldValue(55, 4, text, enumId); };
        const QList<Event> events = {
            makeEvent(QStringLiteral("s1"), QStringLiteral("lead_status_changed"), 1, 100, status(10, 1), status(10, 2)),
            makeEvent(QStringLiteral("s2"), QStringLiteral("lead_status_changed"), 2, 100, status(10, 9), status(10, 2)),
            makeEvent(QStringLiteral("s3"), QStringLiteral("lead_status_changed"), 3, 100, status(77, 1), status(10, 2)),
            makeEvent(QStringLiteral("u1"), QStringLiteral("entity_responsible_changed"), 1, 100, responsible(504141), responsible(505172)),
            makeEvent(QStringLiteral("u2"), QStringLiteral("entity_responsible_changed"), 2, 100, responsible(999), responsible(505172)),
            makeEvent(QStringLiteral("f1"), QStringLiteral("custom_field_55_value_changed"), 1, 100, choice(7, QStringLiteral("Сайт")), choice(8, QStringLiteral("Звонок"))),
            makeEvent(QStringLiteral("f2"), QStringLiteral("custom_field_55_value_changed"), 2, 100, choice(6, QStringLiteral("Выставка")), choice(8, QStringLiteral("Звонок"))),
            makeEvent(QStringLiteral("f3"), QStringLiteral("custom_field_66_value_changed"), 3, 100, fieldValue(66, 1, QStringLiteral("a")), fieldValue(66, 1, QStringLiteral("b")))};
        CurrentEntities current;
        for (qint64 id = 1; id <= 3; ++id) {
            Entity e = lead(id, 10, 2);
            e.responsibleUserId = 505172;
            e.fields.insert(55, QJsonArray{QJsonObject{{QStringLiteral("enum_id"), 8}, {QStringLiteral("value"), QStringLiteral("Звонок")}}});
            e.fields.insert(66, QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("b")}}});
            current[QStringLiteral("leads")].insert(id, e);
        }
        QList<RevertChange> plan = planRevert(events, current);
        checkAgainstAccount(plan, directory);
        const auto stateOf = [&](qint64 id, const char *field) { return changeOf(plan, id, QLatin1String(field))->state; };
        QCOMPARE(stateOf(1, "status"), RevertChange::State::Ready);
        QCOMPARE(stateOf(1, "responsible_user_id"), RevertChange::State::Ready);
        QCOMPARE(stateOf(1, "custom_field:55"), RevertChange::State::Ready);
        const auto why = [&](qint64 id, const char *field) {
            const RevertChange *c = changeOf(plan, id, QLatin1String(field));
            return c->state == RevertChange::State::Unsupported && c->patch.isEmpty() ? c->reason : QStringLiteral("sent");
        };
        QVERIFY2(why(2, "status").contains(QStringLiteral("«Продажи»")), qPrintable(why(2, "status")));
        QVERIFY2(why(3, "status").contains(QStringLiteral("77")), qPrintable(why(3, "status")));
        QVERIFY2(why(2, "responsible_user_id").contains(QStringLiteral("999")), qPrintable(why(2, "responsible_user_id")));
        QVERIFY2(why(2, "custom_field:55").contains(QStringLiteral("«Выставка»")), qPrintable(why(2, "custom_field:55")));
        QVERIFY2(why(3, "custom_field:66").contains(QStringLiteral("66")), qPrintable(why(3, "custom_field:66")));
        QVERIFY(revertBodies(plan, QStringLiteral("leads"), 50).first().size() == 1); // lead 1 only
    }

    // One PATCH item per entity, with every change of it; a batch holds at most batchSize items.
    void bodiesJoinAnEntitysChanges()
    {
        QList<Event> events;
        CurrentEntities current;
        for (qint64 id = 1; id <= 5; ++id) {
            events << makeEvent(QStringLiteral("s%1").arg(id), QStringLiteral("lead_status_changed"), id, 100, status(10, 1), status(10, 2));
            events << makeEvent(QStringLiteral("t%1").arg(id), QStringLiteral("entity_tag_added"), id, 100, {},
                            {QJsonObject{{QStringLiteral("tag"), QJsonObject{{QStringLiteral("name"), QStringLiteral("wrong")}}}}});
            Entity e = lead(id, 10, 2);
            e.tags << QStringLiteral("wrong");
            current[QStringLiteral("leads")].insert(id, e);
        }
        const QList<QJsonArray> bodies = revertBodies(planRevert(events, current), QStringLiteral("leads"), 2);
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.last().size(), 1);
        const QJsonObject item = bodies.first().first().toObject();
        QCOMPARE(item[QStringLiteral("status_id")].toInt(), 1);
        QCOMPARE(item[QStringLiteral("pipeline_id")].toInt(), 10);
        QCOMPARE(item[QStringLiteral("tags_to_delete")][0][QStringLiteral("name")].toString(), QStringLiteral("wrong"));
        QVERIFY(revertBodies(planRevert(events, current), QStringLiteral("contacts"), 2).isEmpty());
    }

    // Every covered change of a lead, made over the API, reverted from its events: the lead is
    // as it was before, field by field.
    void everyLeadChangeRoundTrips()
    {
        const QList<int> ids = testing::liveEntityIds(m_sandbox.baseUrl(), m_sandbox.token(), QStringLiteral("leads"), 3);
        QCOMPARE(ids.size(), 3);
        const qint64 id = ids.at(2);
        const QJsonObject before = entity(QStringLiteral("leads"), id);
        const int otherPipeline = before[QStringLiteral("pipeline_id")].toInt() == 13514 ? 13513 : 13514;
        const int owner = before[QStringLiteral("responsible_user_id")].toInt() == 504141 ? 505172 : 504141;
        QJsonObject change{{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), otherPipeline}, {QStringLiteral("name"), QStringLiteral("Renamed by mistake")},
                           {QStringLiteral("price"), before[QStringLiteral("price")].toInteger() + 1000}, {QStringLiteral("responsible_user_id"), owner},
                           {QStringLiteral("custom_fields_values"), otherFieldValues(QStringLiteral("leads"), before)},
                           {QStringLiteral("tags_to_add"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("by-mistake")}}}}};
        if (!tagNames(before).isEmpty())
            change.insert(QStringLiteral("tags_to_delete"), QJsonArray{QJsonObject{{QStringLiteral("name"), tagNames(before).first()}}});
        QVERIFY(change[QStringLiteral("custom_fields_values")].toArray().size() >= 6);
        QVERIFY(patch(QStringLiteral("leads"), {change}));

        const QList<RevertChange> plan = planFor(eventsOf(QStringLiteral("lead"), id));
        QStringList fields;
        for (const RevertChange &c : plan) {
            QVERIFY2(c.state == RevertChange::State::Ready, qPrintable(c.field + u' ' + RevertChange::stateName(c.state) + u' ' + c.reason));
            fields << c.field;
        }
        for (const char *f : {"status", "name", "price", "responsible_user_id", "tag:by-mistake"})
            QVERIFY2(fields.contains(QLatin1String(f)), f);
        QVERIFY(std::count_if(fields.cbegin(), fields.cend(), [](const QString &f) { return f.startsWith(QStringLiteral("custom_field:")); })
                == change[QStringLiteral("custom_fields_values")].toArray().size());

        for (const QJsonArray &body : revertBodies(plan, QStringLiteral("leads"), 50))
            QVERIFY(patch(QStringLiteral("leads"), body));
        const QJsonObject after = entity(QStringLiteral("leads"), id);
        for (const char *key : {"name", "price", "pipeline_id", "status_id", "responsible_user_id"})
            QVERIFY2(after[QLatin1String(key)] == before[QLatin1String(key)], key);
        QCOMPARE(tagNames(after), tagNames(before));
        for (const QJsonValue &f : change[QStringLiteral("custom_fields_values")].toArray()) {
            const qint64 field = f[QStringLiteral("field_id")].toInteger();
            QVERIFY2(shownValues(after, field) == shownValues(before, field), qPrintable(QString::number(field)));
        }
        // Planned again, every change is already in place.
        for (const RevertChange &c : planFor(eventsOf(QStringLiteral("lead"), id)))
            QVERIFY2(c.state == RevertChange::State::Already || c.eventIds.size() > 1, qPrintable(c.field));
    }

    QSet<qint64> contactsOf(qint64 lead)
    {
        QSet<qint64> ids;
        for (const QJsonValue &c : m_http->get(QStringLiteral("/api/v4/leads/%1?with=contacts").arg(lead)).json()[QStringLiteral("_embedded")][QStringLiteral("contacts")].toArray())
            ids.insert(c[QStringLiteral("id")].toInteger());
        return ids;
    }

    // The links and unlinks of a lead and a contact since then, as both their cards list them,
    // planned and sent as revertBatches gives them: one link, put back once.
    void revertLinkEvents(qint64 lead, qint64 contact, qint64 since)
    {
        QList<Event> events;
        for (const Event &e : eventsOf(QStringLiteral("lead"), lead, since) + eventsOf(QStringLiteral("contact"), contact, since)) {
            if (e.type.endsWith(QStringLiteral("linked")))
                events << e;
        }
        QCOMPARE(events.size(), 2); // contact_(un)linked on the lead, lead_(un)linked on the contact
        const QList<RevertChange> plan = planFor(events);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).state, RevertChange::State::Ready);
        QCOMPARE(plan.at(1).state, RevertChange::State::Already); // the other side of the same link
        const QList<RevertBatch> batches = revertBatches(plan, 50);
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.first().action != RevertBatch::Action::Update);
        const QString verb = batches.first().action == RevertBatch::Action::Link ? QStringLiteral("link") : QStringLiteral("unlink");
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/%1/%2").arg(batches.first().entityType, verb), compact(batches.first().body));
        QVERIFY2(r.status == 200 || r.status == 204, r.body.constData()); // an unlink answers 204
    }

    // A contact linked to a lead by mistake, and another unlinked by mistake: each put back.
    void linksRoundTrip()
    {
        const QList<int> leads = testing::liveEntityIds(m_sandbox.baseUrl(), m_sandbox.token(), QStringLiteral("leads"), 8);
        const QList<int> contacts = testing::liveEntityIds(m_sandbox.baseUrl(), m_sandbox.token(), QStringLiteral("contacts"), 40);
        QVERIFY(leads.size() == 8 && contacts.size() == 40);
        const qint64 lead = leads.at(7);
        const QSet<qint64> before = contactsOf(lead);
        qint64 stranger = 0;
        for (const int c : contacts.mid(20)) { // not the first contacts, which the tests after this one change
            if (!before.contains(c) && stranger == 0)
                stranger = c;
        }
        const auto linkBody = [lead](qint64 contact) {
            return compact(QJsonArray{QJsonObject{{QStringLiteral("entity_id"), lead}, {QStringLiteral("to_entity_id"), contact},
                                                  {QStringLiteral("to_entity_type"), QStringLiteral("contacts")}}});
        };
        qint64 since = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/link"), linkBody(stranger)).status, 200);
        QVERIFY(contactsOf(lead).contains(stranger));
        revertLinkEvents(lead, stranger, since);
        QCOMPARE(contactsOf(lead), before);

        QTest::qWait(1100); // the unlink's events apart from the link's
        since = QDateTime::currentSecsSinceEpoch();
        const qint64 friendOf = before.isEmpty() ? stranger : *before.cbegin();
        if (before.isEmpty()) { // a contact to unlink, linked before the mistake
            QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/link"), linkBody(friendOf)).status, 200);
            QTest::qWait(1100);
            since = QDateTime::currentSecsSinceEpoch();
        }
        const QSet<qint64> linked = contactsOf(lead);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/unlink"), linkBody(friendOf)).status, 204);
        QVERIFY(!contactsOf(lead).contains(friendOf));
        revertLinkEvents(lead, friendOf, since);
        QCOMPARE(contactsOf(lead), linked);
    }

    // A wrong mass move: leads moved since by someone else are conflicts, those moved back by
    // hand are already right, the rest are ready.
    void leadsChangedSinceAreConflicts()
    {
        // Open leads, which the wrong move to "lost" changes whatever their pipeline.
        QList<qint64> leads;
        QHash<qint64, QJsonObject> before;
        const HttpResult listed = m_http->get(QStringLiteral("/api/v4/leads?limit=250&order[id]=desc"));
        for (const QJsonValue &v : listed.json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray()) {
            const int stage = v[QStringLiteral("status_id")].toInt();
            if (stage != 142 && stage != 143 && leads.size() < 9) {
                leads << v[QStringLiteral("id")].toInteger();
                before.insert(leads.last(), v.toObject());
            }
        }
        QCOMPARE(leads.size(), 9);
        QJsonArray wrong;
        for (const qint64 id : std::as_const(leads))
            wrong.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), 13513}, {QStringLiteral("status_id"), 143}});
        QVERIFY(patch(QStringLiteral("leads"), wrong));
        const qint64 movedSince = leads.at(0), movedBack = leads.at(1);
        QVERIFY(patch(QStringLiteral("leads"), {QJsonObject{{QStringLiteral("id"), movedSince}, {QStringLiteral("pipeline_id"), 13513}, {QStringLiteral("status_id"), 142}}}));
        const QJsonObject first = before.value(movedBack);
        QVERIFY(patch(QStringLiteral("leads"), {QJsonObject{{QStringLiteral("id"), movedBack}, {QStringLiteral("pipeline_id"), first[QStringLiteral("pipeline_id")]},
                                                            {QStringLiteral("status_id"), first[QStringLiteral("status_id")]}}}));
        QList<Event> events;
        for (const qint64 id : std::as_const(leads)) {
            for (const Event &e : eventsOf(QStringLiteral("lead"), id)) {
                // The mistake only: the wrong move, not what was done about it afterwards.
                if (e.type == u"lead_status_changed" && !e.after.isEmpty() && e.after.first().id == 143)
                    events << e;
            }
        }
        const QList<RevertChange> plan = planFor(events);
        QCOMPARE(plan.size(), leads.size());
        for (const RevertChange &c : plan) {
            const RevertChange::State expected = c.entityId == movedSince ? RevertChange::State::Conflict
                                                 : c.entityId == movedBack ? RevertChange::State::Already
                                                                           : RevertChange::State::Ready;
            QCOMPARE(c.state, expected);
        }
        for (const QJsonArray &body : revertBodies(plan, QStringLiteral("leads"), 50))
            QVERIFY(patch(QStringLiteral("leads"), body));
        for (const qint64 id : std::as_const(leads)) {
            const QJsonObject now = entity(QStringLiteral("leads"), id);
            if (id == movedSince) {
                QCOMPARE(now[QStringLiteral("status_id")].toInt(), 142); // left as the other person set it
                continue;
            }
            QCOMPARE(now[QStringLiteral("status_id")], before.value(id)[QStringLiteral("status_id")]);
            QCOMPARE(now[QStringLiteral("pipeline_id")], before.value(id)[QStringLiteral("pipeline_id")]);
        }
        // Included, the conflict goes back too.
        for (const QJsonArray &body : revertBodies(plan, QStringLiteral("leads"), 50, true))
            QVERIFY(patch(QStringLiteral("leads"), body));
        QCOMPARE(entity(QStringLiteral("leads"), movedSince)[QStringLiteral("status_id")], before.value(movedSince)[QStringLiteral("status_id")]);
    }

    // Customers: stage, responsible user and tags; contacts: responsible user and tags.
    void customersAndContactsRoundTrip()
    {
        QTest::qWait(1100); // the events of the tests before are a second older than these
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        for (const QString &type : {QStringLiteral("customers"), QStringLiteral("contacts")}) {
            const qint64 id = testing::liveEntityIds(m_sandbox.baseUrl(), m_sandbox.token(), type, 1).value(0);
            QVERIFY(id > 0);
            const QJsonObject before = entity(type, id);
            const int owner = before[QStringLiteral("responsible_user_id")].toInt() == 504141 ? 505172 : 504141;
            QJsonObject change{{QStringLiteral("id"), id}, {QStringLiteral("responsible_user_id"), owner},
                               {QStringLiteral("tags_to_add"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("by-mistake")}}}}};
            if (type == u"customers") {
                const HttpResult stages = m_http->get(QStringLiteral("/api/v4/customers/statuses"));
                for (const QJsonValue &s : stages.json()[QStringLiteral("_embedded")][QStringLiteral("statuses")].toArray()) {
                    if (s[QStringLiteral("id")] != before[QStringLiteral("status_id")])
                        change.insert(QStringLiteral("status_id"), s[QStringLiteral("id")]);
                }
                QVERIFY(change.contains(QStringLiteral("status_id")));
            }
            QVERIFY(patch(type, {change}));
            const QList<RevertChange> plan = planFor(eventsOf(type == u"customers" ? QStringLiteral("customer") : QStringLiteral("contact"), id, since));
            QCOMPARE(plan.size(), type == u"customers" ? 3 : 2);
            for (const RevertChange &c : plan)
                QVERIFY2(c.state == RevertChange::State::Ready, qPrintable(type + u' ' + c.field + u' ' + c.reason));
            for (const QJsonArray &body : revertBodies(plan, type, 50))
                QVERIFY(patch(type, body));
            const QJsonObject after = entity(type, id);
            for (const char *key : {"responsible_user_id", "status_id"})
                QVERIFY2(after[QLatin1String(key)] == before[QLatin1String(key)], key);
            QCOMPARE(tagNames(after), tagNames(before));
        }
    }
};

QTEST_GUILESS_MAIN(TestRevert)
#include "tst_revert.moc"

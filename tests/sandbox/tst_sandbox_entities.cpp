// Leads, contacts, companies and customers held as state: consistent with the generated
// history, listed with filter/order/query/with, changed by PATCH and by links, each change
// recorded in the event log as the real service records it (leads-api, entity-links-api,
// ../shared/API-NOTES.md "Entities").
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace testing;

namespace {
QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QJsonArray embedded(const HttpResult &r, const QString &name)
{
    return r.json()[QStringLiteral("_embedded")][name].toArray();
}

QJsonObject fieldOf(const QJsonObject &entity, int fieldId)
{
    for (const QJsonValue &f : entity[QStringLiteral("custom_fields_values")].toArray()) {
        if (f[QStringLiteral("field_id")].toInt() == fieldId)
            return f.toObject();
    }
    return {};
}

QStringList tagNames(const QJsonObject &entity)
{
    QStringList names;
    for (const QJsonValue &t : entity[QStringLiteral("_embedded")][QStringLiteral("tags")].toArray())
        names << t[QStringLiteral("name")].toString();
    return names;
}
} // namespace

class TestSandboxEntities : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;
    int m_user = 0;

    QJsonObject entity(const QString &type, int id)
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/%1/%2").arg(type).arg(id));
        return r.status == 200 ? r.json() : QJsonObject();
    }

    QJsonArray leads(const QString &query = {})
    {
        return embedded(m_http->get(QStringLiteral("/api/v4/leads?limit=250") + query), QStringLiteral("leads"));
    }

    // The entity's events of these types, newest first.
    QJsonArray eventsOf(const QString &entity, int id, const QStringList &types, int limit = 100)
    {
        QString q = QStringLiteral("/api/v4/events?limit=%1&filter[entity]=%2&filter[entity_id]=%3").arg(limit).arg(entity).arg(id);
        for (const QString &t : types)
            q += QStringLiteral("&filter[type][]=") + t;
        return embedded(m_http->get(q), QStringLiteral("events"));
    }

    QString firstErrorPath(const HttpResult &r)
    {
        return r.json()[QStringLiteral("validation-errors")][0][QStringLiteral("errors")][0][QStringLiteral("path")].toString();
    }

    HttpResult patch(const QString &path, const QJsonValue &body)
    {
        return m_http->send("PATCH", path, json(body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("6000"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                  QStringLiteral("--custom-fields"), QStringLiteral("12")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
        m_user = m_http->get(QStringLiteral("/api/v4/account")).json()[QStringLiteral("current_user_id")].toInt();
        QVERIFY(m_user != 0);
    }

    void leadShapeFollowsLeadsApi()
    {
        const QJsonObject lead = leads().first().toObject();
        for (const char *key : {"id", "name", "price", "responsible_user_id", "group_id", "status_id", "pipeline_id", "loss_reason_id",
                                "created_by", "updated_by", "created_at", "updated_at", "closed_at", "closest_task_at", "is_deleted",
                                "custom_fields_values", "score", "account_id", "_links", "_embedded"})
            QVERIFY2(lead.contains(QLatin1String(key)), key);
        QVERIFY(lead[QStringLiteral("_embedded")][QStringLiteral("tags")].isArray());
    }

    // A lead's stage and responsible user are the value_after of its last such event, and
    // every change's value_before is what the change before it left.
    void stateAgreesWithHistory()
    {
        int checkedStatus = 0, checkedChains = 0, checkedResponsible = 0;
        const QJsonArray list = leads();
        for (qsizetype i = 0; i < list.size() && checkedStatus < 12; ++i) {
            const QJsonObject lead = list.at(i).toObject();
            const int id = lead[QStringLiteral("id")].toInt();
            const QJsonArray moves = eventsOf(QStringLiteral("lead"), id, {QStringLiteral("lead_status_changed")});
            if (moves.isEmpty())
                continue;
            const QJsonObject last = moves.first()[QStringLiteral("value_after")][0][QStringLiteral("lead_status")].toObject();
            QCOMPARE(last[QStringLiteral("id")].toInt(), lead[QStringLiteral("status_id")].toInt());
            QCOMPARE(last[QStringLiteral("pipeline_id")].toInt(), lead[QStringLiteral("pipeline_id")].toInt());
            ++checkedStatus;
            for (qsizetype m = 0; m + 1 < moves.size(); ++m) {
                QCOMPARE(moves.at(m)[QStringLiteral("value_before")][0].toObject(), moves.at(m + 1)[QStringLiteral("value_after")][0].toObject());
                ++checkedChains;
            }
            const QJsonArray handovers = eventsOf(QStringLiteral("lead"), id, {QStringLiteral("entity_responsible_changed")});
            if (!handovers.isEmpty()) {
                QCOMPARE(handovers.first()[QStringLiteral("value_after")][0][QStringLiteral("responsible_user")][QStringLiteral("id")].toInt(),
                         lead[QStringLiteral("responsible_user_id")].toInt());
                ++checkedResponsible;
            }
        }
        QCOMPARE(checkedStatus, 12);
        QVERIFY(checkedChains > 0);
        QVERIFY(checkedResponsible > 0);
    }

    // An entity whose last event is its deletion is gone, its notes with it; one with events
    // after a deletion was restored.
    void deletedEntitiesAreGone()
    {
        int gone = 0, back = 0;
        for (const char *kind : {"lead", "contact", "company"}) {
            const QString entity = QString::fromLatin1(kind);
            const QString type = entity == u"company" ? QStringLiteral("companies") : entity + u's';
            const QJsonArray deletions = embedded(m_http->get(QStringLiteral("/api/v4/events?limit=100&filter[type][]=%1_deleted").arg(entity)), QStringLiteral("events"));
            for (const QJsonValue &d : deletions) {
                const int id = d[QStringLiteral("entity_id")].toInt();
                const bool last = eventsOf(entity, id, {}, 1).first()[QStringLiteral("type")].toString() == entity + QStringLiteral("_deleted");
                QCOMPARE(m_http->get(QStringLiteral("/api/v4/%1/%2").arg(type).arg(id)).status, last ? 204 : 200);
                QCOMPARE(m_http->get(QStringLiteral("/api/v4/%1?filter[id]=%2").arg(type).arg(id)).status, last ? 204 : 200);
                if (last) {
                    QCOMPARE(m_http->get(QStringLiteral("/api/v4/%1/%2/notes").arg(type).arg(id)).status, 204);
                    const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), id}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                                      {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}}};
                    QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/%1/notes").arg(type), json(note)).status, 400);
                    QCOMPARE(patch(QStringLiteral("/api/v4/%1/%2").arg(type).arg(id), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).status, 400);
                }
                ++(last ? gone : back);
            }
        }
        QVERIFY(gone > 0);
        QVERIFY(back > 0);
    }

    void listsFilterOrderAndSearch()
    {
        const QJsonArray desc = leads(QStringLiteral("&order[id]=desc"));
        QVERIFY(desc.size() > 2);
        for (qsizetype i = 0; i + 1 < desc.size(); ++i)
            QVERIFY(desc.at(i)[QStringLiteral("id")].toInt() > desc.at(i + 1)[QStringLiteral("id")].toInt());
        const QJsonArray byUpdate = leads(QStringLiteral("&order[updated_at]=asc"));
        for (qsizetype i = 0; i + 1 < byUpdate.size(); ++i)
            QVERIFY(byUpdate.at(i)[QStringLiteral("updated_at")].toInteger() <= byUpdate.at(i + 1)[QStringLiteral("updated_at")].toInteger());

        const QJsonObject sample = desc.at(1).toObject();
        const int pipeline = sample[QStringLiteral("pipeline_id")].toInt(), status = sample[QStringLiteral("status_id")].toInt();
        const QJsonArray inStage = leads(QStringLiteral("&filter[statuses][0][pipeline_id]=%1&filter[statuses][0][status_id]=%2").arg(pipeline).arg(status));
        QVERIFY(!inStage.isEmpty());
        for (const QJsonValue &l : inStage)
            QVERIFY(l[QStringLiteral("status_id")].toInt() == status && l[QStringLiteral("pipeline_id")].toInt() == pipeline);
        const int owner = sample[QStringLiteral("responsible_user_id")].toInt();
        const QJsonArray owned = leads(QStringLiteral("&filter[responsible_user_id]=%1").arg(owner));
        QVERIFY(!owned.isEmpty());
        for (const QJsonValue &l : owned)
            QCOMPARE(l[QStringLiteral("responsible_user_id")].toInt(), owner);

        const QString word = sample[QStringLiteral("name")].toString().section(u' ', 0, 0);
        const QJsonArray found = leads(QStringLiteral("&query=") + QString::fromLatin1(QUrl::toPercentEncoding(word)));
        QVERIFY(!found.isEmpty());
        for (const QJsonValue &l : found)
            QVERIFY(l[QStringLiteral("name")].toString().contains(word, Qt::CaseInsensitive));

        const HttpResult bad = m_http->get(QStringLiteral("/api/v4/leads?order[price]=asc"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(firstErrorPath(bad), QStringLiteral("order"));
    }

    void batchPatchChangesAndRecords()
    {
        const QJsonArray list = leads(QStringLiteral("&order[id]=asc"));
        const QJsonObject a = list.at(3).toObject(), b = list.at(4).toObject();
        const int idA = a[QStringLiteral("id")].toInt(), idB = b[QStringLiteral("id")].toInt();
        const int otherPipeline = a[QStringLiteral("pipeline_id")].toInt() == 13514 ? 13513 : 13514;
        const int newOwner = a[QStringLiteral("responsible_user_id")].toInt() == 504141 ? 505172 : 504141;
        const QJsonArray fields = {
            QJsonObject{{QStringLiteral("field_id"), 57832}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("enum_id"), 202}}}}},
            QJsonObject{{QStringLiteral("field_id"), 57833}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("enum_id"), 2352890}}, QJsonObject{{QStringLiteral("value"), QStringLiteral("Опт")}}}}},
            QJsonObject{{QStringLiteral("field_id"), 57835}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("value"), 1780000000}}}}},
            QJsonObject{{QStringLiteral("field_id"), 57834}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("Перезвонить")}}}}}};
        const QJsonArray body = {
            QJsonObject{{QStringLiteral("id"), idA}, {QStringLiteral("pipeline_id"), otherPipeline}, {QStringLiteral("name"), QStringLiteral("Сделка после правки")},
                        {QStringLiteral("price"), 4242}, {QStringLiteral("responsible_user_id"), newOwner}, {QStringLiteral("custom_fields_values"), fields},
                        {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("проверено")}}}}}},
                        {QStringLiteral("request_id"), QStringLiteral("first")}},
            QJsonObject{{QStringLiteral("id"), idB}, {QStringLiteral("status_id"), 142}}};
        const HttpResult r = patch(QStringLiteral("/api/v4/leads"), body);
        QCOMPARE(r.status, 200);
        const QJsonArray answered = embedded(r, QStringLiteral("leads"));
        QCOMPARE(answered.size(), 2);
        QCOMPARE(answered.at(0)[QStringLiteral("id")].toInt(), idA);
        QCOMPARE(answered.at(0)[QStringLiteral("request_id")].toString(), QStringLiteral("first"));
        QCOMPARE(answered.at(1)[QStringLiteral("request_id")].toString(), QStringLiteral("1"));

        const QJsonObject nowA = entity(QStringLiteral("leads"), idA);
        QCOMPARE(nowA[QStringLiteral("name")].toString(), QStringLiteral("Сделка после правки"));
        QCOMPARE(nowA[QStringLiteral("price")].toInt(), 4242);
        QCOMPARE(nowA[QStringLiteral("pipeline_id")].toInt(), otherPipeline);
        QCOMPARE(nowA[QStringLiteral("responsible_user_id")].toInt(), newOwner);
        QCOMPARE(nowA[QStringLiteral("updated_by")].toInt(), m_user);
        QCOMPARE(fieldOf(nowA, 57832)[QStringLiteral("values")][0][QStringLiteral("value")].toString(), QStringLiteral("Реклама"));
        QCOMPARE(fieldOf(nowA, 57833)[QStringLiteral("values")].toArray().size(), 2);
        QCOMPARE(fieldOf(nowA, 57835)[QStringLiteral("values")][0][QStringLiteral("value")].toInteger(), 1780000000);
        QCOMPARE(tagNames(nowA), QStringList{QStringLiteral("проверено")});
        QCOMPARE(entity(QStringLiteral("leads"), idB)[QStringLiteral("status_id")].toInt(), 142);
        QVERIFY(!entity(QStringLiteral("leads"), idB)[QStringLiteral("closed_at")].isNull());

        const QJsonArray events = eventsOf(QStringLiteral("lead"), idA, {}, 20);
        QStringList types;
        for (const QJsonValue &e : events) {
            if (e[QStringLiteral("created_by")].toInt() == m_user && e[QStringLiteral("created_at")].toInteger() >= QDateTime::currentSecsSinceEpoch() - 60)
                types << e[QStringLiteral("type")].toString();
        }
        for (const char *t : {"name_field_changed", "sale_field_changed", "lead_status_changed", "entity_responsible_changed", "custom_field_value_changed"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
        QCOMPARE(types.count(QStringLiteral("custom_field_value_changed")), 4);
        QVERIFY(types.contains(QStringLiteral("entity_tag_added")));
        const QJsonObject move = eventsOf(QStringLiteral("lead"), idA, {QStringLiteral("lead_status_changed")}).first().toObject();
        QCOMPARE(move[QStringLiteral("value_before")][0][QStringLiteral("lead_status")][QStringLiteral("pipeline_id")].toInt(), a[QStringLiteral("pipeline_id")].toInt());
        QCOMPARE(move[QStringLiteral("value_after")][0][QStringLiteral("lead_status")][QStringLiteral("pipeline_id")].toInt(), otherPipeline);
        const QJsonObject rename = eventsOf(QStringLiteral("lead"), idA, {QStringLiteral("name_field_changed")}).first().toObject();
        QCOMPARE(rename[QStringLiteral("value_before")][0][QStringLiteral("name_field_value")][QStringLiteral("name")].toString(), a[QStringLiteral("name")].toString());

        // The event log's value filters find the written change.
        const HttpResult byStage = m_http->get(QStringLiteral("/api/v4/events?filter[type]=lead_status_changed&filter[value_after][leads_statuses][0][status_id]=142&filter[entity]=lead&filter[entity_id]=%1").arg(idB));
        QCOMPARE(embedded(byStage, QStringLiteral("events")).size(), 1);
    }

    void singlePatchOfEveryEntityType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("eventEntity");
        QTest::newRow("contacts") << QStringLiteral("contacts") << QStringLiteral("contact");
        QTest::newRow("companies") << QStringLiteral("companies") << QStringLiteral("company");
        QTest::newRow("customers") << QStringLiteral("customers") << QStringLiteral("customer");
    }

    void singlePatchOfEveryEntityType()
    {
        QFETCH(QString, type);
        QFETCH(QString, eventEntity);
        const QJsonObject before = embedded(m_http->get(QStringLiteral("/api/v4/%1?limit=5").arg(type)), type).at(2).toObject();
        const int id = before[QStringLiteral("id")].toInt();
        QJsonObject change{{QStringLiteral("name"), QStringLiteral("Имя %1").arg(id)}, {QStringLiteral("tags_to_add"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("VIP")}}}}};
        if (type == u"customers")
            change[QStringLiteral("status_id")] = before[QStringLiteral("status_id")].toInt() == 135760 ? 135757 : 135760;
        const HttpResult r = patch(QStringLiteral("/api/v4/%1/%2").arg(type).arg(id), change);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("id")].toInt(), id);
        QVERIFY(r.json()[QStringLiteral("updated_at")].toInteger() > 0);
        const QJsonObject after = entity(type, id);
        QCOMPARE(after[QStringLiteral("name")].toString(), QStringLiteral("Имя %1").arg(id));
        QVERIFY(tagNames(after).contains(QStringLiteral("VIP")));
        QStringList expected{QStringLiteral("name_field_changed")};
        if (type == u"customers") {
            QCOMPARE(after[QStringLiteral("status_id")].toInt(), change[QStringLiteral("status_id")].toInt());
            expected << QStringLiteral("customer_status_changed");
        }
        for (const QString &t : std::as_const(expected)) {
            const QJsonArray found = eventsOf(eventEntity, id, {t}, 1);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first()[QStringLiteral("created_by")].toInt(), m_user);
        }
    }

    void everyFieldTypeIsWritable()
    {
        const QJsonArray fieldList = embedded(m_http->get(QStringLiteral("/api/v4/leads/custom_fields?limit=250")), QStringLiteral("custom_fields"));
        const int id = leads().at(7)[QStringLiteral("id")].toInt();
        int written = 0;
        for (const QJsonValue &f : fieldList) {
            const QString t = f[QStringLiteral("type")].toString();
            QJsonObject v;
            if (t == u"select" || t == u"multiselect" || t == u"radiobutton")
                v = {{QStringLiteral("enum_id"), f[QStringLiteral("enums")][0][QStringLiteral("id")].toInt()}};
            else if (t == u"numeric")
                v = {{QStringLiteral("value"), 12.5}};
            else if (t == u"checkbox")
                v = {{QStringLiteral("value"), true}};
            else if (t == u"date" || t == u"date_time")
                v = {{QStringLiteral("value"), 1790000000}};
            else
                v = {{QStringLiteral("value"), QStringLiteral("https://example.org/x")}};
            const int fieldId = f[QStringLiteral("id")].toInt();
            const HttpResult r = patch(QStringLiteral("/api/v4/leads/%1").arg(id),
                                       QJsonObject{{QStringLiteral("custom_fields_values"), QJsonArray{QJsonObject{{QStringLiteral("field_id"), fieldId}, {QStringLiteral("values"), QJsonArray{v}}}}}});
            QVERIFY2(r.status == 200, qPrintable(t + u' ' + QString::fromUtf8(r.body)));
            QVERIFY2(!fieldOf(entity(QStringLiteral("leads"), id), fieldId).isEmpty(), qPrintable(t));
            const HttpResult cleared = patch(QStringLiteral("/api/v4/leads/%1").arg(id),
                                             QJsonObject{{QStringLiteral("custom_fields_values"), QJsonArray{QJsonObject{{QStringLiteral("field_id"), fieldId}, {QStringLiteral("values"), QJsonValue::Null}}}}});
            QCOMPARE(cleared.status, 200);
            QVERIFY(fieldOf(entity(QStringLiteral("leads"), id), fieldId).isEmpty());
            const QJsonObject clearing = eventsOf(QStringLiteral("lead"), id, {QStringLiteral("custom_field_value_changed")}, 1).first().toObject();
            QVERIFY(clearing[QStringLiteral("value_after")].toArray().isEmpty());
            QCOMPARE(clearing[QStringLiteral("value_before")][0][QStringLiteral("custom_field_value")][QStringLiteral("field_id")].toInt(), fieldId);
            ++written;
        }
        QCOMPARE(written, 12);
    }

    void badPatchesChangeNothing_data()
    {
        QTest::addColumn<QJsonValue>("item");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown stage") << QJsonValue(QJsonObject{{QStringLiteral("status_id"), 99}}) << QStringLiteral("status_id");
        QTest::newRow("unknown user") << QJsonValue(QJsonObject{{QStringLiteral("responsible_user_id"), 7}}) << QStringLiteral("responsible_user_id");
        QTest::newRow("price as text") << QJsonValue(QJsonObject{{QStringLiteral("price"), QStringLiteral("many")}}) << QStringLiteral("price");
        QTest::newRow("field of contacts") << QJsonValue(QJsonObject{{QStringLiteral("custom_fields_values"), QJsonArray{QJsonObject{{QStringLiteral("field_id"), 53729}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}}}}}}})
                                           << QStringLiteral("custom_fields_values.0.field_id");
        QTest::newRow("unknown enum") << QJsonValue(QJsonObject{{QStringLiteral("custom_fields_values"), QJsonArray{QJsonObject{{QStringLiteral("field_id"), 57832}, {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("enum_id"), 1}}}}}}}})
                                      << QStringLiteral("custom_fields_values.0.values.0.enum_id");
        QTest::newRow("unknown tag id") << QJsonValue(QJsonObject{{QStringLiteral("tags_to_add"), QJsonArray{QJsonObject{{QStringLiteral("id"), 5}}}}}) << QStringLiteral("tags_to_add.0.id");
    }

    // A batch is checked whole: one bad item and nothing of the batch is applied.
    void badPatchesChangeNothing()
    {
        QFETCH(QJsonValue, item);
        QFETCH(QString, path);
        const QJsonArray list = leads(QStringLiteral("&order[id]=asc"));
        const QJsonObject good = list.at(10).toObject(), bad = list.at(11).toObject();
        QJsonObject badItem = item.toObject();
        badItem[QStringLiteral("id")] = bad[QStringLiteral("id")];
        const qsizetype eventsBefore = embedded(m_http->get(QStringLiteral("/api/v4/events?limit=100&filter[created_by]=%1").arg(m_user)), QStringLiteral("events")).size();
        const HttpResult r = patch(QStringLiteral("/api/v4/leads"), QJsonArray{QJsonObject{{QStringLiteral("id"), good[QStringLiteral("id")]}, {QStringLiteral("name"), QStringLiteral("Не должно")}}, badItem});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("validation-errors")][0][QStringLiteral("request_id")].toString(), QStringLiteral("1"));
        QCOMPARE(firstErrorPath(r), path);
        QCOMPARE(entity(QStringLiteral("leads"), good[QStringLiteral("id")].toInt())[QStringLiteral("name")].toString(), good[QStringLiteral("name")].toString());
        QCOMPARE(embedded(m_http->get(QStringLiteral("/api/v4/events?limit=100&filter[created_by]=%1").arg(m_user)), QStringLiteral("events")).size(), eventsBefore);
    }

    void batchLimitsAndShapes()
    {
        QJsonArray many;
        for (int i = 0; i < 251; ++i)
            many.append(QJsonObject{{QStringLiteral("id"), 26000000 + i}});
        QCOMPARE(patch(QStringLiteral("/api/v4/leads"), many).status, 422);
        QCOMPARE(patch(QStringLiteral("/api/v4/leads"), QJsonObject{{QStringLiteral("id"), 1}}).status, 400);
        QCOMPARE(patch(QStringLiteral("/api/v4/leads/%1").arg(leads().first()[QStringLiteral("id")].toInt()), QJsonArray{}).status, 400);
        const HttpResult missing = patch(QStringLiteral("/api/v4/leads"), QJsonArray{QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("x")}}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(firstErrorPath(missing), QStringLiteral("id"));
    }

    void linksAreStateAndEvents()
    {
        const int lead = leads(QStringLiteral("&order[id]=desc")).at(5)[QStringLiteral("id")].toInt();
        const QJsonArray contacts = embedded(m_http->get(QStringLiteral("/api/v4/contacts?limit=250")), QStringLiteral("contacts"));
        int contact = 0;
        for (const QJsonValue &c : contacts) {
            if (m_http->get(QStringLiteral("/api/v4/leads/%1/links?filter[to_entity_type]=contacts&filter[to_entity_id]=%2").arg(lead).arg(c[QStringLiteral("id")].toInt())).status == 204) {
                contact = c[QStringLiteral("id")].toInt();
                break;
            }
        }
        QVERIFY(contact != 0);
        const QJsonArray body{QJsonObject{{QStringLiteral("entity_id"), lead}, {QStringLiteral("to_entity_id"), contact}, {QStringLiteral("to_entity_type"), QStringLiteral("contacts")}}};
        const HttpResult linked = m_http->send("POST", QStringLiteral("/api/v4/leads/link"), json(body));
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.json()[QStringLiteral("_total_items")].toInt(), 1);
        QCOMPARE(embedded(linked, QStringLiteral("links")).first()[QStringLiteral("to_entity_id")].toInt(), contact);

        const HttpResult links = m_http->get(QStringLiteral("/api/v4/leads/%1/links").arg(lead));
        bool listed = false;
        for (const QJsonValue &l : embedded(links, QStringLiteral("links")))
            listed = listed || (l[QStringLiteral("to_entity_type")].toString() == u"contacts" && l[QStringLiteral("to_entity_id")].toInt() == contact);
        QVERIFY(listed);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/%1/links?filter[to_entity_type]=leads&filter[to_entity_id]=%2").arg(contact).arg(lead)).status, 200);
        bool embeddedContact = false;
        for (const QJsonValue &c : entity(QStringLiteral("leads"), lead).isEmpty() ? QJsonArray() :
                 m_http->get(QStringLiteral("/api/v4/leads/%1?with=contacts").arg(lead)).json()[QStringLiteral("_embedded")][QStringLiteral("contacts")].toArray())
            embeddedContact = embeddedContact || c[QStringLiteral("id")].toInt() == contact;
        QVERIFY(embeddedContact);

        const QJsonObject onLead = eventsOf(QStringLiteral("lead"), lead, {QStringLiteral("contact_linked")}, 1).first().toObject();
        QCOMPARE(onLead[QStringLiteral("value_after")][0][QStringLiteral("link")][QStringLiteral("entity")][QStringLiteral("id")].toInt(), contact);
        QCOMPARE(onLead[QStringLiteral("created_by")].toInt(), m_user);
        const QJsonObject onContact = eventsOf(QStringLiteral("contact"), contact, {QStringLiteral("lead_linked")}, 1).first().toObject();
        QCOMPARE(onContact[QStringLiteral("value_after")][0][QStringLiteral("link")][QStringLiteral("entity")][QStringLiteral("id")].toInt(), lead);

        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/unlink"), json(body)).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/leads/%1/links?filter[to_entity_type]=contacts&filter[to_entity_id]=%2").arg(lead).arg(contact)).status, 204);
        const QJsonObject unlinked = eventsOf(QStringLiteral("lead"), lead, {QStringLiteral("contact_unlinked")}, 1).first().toObject();
        QCOMPARE(unlinked[QStringLiteral("value_before")][0][QStringLiteral("unlink")][QStringLiteral("entity")][QStringLiteral("id")].toInt(), contact);
    }

    void linksFollowTheAllowedPairs()
    {
        const int customer = embedded(m_http->get(QStringLiteral("/api/v4/customers?limit=1")), QStringLiteral("customers")).first()[QStringLiteral("id")].toInt();
        const int lead = leads().first()[QStringLiteral("id")].toInt();
        const QJsonArray body{QJsonObject{{QStringLiteral("entity_id"), customer}, {QStringLiteral("to_entity_id"), lead}, {QStringLiteral("to_entity_type"), QStringLiteral("leads")}}};
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/customers/link"), json(body));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstErrorPath(r), QStringLiteral("to_entity_type"));
        const QJsonArray toCatalog{QJsonObject{{QStringLiteral("to_entity_id"), 501}, {QStringLiteral("to_entity_type"), QStringLiteral("catalog_elements")},
                                               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("catalog_id"), 1075}, {QStringLiteral("quantity"), 1}}}}};
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/%1/link").arg(lead), json(toCatalog)).status, 200);
        QCOMPARE(eventsOf(QStringLiteral("lead"), lead, {QStringLiteral("entity_linked")}, 1).size(), 1);
    }

    void tagsAreListed()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/leads/tags"));
        QCOMPARE(r.status, 200);
        const QJsonArray tags = embedded(r, QStringLiteral("tags"));
        QVERIFY(tags.size() >= 8);
        QCOMPARE(tags.first()[QStringLiteral("name")].toString(), QStringLiteral("VIP"));
        QVERIFY(tags.first()[QStringLiteral("id")].toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEntities)
#include "tst_sandbox_entities.moc"

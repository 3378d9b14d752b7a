// Conformance of GET /api/v4/events, /events/{id} and /events/types with seed 004,
// driven over real HTTP against the amodesk-sandbox program.
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace testing;

class TestSandboxEvents : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;

    QJsonArray events(const HttpResult &r) const
    {
        return r.json().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("events")).toArray();
    }

    // Every page of a list, following _links.next verbatim as a client must.
    QJsonArray allEvents(const QString &query, int *pages = nullptr)
    {
        QJsonArray all;
        QString next = QStringLiteral("/api/v4/events?limit=100") + (query.isEmpty() ? QString() : u'&' + query);
        int count = 0;
        while (!next.isEmpty() && count < 200) {
            const HttpResult r = m_http->get(next);
            if (r.status == 204)
                break;
            if (r.status != 200) {
                qWarning() << "status" << r.status << r.body;
                return {};
            }
            ++count;
            for (const QJsonValue &v : events(r))
                all.append(v);
            next = r.json()[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].toString();
        }
        if (pages)
            *pages = count;
        return all;
    }

    void expectValidationError(const QString &query, const QString &path)
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject body = r.json();
        QCOMPARE(body[QStringLiteral("detail")].toString(), QStringLiteral("Request validation failed"));
        const QJsonArray errors = body[QStringLiteral("validation-errors")][0][QStringLiteral("errors")].toArray();
        QVERIFY2(!errors.isEmpty(), r.body.constData());
        bool found = false;
        for (const QJsonValue &e : errors)
            found = found || e[QStringLiteral("path")].toString() == path;
        QVERIFY2(found, qPrintable(QStringLiteral("no error on %1 in %2").arg(path, QString::fromUtf8(r.body))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("7"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
    }

    void listShapeHeadersAndLinks()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events?limit=5"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/hal+json"));
        QVERIFY(!r.header("Date").isEmpty());
        QVERIFY2(r.body.contains("\\/"), "slashes are escaped the way PHP writes them");
        QVERIFY(!r.body.contains("\"status\""));
        const QJsonObject body = r.json();
        QCOMPARE(body[QStringLiteral("_page")].toInt(), 1);
        const QString self = body[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")].toString();
        const QString next = body[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].toString();
        QVERIFY2(self.startsWith(m_sandbox.baseUrl() + QStringLiteral("/api/v4/events?")), qPrintable(self));
        QVERIFY2(next.startsWith(m_sandbox.baseUrl()) && next.contains(QStringLiteral("page=2")), qPrintable(next));
        const QJsonArray list = events(r);
        QCOMPARE(list.size(), 5);
        const QJsonObject e = list[0].toObject();
        for (const char *key : {"id", "type", "entity_id", "entity_type", "created_by", "created_at", "value_after", "value_before", "account_id", "_links", "_embedded"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        QVERIFY(e[QStringLiteral("id")].isString());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-z]{26}$")).match(e[QStringLiteral("id")].toString()).hasMatch());
        QVERIFY(e[QStringLiteral("value_after")].isArray());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : list) { // newest first
            QVERIFY(v[QStringLiteral("created_at")].toInteger() <= previous);
            previous = v[QStringLiteral("created_at")].toInteger();
        }
    }

    void nonAsciiIsEscaped()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events/types?language_code=ru"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("\\u"), "non-ASCII text is escaped as \\uXXXX");
        for (char c : r.body)
            QVERIFY(uchar(c) < 0x80);
        QVERIFY(r.json()[QStringLiteral("_embedded")][QStringLiteral("events_types")][0][QStringLiteral("lang")].toString().contains(u'о'));
    }

    void limitAboveMaximumBecomesFifty()
    {
        QCOMPARE(events(m_http->get(QStringLiteral("/api/v4/events?limit=101"))).size(), 50);
        QCOMPARE(events(m_http->get(QStringLiteral("/api/v4/events?limit=100"))).size(), 100);
        QCOMPARE(events(m_http->get(QStringLiteral("/api/v4/events"))).size(), 50);
    }

    void pagingCoversEveryEventOnceAndEndsWith204()
    {
        int pages = 0;
        const QJsonArray all = allEvents(QString(), &pages);
        QCOMPARE(all.size(), 4000);
        QCOMPARE(pages, 40);
        QSet<QString> ids;
        for (const QJsonValue &v : all)
            ids.insert(v[QStringLiteral("id")].toString());
        QCOMPARE(ids.size(), 4000);
        const HttpResult last = m_http->get(QStringLiteral("/api/v4/events?limit=100&page=40"));
        QVERIFY(!last.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("next")));
        const HttpResult past = m_http->get(QStringLiteral("/api/v4/events?limit=100&page=41"));
        QCOMPARE(past.status, 204);
        QVERIFY(past.body.isEmpty());
    }

    void eventById()
    {
        const QJsonObject first = events(m_http->get(QStringLiteral("/api/v4/events?limit=1")))[0].toObject();
        const QString id = first[QStringLiteral("id")].toString();
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("id")].toString(), id);
        QCOMPARE(r.json()[QStringLiteral("type")], first[QStringLiteral("type")]);
        const HttpResult missing = m_http->get(QStringLiteral("/api/v4/events/01pz58t6p04ymgsgfbmfyfy1mf"));
        QCOMPARE(missing.status, 204);
    }

    void filterById()
    {
        const QJsonArray some = events(m_http->get(QStringLiteral("/api/v4/events?limit=3&page=7")));
        const QString a = some[0][QStringLiteral("id")].toString(), b = some[2][QStringLiteral("id")].toString();
        for (const QString &query : {QStringLiteral("filter[id][]=%1&filter[id][]=%2"), QStringLiteral("filter[id]=%1,%2"),
                                     QStringLiteral("filter%5Bid%5D%5B0%5D=%1&filter%5Bid%5D%5B1%5D=%2")}) {
            const QJsonArray got = allEvents(query.arg(a, b));
            QCOMPARE(got.size(), 2);
            QSet<QString> ids{got[0][QStringLiteral("id")].toString(), got[1][QStringLiteral("id")].toString()};
            QCOMPARE(ids, (QSet<QString>{a, b}));
        }
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/events?filter[id]=01pz58t6p04ymgsgfbmfyfy1mf")).status, 204);
    }

    void filterByCreatedAt()
    {
        const QJsonArray page = events(m_http->get(QStringLiteral("/api/v4/events?limit=100&page=5")));
        const qint64 to = page.first()[QStringLiteral("created_at")].toInteger();
        const qint64 from = page.last()[QStringLiteral("created_at")].toInteger();
        const QJsonArray range = allEvents(QStringLiteral("filter[created_at][from]=%1&filter[created_at][to]=%2").arg(from).arg(to));
        QVERIFY(range.size() >= 100);
        for (const QJsonValue &v : range) {
            QVERIFY(v[QStringLiteral("created_at")].toInteger() >= from);
            QVERIFY(v[QStringLiteral("created_at")].toInteger() <= to);
        }
        // A single timestamp means "since then".
        const QJsonArray since = allEvents(QStringLiteral("filter[created_at]=%1").arg(from));
        QVERIFY(since.size() >= 500); // pages 1-5 and nothing older
        QVERIFY(since.size() < 600);
        for (const QJsonValue &v : since)
            QVERIFY(v[QStringLiteral("created_at")].toInteger() >= from);
        expectValidationError(QStringLiteral("filter[created_at]=yesterday"), QStringLiteral("filter[created_at]"));
    }

    void filterByCreatedBy()
    {
        const HttpResult users = m_http->get(QStringLiteral("/api/v4/users"));
        const QJsonArray list = users.json()[QStringLiteral("_embedded")][QStringLiteral("users")].toArray();
        QVERIFY(list.size() >= 11);
        const qint64 u1 = list[1][QStringLiteral("id")].toInteger(), u2 = list[2][QStringLiteral("id")].toInteger();
        const QJsonArray got = allEvents(QStringLiteral("filter[created_by][]=%1&filter[created_by][]=%2").arg(u1).arg(u2));
        QVERIFY(got.size() > 100);
        for (const QJsonValue &v : got)
            QVERIFY(v[QStringLiteral("created_by")].toInteger() == u1 || v[QStringLiteral("created_by")].toInteger() == u2);
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QStringLiteral("filter[created_by][]=%1").arg(list[i][QStringLiteral("id")].toInteger());
        expectValidationError(eleven.join(u'&'), QStringLiteral("filter[created_by]"));
        QStringList ten = eleven.mid(0, 10);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/events?") + ten.join(u'&')).status, 200);
    }

    void filterByEntity()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter[entity][]=company&filter[entity][]=task"));
        QVERIFY(got.size() > 50);
        for (const QJsonValue &v : got) {
            const QString type = v[QStringLiteral("entity_type")].toString();
            QVERIFY2(type == u"company" || type == u"task", qPrintable(type));
        }
        const QJsonArray catalog = allEvents(QStringLiteral("filter[entity][]=catalog_1075"));
        QVERIFY(!catalog.isEmpty());
        for (const QJsonValue &v : catalog)
            QCOMPARE(v[QStringLiteral("_embedded")][QStringLiteral("entity")][QStringLiteral("catalog_id")].toInt(), 1075);
        expectValidationError(QStringLiteral("filter[entity][]=deal"), QStringLiteral("filter[entity]"));
    }

    void filterByEntityId()
    {
        const QJsonArray leads = allEvents(QStringLiteral("filter[entity]=lead&filter[type]=lead_added"));
        QVERIFY(leads.size() >= 3);
        const qint64 a = leads[0][QStringLiteral("entity_id")].toInteger(), b = leads[1][QStringLiteral("entity_id")].toInteger();
        const QJsonArray got = allEvents(QStringLiteral("filter[entity]=lead&filter[entity_id][]=%1&filter[entity_id][]=%2").arg(a).arg(b));
        QVERIFY(got.size() >= 2);
        for (const QJsonValue &v : got) {
            // chat messages filtered by lead do not come back (see the quirk test); the rest are these leads
            QCOMPARE(v[QStringLiteral("entity_type")].toString(), QStringLiteral("lead"));
            QVERIFY(v[QStringLiteral("entity_id")].toInteger() == a || v[QStringLiteral("entity_id")].toInteger() == b);
        }
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QStringLiteral("filter[entity_id][]=%1").arg(26000000 + i);
        expectValidationError(QStringLiteral("filter[entity]=lead&") + eleven.join(u'&'), QStringLiteral("filter[entity_id]"));
        expectValidationError(QStringLiteral("filter[entity_id][]=26000001"), QStringLiteral("filter[entity]"));
        expectValidationError(QStringLiteral("filter[entity][]=lead&filter[entity][]=contact&filter[entity_id][]=26000001"), QStringLiteral("filter[entity]"));
    }

    void filterByType()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter[type][]=lead_added&filter[type][]=incoming_call"));
        QVERIFY(got.size() > 50);
        for (const QJsonValue &v : got) {
            const QString type = v[QStringLiteral("type")].toString();
            QVERIFY(type == u"lead_added" || type == u"incoming_call");
        }
        expectValidationError(QStringLiteral("filter[type][]=no_such_event"), QStringLiteral("filter[type]"));
    }

    void customFieldTypeIsExclusive()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter[type]=custom_field_57832_value_changed"));
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("custom_field_value_changed"));
            QCOMPARE(v[QStringLiteral("value_after")][0][QStringLiteral("custom_field_value")][QStringLiteral("field_id")].toInt(), 57832);
        }
        expectValidationError(QStringLiteral("filter[type][]=custom_field_57832_value_changed&filter[type][]=lead_added"), QStringLiteral("filter[type]"));
    }

    // The seed's own http_build_query output, sent byte for byte.
    void valueAfterLeadsStatusesFromSeed()
    {
        const QString seedQuery = QStringLiteral(
            "filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B0%5D%5Bpipeline_id%5D=13513&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B0%5D%5Bstatus_id%5D=17079863"
            "&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B1%5D%5Bpipeline_id%5D=13513&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B1%5D%5Bstatus_id%5D=17079860");
        const QJsonArray got = allEvents(seedQuery);
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("lead_status_changed"));
            const QJsonObject status = v[QStringLiteral("value_after")][0][QStringLiteral("lead_status")].toObject();
            QCOMPARE(status[QStringLiteral("pipeline_id")].toInt(), 13513);
            QVERIFY(status[QStringLiteral("id")].toInt() == 17079863 || status[QStringLiteral("id")].toInt() == 17079860);
        }
    }

    void valueBeforeCustomersStatusesFromSeed()
    {
        const QString seedQuery = QStringLiteral("filter%5Bvalue_before%5D%5Bcustomers_statuses%5D%5B0%5D%5Bstatus_id%5D=135751&filter%5Bvalue_before%5D%5Bcustomers_statuses%5D%5B1%5D%5Bstatus_id%5D=135754");
        const QJsonArray got = allEvents(seedQuery);
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("customer_status_changed"));
            const int id = v[QStringLiteral("value_before")][0][QStringLiteral("customer_status")][QStringLiteral("id")].toInt();
            QVERIFY(id == 135751 || id == 135754);
        }
    }

    void valueAfterResponsibleUser()
    {
        // The seed's example users are not in this account: nothing matches.
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/events?filter%5Bvalue_after%5D%5Bresponsible_user_id%5D=3221%2C412314")).status, 204);
        const QJsonArray got = allEvents(QStringLiteral("filter%5Bvalue_after%5D%5Bresponsible_user_id%5D=504141%2C505172"));
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("entity_responsible_changed"));
            const int id = v[QStringLiteral("value_after")][0][QStringLiteral("responsible_user")][QStringLiteral("id")].toInt();
            QVERIFY(id == 504141 || id == 505172);
        }
    }

    void valueAfterCustomFieldValuesFromSeed()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter%5Bvalue_after%5D%5Bcustom_field_values%5D=145%2C157%2C202&filter%5Btype%5D=custom_field_57832_value_changed"));
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            const QJsonObject value = v[QStringLiteral("value_after")][0][QStringLiteral("custom_field_value")].toObject();
            QCOMPARE(value[QStringLiteral("field_id")].toInt(), 57832);
            QVERIFY(QList<int>({145, 157, 202}).contains(value[QStringLiteral("enum_id")].toInt()));
        }
        expectValidationError(QStringLiteral("filter%5Bvalue_after%5D%5Bcustom_field_values%5D=145"), QStringLiteral("filter[type]"));
    }

    void valueAfterValueFromSeed()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter%5Bvalue_after%5D%5Bvalue%5D=155&filter%5Btype%5D=sale_field_changed&filter%5Bentity%5D=lead"));
        QVERIFY(!got.isEmpty());
        for (const QJsonValue &v : got) {
            QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("sale_field_changed"));
            QCOMPARE(v[QStringLiteral("value_after")][0][QStringLiteral("sale_field_value")][QStringLiteral("sale")].toInt(), 155);
        }
        expectValidationError(QStringLiteral("filter[value_after][colour]=red"), QStringLiteral("filter[value_after][colour]"));
    }

    void everyDocumentedValueStructureAppears()
    {
        const QJsonArray all = allEvents(QString());
        QHash<QString, QJsonObject> byType;
        for (const QJsonValue &v : all)
            byType.insert(v[QStringLiteral("type")].toString(), v.toObject());
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("lead_added"), QStringLiteral("note")}, {QStringLiteral("task_text_changed"), QStringLiteral("task")},
            {QStringLiteral("robot_replied"), QStringLiteral("helpbot")}, {QStringLiteral("transaction_added"), QStringLiteral("transaction")},
            {QStringLiteral("nps_rate_added"), QStringLiteral("nps")}, {QStringLiteral("incoming_chat_message"), QStringLiteral("message")},
            {QStringLiteral("entity_tag_added"), QStringLiteral("tag")}, {QStringLiteral("lead_status_changed"), QStringLiteral("lead_status")},
            {QStringLiteral("customer_status_changed"), QStringLiteral("customer_status")}, {QStringLiteral("contact_linked"), QStringLiteral("link")},
            {QStringLiteral("entity_responsible_changed"), QStringLiteral("responsible_user")},
            {QStringLiteral("task_deadline_changed"), QStringLiteral("task_deadline")}, {QStringLiteral("task_type_changed"), QStringLiteral("task_type")},
            {QStringLiteral("custom_field_value_changed"), QStringLiteral("custom_field_value")}};
        for (const auto &[type, key] : expected) {
            QVERIFY2(byType.contains(type), qPrintable(type));
            QVERIFY2(byType[type][QStringLiteral("value_after")][0].toObject().contains(key), qPrintable(type));
        }
        QVERIFY(byType[QStringLiteral("lead_deleted")][QStringLiteral("value_after")].toArray().isEmpty());
        const QJsonObject cf = byType[QStringLiteral("custom_field_value_changed")][QStringLiteral("value_after")][0][QStringLiteral("custom_field_value")].toObject();
        for (const char *key : {"field_id", "field_type", "enum_id", "text"})
            QVERIFY2(cf.contains(QLatin1String(key)), key);
    }

    void chatMessagesAreFoundThroughTheirContact()
    {
        const QJsonArray got = allEvents(QStringLiteral("filter[entity][]=contact&filter[type][]=incoming_chat_message&filter[type][]=outgoing_chat_message"));
        QVERIFY(!got.isEmpty());
        int linked = 0;
        for (const QJsonValue &v : got) {
            const QString entity = v[QStringLiteral("entity_type")].toString();
            if (v.toObject().contains(QStringLiteral("linked_talk_contact_id"))) {
                ++linked;
                QVERIFY2(entity == u"lead" || entity == u"customer", qPrintable(entity));
            } else {
                QCOMPARE(entity, QStringLiteral("contact"));
            }
        }
        QVERIFY(linked > 0);
        // Filtering by lead does not find the lead-shaped chat messages: the documented inaccuracy.
        for (const QJsonValue &v : allEvents(QStringLiteral("filter[entity][]=lead&filter[type][]=incoming_chat_message")))
            QVERIFY(!v.toObject().contains(QStringLiteral("linked_talk_contact_id")));
    }

    void withAddsEntityNames()
    {
        const QJsonArray plain = allEvents(QStringLiteral("filter[entity]=lead&filter[type]=lead_added"));
        QVERIFY(!plain[0][QStringLiteral("_embedded")][QStringLiteral("entity")].toObject().contains(QStringLiteral("name")));
        const QJsonArray named = allEvents(QStringLiteral("filter[entity]=lead&filter[type]=lead_added&with=lead_name,contact_name"));
        QVERIFY(!named[0][QStringLiteral("_embedded")][QStringLiteral("entity")][QStringLiteral("name")].toString().isEmpty());
        const QJsonArray catalog = allEvents(QStringLiteral("filter[entity][]=catalog_1075&with=catalog_element_name,catalog_name"));
        QCOMPARE(catalog[0][QStringLiteral("_embedded")][QStringLiteral("entity")][QStringLiteral("catalog_name")].toString(), QStringLiteral("Товары"));
    }

    void eventTypesInFourLanguages()
    {
        QHash<QString, QString> names;
        for (const QString &lang : {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}) {
            const HttpResult r = m_http->get(QStringLiteral("/api/v4/events/types?language_code=") + lang);
            QCOMPARE(r.status, 200);
            const QJsonArray types = r.json()[QStringLiteral("_embedded")][QStringLiteral("events_types")].toArray();
            QCOMPARE(r.json()[QStringLiteral("_total_items")].toInt(), types.size());
            QVERIFY(types.size() >= 60);
            const QJsonObject first = types[0].toObject();
            QCOMPARE(first[QStringLiteral("key")].toString(), QStringLiteral("lead_added"));
            QCOMPARE(first[QStringLiteral("type")].toInt(), 1);
            names.insert(lang, first[QStringLiteral("lang")].toString());
        }
        QCOMPARE(names[QStringLiteral("ru")], QStringLiteral("Новая сделка"));
        QCOMPARE(names[QStringLiteral("en")], QStringLiteral("New lead"));
        QVERIFY(names[QStringLiteral("es")] != names[QStringLiteral("en")]);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/events/types?language_code=de")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"

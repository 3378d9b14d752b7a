// Conformance of the notes endpoints with seed 004: list by entity type, by entity, by id,
// batch add of the ten writable types, batch and single edit.
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace testing;

namespace {
QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject paramsFor(const QString &type)
{
    const QString uuid = QStringLiteral("8f52d38a-5fb3-406d-93a3-a4832dc28f8b");
    if (type == u"common") return {{QStringLiteral("text"), QStringLiteral("Обычное примечание")}};
    if (type == u"call_in" || type == u"call_out")
        return {{QStringLiteral("uniq"), uuid}, {QStringLiteral("duration"), 60}, {QStringLiteral("source"), QStringLiteral("onlinePBX")},
                {QStringLiteral("link"), QStringLiteral("https://example.com")}, {QStringLiteral("phone"), QStringLiteral("+79999999999")}};
    if (type == u"service_message" || type == u"extended_service_message")
        return {{QStringLiteral("service"), QStringLiteral("Сервис для примера")}, {QStringLiteral("text"), QStringLiteral("Текст для примечания")}};
    if (type == u"message_cashier") return {{QStringLiteral("status"), QStringLiteral("created")}, {QStringLiteral("text"), QStringLiteral("Текст")}};
    if (type == u"geolocation")
        return {{QStringLiteral("text"), QStringLiteral("Геолокация")}, {QStringLiteral("address"), QStringLiteral("ул. Пушкина, дом Колотушкина")},
                {QStringLiteral("longitude"), QStringLiteral("-13")}, {QStringLiteral("latitude"), QStringLiteral("32")}};
    if (type == u"sms_in" || type == u"sms_out") return {{QStringLiteral("text"), QStringLiteral("SMS")}, {QStringLiteral("phone"), QStringLiteral("+79999999999")}};
    if (type == u"attachment")
        return {{QStringLiteral("version_uuid"), QStringLiteral("5e316440-4122-4cad-b121-9709882b4cc1")},
                {QStringLiteral("file_uuid"), QStringLiteral("9905db7c-3a29-4d30-8953-bac68c05e8e8")}, {QStringLiteral("file_name"), QStringLiteral("изображение.png")}};
    return {};
}

const QStringList kWritable = {QStringLiteral("common"), QStringLiteral("call_in"), QStringLiteral("call_out"), QStringLiteral("service_message"),
                               QStringLiteral("message_cashier"), QStringLiteral("geolocation"), QStringLiteral("sms_in"), QStringLiteral("sms_out"),
                               QStringLiteral("extended_service_message"), QStringLiteral("attachment")};
} // namespace

class TestSandboxNotes : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;

    static QJsonArray notes(const HttpResult &r)
    {
        return r.json()[QStringLiteral("_embedded")][QStringLiteral("notes")].toArray();
    }

    QString firstError(const HttpResult &r, QString *path = nullptr, QString *requestId = nullptr)
    {
        const QJsonObject item = r.json()[QStringLiteral("validation-errors")][0].toObject();
        if (requestId)
            *requestId = item[QStringLiteral("request_id")].toString();
        const QJsonObject error = item[QStringLiteral("errors")][0].toObject();
        if (path)
            *path = error[QStringLiteral("path")].toString();
        return error[QStringLiteral("code")].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
    }

    void listByEntityType_data()
    {
        QTest::addColumn<QString>("entity");
        for (const char *e : {"leads", "contacts", "companies", "customers"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void listByEntityType()
    {
        QFETCH(QString, entity);
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/%1/notes?limit=250").arg(entity));
        QCOMPARE(r.status, 200);
        const QJsonArray list = notes(r);
        QVERIFY(!list.isEmpty());
        const QJsonObject n = list[0].toObject();
        for (const char *key : {"id", "entity_id", "created_by", "updated_by", "created_at", "updated_at", "responsible_user_id", "group_id", "note_type", "params", "account_id", "_links"})
            QVERIFY2(n.contains(QLatin1String(key)), key);
        QVERIFY(n[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")].toString()
                    .startsWith(m_sandbox.baseUrl() + QStringLiteral("/api/v4/%1/").arg(entity)));
    }

    void limitAndPaging()
    {
        QCOMPARE(notes(m_http->get(QStringLiteral("/api/v4/leads/notes?limit=251"))).size(), 50);
        const HttpResult first = m_http->get(QStringLiteral("/api/v4/leads/notes?limit=10"));
        const QString next = first.json()[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].toString();
        QVERIFY(next.contains(QStringLiteral("page=2")));
        const QJsonArray second = notes(m_http->get(next));
        QCOMPARE(second.size(), 10);
        QVERIFY(second[0][QStringLiteral("id")] != notes(first)[0][QStringLiteral("id")]);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/leads/notes?page=100000")).status, 204);
    }

    void filtersAndOrder()
    {
        const QJsonArray some = notes(m_http->get(QStringLiteral("/api/v4/leads/notes?limit=5")));
        const qint64 a = some[0][QStringLiteral("id")].toInteger(), b = some[3][QStringLiteral("id")].toInteger();
        const QJsonArray byId = notes(m_http->get(QStringLiteral("/api/v4/leads/notes?filter[id][]=%1&filter[id][]=%2").arg(a).arg(b)));
        QCOMPARE(byId.size(), 2);
        const qint64 entity = some[0][QStringLiteral("entity_id")].toInteger();
        for (const QJsonValue &v : notes(m_http->get(QStringLiteral("/api/v4/leads/notes?filter[entity_id][]=%1").arg(entity))))
            QCOMPARE(v[QStringLiteral("entity_id")].toInteger(), entity);
        const QJsonArray calls = notes(m_http->get(QStringLiteral("/api/v4/leads/notes?filter[note_type][]=call_in&filter[note_type][]=call_out&limit=250")));
        QVERIFY(!calls.isEmpty());
        for (const QJsonValue &v : calls)
            QVERIFY(v[QStringLiteral("note_type")].toString() == u"call_in" || v[QStringLiteral("note_type")].toString() == u"call_out");
        const QJsonArray desc = notes(m_http->get(QStringLiteral("/api/v4/leads/notes?order[updated_at]=desc&limit=50")));
        for (qsizetype i = 1; i < desc.size(); ++i)
            QVERIFY(desc[i - 1][QStringLiteral("updated_at")].toInteger() >= desc[i][QStringLiteral("updated_at")].toInteger());
        const qint64 middle = desc[25][QStringLiteral("updated_at")].toInteger();
        for (const QJsonValue &v : notes(m_http->get(QStringLiteral("/api/v4/leads/notes?filter[updated_at][from]=%1&limit=250").arg(middle))))
            QVERIFY(v[QStringLiteral("updated_at")].toInteger() >= middle);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/leads/notes?order[colour]=asc")).status, 400);
    }

    void readOnlyTypesAreListed()
    {
        const QJsonArray mail = notes(m_http->get(QStringLiteral("/api/v4/contacts/notes?filter[note_type]=amomail_message")));
        QVERIFY(!mail.isEmpty());
        QVERIFY(mail[0][QStringLiteral("params")].toObject().contains(QStringLiteral("subject")));
    }

    void noteEventsPointAtExistingNotes()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events?filter[type][]=incoming_call&filter[entity][]=lead&limit=5"));
        const QJsonObject event = r.json()[QStringLiteral("_embedded")][QStringLiteral("events")][0].toObject();
        const qint64 noteId = event[QStringLiteral("value_after")][0][QStringLiteral("note")][QStringLiteral("id")].toInteger();
        const HttpResult note = m_http->get(QStringLiteral("/api/v4/leads/notes/%1").arg(noteId));
        QCOMPARE(note.status, 200);
        QCOMPARE(note.json()[QStringLiteral("note_type")].toString(), QStringLiteral("call_in"));
        QCOMPARE(note.json()[QStringLiteral("entity_id")].toInteger(), event[QStringLiteral("entity_id")].toInteger());
    }

    void byEntityAndById()
    {
        const QJsonObject any = notes(m_http->get(QStringLiteral("/api/v4/contacts/notes?limit=1")))[0].toObject();
        const qint64 id = any[QStringLiteral("id")].toInteger(), entity = any[QStringLiteral("entity_id")].toInteger();
        const QJsonArray ofEntity = notes(m_http->get(QStringLiteral("/api/v4/contacts/%1/notes").arg(entity)));
        QVERIFY(!ofEntity.isEmpty());
        for (const QJsonValue &v : ofEntity)
            QCOMPARE(v[QStringLiteral("entity_id")].toInteger(), entity);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/notes/%1").arg(id)).json()[QStringLiteral("id")].toInteger(), id);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/%1/notes/%2").arg(entity).arg(id)).json()[QStringLiteral("id")].toInteger(), id);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/leads/notes/%1").arg(id)).status, 204); // a contact's note is not a lead's
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/notes/1")).status, 204);
    }

    void addEveryWritableType()
    {
        QJsonArray batch;
        for (const QString &type : kWritable)
            batch.append(QJsonObject{{QStringLiteral("entity_id"), 26000001}, {QStringLiteral("note_type"), type},
                                     {QStringLiteral("params"), paramsFor(type)}, {QStringLiteral("request_id"), QString(QStringLiteral("rq-") + type)}});
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), json(batch));
        QCOMPARE(r.status, 200);
        const QJsonArray created = notes(r);
        QCOMPARE(created.size(), kWritable.size());
        for (qsizetype i = 0; i < created.size(); ++i) {
            const QJsonObject c = created[i].toObject();
            QCOMPARE(c[QStringLiteral("request_id")].toString(), QStringLiteral("rq-") + kWritable[i]);
            QCOMPARE(c[QStringLiteral("entity_id")].toInt(), 26000001);
            const HttpResult back = m_http->get(QStringLiteral("/api/v4/leads/26000001/notes/%1").arg(c[QStringLiteral("id")].toInteger()));
            QCOMPARE(back.json()[QStringLiteral("note_type")].toString(), kWritable[i]);
            QJsonObject expected = paramsFor(kWritable[i]);
            if (kWritable[i] == u"attachment") { // read back as every attachment reads (#13)
                expected.insert(QStringLiteral("original_name"), expected.value(QStringLiteral("file_name")));
                expected.insert(QStringLiteral("text"), expected.value(QStringLiteral("file_name")));
                expected.insert(QStringLiteral("is_drive_attachment"), true);
            }
            QCOMPARE(back.json()[QStringLiteral("params")].toObject(), expected);
        }
        // The new common note shows in the event log.
        const HttpResult events = m_http->get(QStringLiteral("/api/v4/events?filter[type]=common_note_added&limit=1"));
        QCOMPARE(events.json()[QStringLiteral("_embedded")][QStringLiteral("events")][0][QStringLiteral("value_after")][0][QStringLiteral("note")][QStringLiteral("id")].toInteger(),
                 created[0][QStringLiteral("id")].toInteger());
    }

    void addWithoutRequestIdEchoesIndex()
    {
        const QJsonArray batch{QJsonObject{{QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), paramsFor(QStringLiteral("common"))}},
                               QJsonObject{{QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), paramsFor(QStringLiteral("common"))}}};
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/companies/35000002/notes"), json(batch));
        QCOMPARE(r.status, 200);
        QCOMPARE(notes(r)[0][QStringLiteral("request_id")].toString(), QStringLiteral("0"));
        QCOMPARE(notes(r)[1][QStringLiteral("request_id")].toString(), QStringLiteral("1"));
        QCOMPARE(notes(r)[1][QStringLiteral("entity_id")].toInt(), 35000002);
    }

    void unsupportedNoteTypeIsRejected()
    {
        const QJsonArray batch{QJsonObject{{QStringLiteral("entity_id"), 26000001}, {QStringLiteral("note_type"), QStringLiteral("amomail_message")},
                                           {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}}};
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), json(batch));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json()[QStringLiteral("detail")].toString(), QStringLiteral("Request validation failed"));
        QString path, requestId;
        QCOMPARE(firstError(r, &path, &requestId), QStringLiteral("NotSupportedChoice"));
        QCOMPARE(path, QStringLiteral("note_type"));
        QCOMPARE(requestId, QStringLiteral("0"));
    }

    void missingAndMalformedParamsAreNamed_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("path");
        QTest::newRow("common without text") << "common" << QJsonObject{} << "params.text";
        QTest::newRow("call without phone") << "call_in" << QJsonObject{{QStringLiteral("uniq"), QStringLiteral("x")}, {QStringLiteral("duration"), 5}, {QStringLiteral("source"), QStringLiteral("pbx")}} << "params.phone";
        QJsonObject badDuration = paramsFor(QStringLiteral("call_out"));
        badDuration[QStringLiteral("duration")] = QStringLiteral("long");
        QTest::newRow("call duration text") << "call_out" << badDuration << "params.duration";
        QJsonObject badLink = paramsFor(QStringLiteral("call_out"));
        badLink[QStringLiteral("link")] = QStringLiteral("not a url");
        QTest::newRow("call link") << "call_out" << badLink << "params.link";
        QTest::newRow("cashier status") << "message_cashier" << QJsonObject{{QStringLiteral("status"), QStringLiteral("paid")}, {QStringLiteral("text"), QStringLiteral("t")}} << "params.status";
        QJsonObject badGeo = paramsFor(QStringLiteral("geolocation"));
        badGeo[QStringLiteral("latitude")] = QStringLiteral("north");
        QTest::newRow("geo latitude") << "geolocation" << badGeo << "params.latitude";
        QTest::newRow("attachment uuid") << "attachment" << QJsonObject{{QStringLiteral("file_uuid"), QStringLiteral("nope")}, {QStringLiteral("file_name"), QStringLiteral("a.png")}} << "params.file_uuid";
    }

    void missingAndMalformedParamsAreNamed()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, params);
        QFETCH(QString, path);
        const QJsonArray batch{QJsonObject{{QStringLiteral("entity_id"), 26000001}, {QStringLiteral("note_type"), type}, {QStringLiteral("params"), params}}};
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), json(batch));
        QCOMPARE(r.status, 400);
        QString gotPath;
        firstError(r, &gotPath);
        QCOMPARE(gotPath, path);
    }

    void unknownEntityAndUserAreRejected()
    {
        const QJsonArray batch{QJsonObject{{QStringLiteral("entity_id"), 999}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                           {QStringLiteral("params"), paramsFor(QStringLiteral("common"))}, {QStringLiteral("created_by"), 1}}};
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), json(batch));
        QCOMPARE(r.status, 400);
        const QJsonArray errors = r.json()[QStringLiteral("validation-errors")][0][QStringLiteral("errors")].toArray();
        QStringList paths;
        for (const QJsonValue &e : errors)
            paths << e[QStringLiteral("path")].toString();
        QVERIFY(paths.contains(QStringLiteral("entity_id")));
        QVERIFY(paths.contains(QStringLiteral("created_by")));
    }

    void moreThan250IsRefused()
    {
        QJsonArray batch;
        for (int i = 0; i < 251; ++i)
            batch.append(QJsonObject{{QStringLiteral("entity_id"), 26000001}, {QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), paramsFor(QStringLiteral("common"))}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), json(batch)).status, 422);
    }

    void batchEditAndSingleEdit()
    {
        const QJsonArray batch{QJsonObject{{QStringLiteral("entity_id"), 31000003}, {QStringLiteral("note_type"), QStringLiteral("sms_in")}, {QStringLiteral("params"), paramsFor(QStringLiteral("sms_in"))}},
                               QJsonObject{{QStringLiteral("entity_id"), 31000003}, {QStringLiteral("note_type"), QStringLiteral("sms_out")}, {QStringLiteral("params"), paramsFor(QStringLiteral("sms_out"))}}};
        const QJsonArray created = notes(m_http->send("POST", QStringLiteral("/api/v4/contacts/notes"), json(batch)));
        QCOMPARE(created.size(), 2);
        const qint64 a = created[0][QStringLiteral("id")].toInteger(), b = created[1][QStringLiteral("id")].toInteger();
        const QJsonArray edit{QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("note_type"), QStringLiteral("sms_in")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Новое входящие SMS")}, {QStringLiteral("phone"), QStringLiteral("+79999999999")}}}},
                              QJsonObject{{QStringLiteral("id"), b}, {QStringLiteral("note_type"), QStringLiteral("sms_out")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Новое исходящие SMS")}, {QStringLiteral("phone"), QStringLiteral("+79999999999")}}}}};
        const HttpResult r = m_http->send("PATCH", QStringLiteral("/api/v4/contacts/notes"), json(edit));
        QCOMPARE(r.status, 200);
        QCOMPARE(notes(r).size(), 2);
        QVERIFY(notes(r)[0].toObject().contains(QStringLiteral("updated_at")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/notes/%1").arg(a)).json()[QStringLiteral("params")][QStringLiteral("text")].toString(), QStringLiteral("Новое входящие SMS"));

        const QJsonObject single{{QStringLiteral("note_type"), QStringLiteral("sms_out")},
                                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Правка")}, {QStringLiteral("phone"), QStringLiteral("+79990000000")}}}};
        const HttpResult one = m_http->send("PATCH", QStringLiteral("/api/v4/contacts/31000003/notes/%1").arg(b), json(single));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[QStringLiteral("id")].toInteger(), b);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts/notes/%1").arg(b)).json()[QStringLiteral("params")][QStringLiteral("text")].toString(), QStringLiteral("Правка"));

        const QJsonArray missing{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), paramsFor(QStringLiteral("common"))}}};
        const HttpResult bad = m_http->send("PATCH", QStringLiteral("/api/v4/contacts/notes"), json(missing));
        QCOMPARE(bad.status, 400);
        QString path;
        firstError(bad, &path);
        QCOMPARE(path, QStringLiteral("id"));
    }

    void malformedBodyIsProblemJson()
    {
        const HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), "[{\"note_type\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(r.json()[QStringLiteral("detail")].toString().contains(QStringLiteral("not valid JSON")));
    }

    // The entity lists that give notes their entities' names: by id, and by a search in names.
    void entitiesAreListedByIdAndSearchedByName()
    {
        const HttpResult byId = m_http->get(QStringLiteral("/api/v4/leads?filter%5Bid%5D%5B%5D=26000002&filter%5Bid%5D%5B%5D=26000001&filter%5Bid%5D%5B%5D=1"));
        QCOMPARE(byId.status, 200);
        const QJsonArray leads = byId.json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray();
        QCOMPARE(leads.size(), 2); // an id the account does not have is left out
        QCOMPARE(leads[0][QStringLiteral("id")].toInt(), 26000001);
        const QString name = leads[0][QStringLiteral("name")].toString();
        QVERIFY(!name.isEmpty());
        const HttpResult one = m_http->get(QStringLiteral("/api/v4/leads/26000001"));
        QCOMPARE(one.json()[QStringLiteral("name")].toString(), name);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/leads/1")).status, 204);
        const QString word = name.section(u' ', 0, 0);
        const HttpResult found = m_http->get(QStringLiteral("/api/v4/leads?query=") + QString::fromLatin1(QUrl::toPercentEncoding(word.toLower())));
        QCOMPARE(found.status, 200);
        for (const QJsonValue &lead : found.json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray())
            QVERIFY(lead[QStringLiteral("name")].toString().contains(word, Qt::CaseInsensitive));
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/contacts?query=no-such-name-anywhere")).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/companies?limit=2")).json()[QStringLiteral("_embedded")][QStringLiteral("companies")].toArray().size(), 2);
    }

    void faultKindsAreChosen()
    {
        SandboxProcess failing;
        QVERIFY(failing.start({QStringLiteral("--fault-rate"), QStringLiteral("1"), QStringLiteral("--fault-kinds"), QStringLiteral("500")}));
        HttpProbe http(failing.baseUrl(), failing.token());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.get(QStringLiteral("/api/v4/leads/notes")).status, 500);
        QCOMPARE(http.get(QStringLiteral("/sandbox/notes")).status, 200); // outside the API: no faults
        SandboxProcess wrong;
        QVERIFY(!wrong.start({QStringLiteral("--fault-kinds"), QStringLiteral("meteor")}));
        QVERIFY(wrong.errorText().contains(QStringLiteral("meteor")));
    }

    void unknownEntityTypeHasNoNotes()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/tasks/notes")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/notes")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxNotes)
#include "tst_sandbox_notes.moc"

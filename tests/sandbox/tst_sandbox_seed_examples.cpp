// Every request example of seeds 003 and 004 (the amoCRM pages AmoDesk is built from) sent to
// the sandbox as the seed shows it, each answered with the status the seed gives and an answer of
// the example answer's shape (#13). The examples are in seed-examples/, taken from the seeds with
// only what made them unusable repaired: an ellipsis (the 25 buttons of the continue example
// written out), a missing quote, and the goto type "question|answer|finish" (one of the three).
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace testing;

namespace {
QJsonDocument example(const QString &name)
{
    QFile file(QDir(QStringLiteral(AMODESK_SEED_EXAMPLES_DIR)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no seed example %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

// Where the answer lacks what the example has, or has it of another kind. A null in the example
// stands for any value; of a list, the first item stands for all. A widget's rating is
// "string/float" (seed 003), "2,7" or 2.7.
QStringList shapeDifferences(const QJsonValue &expected, const QJsonValue &actual, const QString &path = QStringLiteral("$"))
{
    if (expected.isNull() || (path.endsWith(QStringLiteral(".rating")) && (actual.isString() || actual.isDouble())))
        return {};
    if (expected.type() != actual.type())
        return {QStringLiteral("%1: %2 where the example has %3").arg(path).arg(actual.type()).arg(expected.type())};
    QStringList out;
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                out << QStringLiteral("%1.%2 is missing").arg(path, it.key());
            else
                out << shapeDifferences(it.value(), a.value(it.key()), path + u'.' + it.key());
        }
    } else if (expected.isArray() && !expected.toArray().isEmpty()) {
        if (actual.toArray().isEmpty())
            out << QStringLiteral("%1 is empty where the example lists items").arg(path);
        else
            out << shapeDifferences(expected.toArray().first(), actual.toArray().first(), path + QStringLiteral("[0]"));
    }
    return out;
}

QJsonValue valueOf(const QJsonDocument &doc)
{
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestSandboxSeedExamples : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("500"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
    }

    void examplesWorkAsTheSeedsShowThem_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("response");
        // Seed 003, widgets.
        QTest::newRow("003 widgets") << QByteArray("GET") << QStringLiteral("/api/v4/widgets?limit=2") << QString() << 200
                                     << QStringLiteral("003-widgets.response.json");
        QTest::newRow("003 widget") << QByteArray("GET") << QStringLiteral("/api/v4/widgets/amo_dropbox") << QString() << 200
                                    << QStringLiteral("003-widget.response.json");
        QTest::newRow("003 install") << QByteArray("POST") << QStringLiteral("/api/v4/widgets/amo_asterisk") << QStringLiteral("003-install.request.json")
                                     << 200 << QStringLiteral("003-install.response.json");
        QTest::newRow("003 uninstall") << QByteArray("DELETE") << QStringLiteral("/api/v4/widgets/amo_asterisk") << QString() << 204 << QString();
        QTest::newRow("003 continue") << QByteArray("POST") << QStringLiteral("/api/v4/salesbot/101/continue/5001")
                                      << QStringLiteral("003-continue.request.json") << 202 << QString();
        // Seed 004, events and notes.
        QTest::newRow("004 events") << QByteArray("GET") << QStringLiteral("/api/v4/events?limit=1&filter[type]=lead_added") << QString() << 200
                                    << QStringLiteral("004-events.response.json");
        QTest::newRow("004 event types") << QByteArray("GET") << QStringLiteral("/api/v4/events/types") << QString() << 200
                                         << QStringLiteral("004-event-types.response.json");
        QTest::newRow("004 notes of a type") << QByteArray("GET") << QStringLiteral("/api/v4/leads/notes?limit=2&filter[note_type]=common") << QString() << 200
                                             << QStringLiteral("004-notes-of-type.response.json");
        QTest::newRow("004 notes of a lead") << QByteArray("GET") << QStringLiteral("/api/v4/leads/167353/notes?limit=1") << QString() << 200
                                             << QStringLiteral("004-notes-of-entity.response.json");
        QTest::newRow("004 note") << QByteArray("GET") << QStringLiteral("/api/v4/leads/167353/notes/76610421") << QString() << 200
                                  << QStringLiteral("004-note.response.json");
        QTest::newRow("004 add notes") << QByteArray("POST") << QStringLiteral("/api/v4/leads/notes") << QStringLiteral("004-add-notes.request.json")
                                       << 200 << QStringLiteral("004-add-notes.response.json");
        QTest::newRow("004 add calls for analytics") << QByteArray("POST") << QStringLiteral("/api/v4/leads/167353/notes")
                                                     << QStringLiteral("004-add-notes-analytics.request.json") << 200
                                                     << QStringLiteral("004-add-notes.response.json");
        QTest::newRow("004 edit notes") << QByteArray("PATCH") << QStringLiteral("/api/v4/leads/notes") << QStringLiteral("004-edit-notes.request.json")
                                        << 200 << QStringLiteral("004-edit-notes.response.json");
    }

    void examplesWorkAsTheSeedsShowThem()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, request);
        QFETCH(int, status);
        QFETCH(QString, response);
        const QByteArray body = request.isEmpty() ? QByteArray() : example(request).toJson(QJsonDocument::Compact);
        const HttpResult r = m_http->send(method, path, body);
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1, expected %2: %3").arg(r.status).arg(status).arg(QString::fromUtf8(r.body.left(600)))));
        if (response.isEmpty()) {
            QVERIFY(r.body.isEmpty());
            return;
        }
        const QStringList differences = shapeDifferences(valueOf(example(response)), valueOf(QJsonDocument::fromJson(r.body)));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void eventByIdHasTheExampleShape()
    {
        // The seed's event id is of its own account; the same type's event of this one.
        const QString id = m_http->get(QStringLiteral("/api/v4/events?limit=1&filter[type]=lead_added"))
                               .json()[QStringLiteral("_embedded")][QStringLiteral("events")][0][QStringLiteral("id")].toString();
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/events/") + id);
        QCOMPARE(r.status, 200);
        const QStringList differences = shapeDifferences(valueOf(example(QStringLiteral("004-event.response.json"))), QJsonValue(r.json()));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void examplesWroteWhatTheyShow()
    {
        // The notes the examples add and edit read back as sent (on a sandbox of their own).
        SandboxProcess own;
        QVERIFY(own.start({QStringLiteral("--events"), QStringLiteral("100"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpProbe http(own.baseUrl(), own.token());
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/leads/notes"), example(QStringLiteral("004-add-notes.request.json")).toJson()).status, 200);
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/leads/167353/notes"), example(QStringLiteral("004-add-notes-analytics.request.json")).toJson()).status, 200);
        QCOMPARE(http.send("PATCH", QStringLiteral("/api/v4/leads/notes"), example(QStringLiteral("004-edit-notes.request.json")).toJson()).status, 200);
        const QJsonArray added = http.get(QStringLiteral("/api/v4/leads/167353/notes?limit=250")).json()[QStringLiteral("_embedded")][QStringLiteral("notes")].toArray();
        int geolocations = 0, analyticsCalls = 0;
        for (const QJsonValue &n : added) {
            if (n[QStringLiteral("note_type")].toString() == u"geolocation")
                geolocations += n[QStringLiteral("params")][QStringLiteral("latitude")].toString() == u"91.423146";
            if (n[QStringLiteral("created_by")].toInt() == 32321)
                analyticsCalls += n[QStringLiteral("responsible_user_id")].toInt() == 32321;
        }
        QCOMPARE(geolocations, 1);
        QCOMPARE(analyticsCalls, 2);
        const QJsonObject edited = http.get(QStringLiteral("/api/v4/leads/167353/notes/76610421")).json();
        QCOMPARE(edited[QStringLiteral("params")][QStringLiteral("text")].toString(), QStringLiteral("Новое входящие SMS"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeedExamples)
#include "tst_sandbox_seed_examples.moc"

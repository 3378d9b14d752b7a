// The service behaviour of the sandbox, each switch driven from its command line: rate limit
// and block, unpaid account, latency, fault injection, TLS, bad requests, and data options.
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTcpSocket>
#include <QSet>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace testing;

namespace {
struct BurstResult { QList<int> statuses; QList<QByteArray> bodies; QList<QByteArray> types; };

// Sends n requests at once on parallel connections.
BurstResult burst(const QString &url, const QString &token, int n)
{
    QNetworkAccessManager network;
    BurstResult result;
    int pending = n;
    QEventLoop loop;
    for (int i = 0; i < n; ++i) {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            result.statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.bodies << reply->readAll();
            result.types << reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    return result;
}

int runSandbox(const QStringList &args, QByteArray *stderrText)
{
    QProcess p;
    p.start(SandboxProcess::executable(), args);
    p.waitForFinished(10000);
    *stderrText = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

class TestSandboxBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitAnswers429WithJson()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("3")}));
        const BurstResult r = burst(s.baseUrl() + QStringLiteral("/api/v4/account"), s.token(), 8);
        QCOMPARE(r.statuses.count(200), 3);
        QCOMPARE(r.statuses.count(429), 5);
        const qsizetype limited = r.statuses.indexOf(429);
        QCOMPARE(r.types[limited], QByteArray("application/problem+json"));
        QCOMPARE(QJsonDocument::fromJson(r.bodies[limited]).object()[QStringLiteral("retry_after")].toInt(), 1);
        QThread::msleep(1100); // the window has passed
        HttpProbe http(s.baseUrl(), s.token());
        QCOMPARE(http.get(QStringLiteral("/api/v4/account")).status, 200);
    }

    void rateLimitHtmlBody()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("2"),
                         QStringLiteral("--rate-limit-body"), QStringLiteral("html")}));
        const BurstResult r = burst(s.baseUrl() + QStringLiteral("/api/v4/account"), s.token(), 5);
        const qsizetype limited = r.statuses.indexOf(429);
        QVERIFY(limited >= 0);
        QCOMPARE(r.types[limited], QByteArray("text/html"));
        QVERIFY(r.bodies[limited].contains("<html>"));
    }

    void repeatedViolationsBlockTheAccount()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("2"),
                         QStringLiteral("--block-after"), QStringLiteral("3")}));
        const BurstResult r = burst(s.baseUrl() + QStringLiteral("/api/v4/account"), s.token(), 8);
        QCOMPARE(r.statuses.count(200), 2);
        QCOMPARE(r.statuses.count(429), 3); // the third violation is answered, then the block begins
        QCOMPARE(r.statuses.count(403), 3);
        QThread::msleep(1100);
        HttpProbe http(s.baseUrl(), s.token());
        const HttpResult later = http.get(QStringLiteral("/api/v4/events"));
        QCOMPARE(later.status, 403); // a block is not lifted by waiting
        QVERIFY(later.body.contains("<html>"));
    }

    void unpaidAccountAnswers402()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--unpaid")}));
        HttpProbe http(s.baseUrl(), s.token());
        for (const QString &path : {QStringLiteral("/api/v4/events"), QStringLiteral("/api/v4/leads/notes"), QStringLiteral("/api/v4/widgets")}) {
            const HttpResult r = http.get(path);
            QCOMPARE(r.status, 402);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        }
    }

    void latencyDelaysEveryAnswer()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--latency-ms"), QStringLiteral("300"),
                         QStringLiteral("--jitter-ms"), QStringLiteral("50")}));
        HttpProbe http(s.baseUrl(), s.token());
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = http.get(QStringLiteral("/api/v4/account"));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.elapsedMs >= 250, qPrintable(QString::number(r.elapsedMs)));
        }
    }

    void faultsFailRequestsInEveryWay()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("200"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
                         QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpProbe http(s.baseUrl(), s.token());
        int dropped = 0, serverErrors = 0, truncated = 0;
        for (int i = 0; i < 40; ++i) {
            const HttpResult r = http.get(QStringLiteral("/api/v4/events?limit=100"));
            if (r.status == 500)
                ++serverErrors;
            else if (r.status == 200 && r.document().isNull())
                ++truncated;
            else if (r.status == 0 && r.error != QNetworkReply::NoError)
                ++dropped;
            else
                QFAIL(qPrintable(QStringLiteral("request %1 succeeded with fault rate 1: %2").arg(i).arg(r.status)));
        }
        QVERIFY(dropped > 0);
        QVERIFY(serverErrors > 0);
        QVERIFY(truncated > 0);
    }

    void droppedAfterCommitStillWrites()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("100"), QStringLiteral("--fault-rate"), QStringLiteral("0.5"),
                         QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpProbe http(s.baseUrl(), s.token());
        int confirmed = 0;
        for (int i = 0; i < 30; ++i) {
            const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), 26000002}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("fault-%1").arg(i)}}}}};
            const HttpResult r = http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(note).toJson());
            if (r.status == 200 && !r.document().isNull())
                ++confirmed;
        }
        // Read back, retrying the reads that themselves hit a fault.
        QSet<QString> stored;
        for (int attempt = 0; attempt < 100; ++attempt) {
            const HttpResult r = http.get(QStringLiteral("/api/v4/leads/26000002/notes?filter[note_type]=common&limit=250"));
            if (r.status != 200 || r.document().isNull())
                continue;
            for (const QJsonValue &n : r.json()[QStringLiteral("_embedded")][QStringLiteral("notes")].toArray()) {
                const QString text = n[QStringLiteral("params")][QStringLiteral("text")].toString();
                if (text.startsWith(QStringLiteral("fault-")))
                    stored.insert(text);
            }
            break;
        }
        QVERIFY(confirmed > 0);
        QVERIFY2(stored.size() > confirmed, "some writes were committed although their answer was lost");
        QVERIFY(stored.size() < 30); // and some died before they were committed
    }

    void servesHttpsFromGivenCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(qEnvironmentVariable("OPENSSL_PROGRAM", QStringLiteral("openssl")),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        SandboxProcess s;
        QVERIFY2(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
                 qPrintable(s.errorText()));
        QVERIFY(s.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
        HttpProbe http(s.baseUrl(), s.token());
        const HttpResult r = http.get(QStringLiteral("/api/v4/events?limit=2"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].toString().startsWith(s.baseUrl()));
        HttpProbe plain(QString(s.baseUrl()).replace(QStringLiteral("https"), QStringLiteral("http")), s.token());
        QVERIFY(plain.get(QStringLiteral("/api/v4/account")).status != 200);
    }

    void badRequestsNeverCrashOrHang()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const QUrl base(s.baseUrl());
        QVERIFY(rawExchange(base, "GARBAGE\r\n\r\n").startsWith("HTTP/1.1 400"));
        QVERIFY(rawExchange(base, "GET /api/v4/account HTTP/1.1\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n").startsWith("HTTP/1.1 431"));
        QVERIFY(rawExchange(base, "POST /api/v4/leads/notes HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").startsWith("HTTP/1.1 501"));
        QVERIFY(rawExchange(base, "GET /api/v4/account HTTP/1.1\r\nContent-Length: -5\r\n\r\n").startsWith("HTTP/1.1 400"));
        const QByteArray problem = rawExchange(base, "GARBAGE\r\n\r\n");
        QVERIFY(problem.contains("application/problem+json"));
        HttpProbe http(s.baseUrl(), s.token());
        QCOMPARE(http.get(QStringLiteral("/api/v4/nothing/here")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/api/v4/nothing/here")).header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(http.send("PUT", QStringLiteral("/api/v4/events"), "{}").status, 405);
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/widgets/amo_dropbox"), "{{{").status, 400);
        QCOMPARE(http.get(QStringLiteral("/api/v4/events?limit=abc&page=-3&filter[created_by]=x")).status, 400);
        QCOMPARE(http.get(QStringLiteral("/api/v4/events?filter[%5B%5D=1&filter=2&%5D=3")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v4/account")).status, 200); // still serving
    }

    void hostileRequestsAreAnsweredAtOnce()
    {
        // #17.11: each of these froze a connection, or the whole sandbox, or was taken as valid.
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("200"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const QUrl base(s.baseUrl());
        const QByteArray bearer = "Authorization: Bearer " + s.token().toLatin1();
        // Lines ended by a bare LF are read as RFC 9112 allows, not left waiting for the idle timeout.
        QVERIFY(rawExchange(base, "GET /api/v4/account HTTP/1.1\n" + bearer + "\nConnection: close\n\n").startsWith("HTTP/1.1 200"));
        // Two Content-Lengths: which one frames the body is not guessed.
        QVERIFY(rawExchange(base, "POST /api/v4/leads/notes HTTP/1.1\r\n" + bearer + "\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n[]")
                    .startsWith("HTTP/1.1 400"));
        HttpProbe http(s.baseUrl(), s.token());
        // PHP reads 64 levels of brackets; deeper is refused, and 30,000 levels cost no more than 65.
        QString deep = QStringLiteral("/api/v4/events?x");
        for (int i = 0; i < 64; ++i)
            deep += QStringLiteral("[a]");
        QCOMPARE(http.get(deep + QStringLiteral("=1")).status, 200);
        const HttpResult tooDeep = http.get(deep + QStringLiteral("[a]=1"));
        QCOMPARE(tooDeep.status, 400);
        QVERIFY2(tooDeep.body.contains("deeper than 64 levels"), tooDeep.body.constData());
        QCOMPARE(http.get(QStringLiteral("/api/v4/events?filter") + QStringLiteral("[]").repeated(30000) + QStringLiteral("=1")).status, 400);
        // A limit out of range is replaced by 50, as one above the maximum is (API-NOTES).
        for (const QString &limit : {QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("99999999999999999999"), QStringLiteral("101")}) {
            const HttpResult page = http.get(QStringLiteral("/api/v4/events?limit=") + limit);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json()[QLatin1String("_embedded")][QLatin1String("events")].toArray().size(), 50);
        }
    }

    void servesAgainOnceConnectionsAreGone_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void servesAgainOnceConnectionsAreGone()
    {
        // #17.11: after a flood of silent connections new clients went unserved: over HTTP
        // QTcpServer stops accepting when descriptors run out, over HTTPS when 30 connections sit
        // in their handshake, and Qt 6.4 does not start again on its own.
        QFETCH(bool, tls);
        QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-long-lived-token"),
                         QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--rate-limit"), QStringLiteral("0")};
        if (tls) {
            const QString cert = SandboxProcess::certificateFile();
            QVERIFY(!cert.isEmpty());
            args << QStringLiteral("--tls-cert") << cert << QStringLiteral("--tls-key") << QFileInfo(cert).dir().filePath(QStringLiteral("key.pem"));
        }
        QProcess sandbox;
        sandbox.setChildProcessModifier([] {
            const rlimit few{64, 64};
            setrlimit(RLIMIT_NOFILE, &few);
        });
        sandbox.start(SandboxProcess::executable(), args);
        QByteArray out;
        while (out.count('\n') < 2 && sandbox.waitForReadyRead(10000))
            out += sandbox.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.size() >= 2 && lines[0].startsWith("listening on "), out.constData());
        const QString base = QString::fromUtf8(lines[0].mid(13).trimmed());
        const QString token = QString::fromLatin1(lines[1].trimmed());
        QCOMPARE(HttpProbe(base, token).get(QStringLiteral("/api/v4/account")).status, 200);
        {
            // More connections than the sandbox has descriptors, none saying a word.
            std::vector<std::unique_ptr<QTcpSocket>> hogs;
            for (int i = 0; i < 100; ++i) {
                hogs.push_back(std::make_unique<QTcpSocket>());
                hogs.back()->connectToHost(QUrl(base).host(), quint16(QUrl(base).port()));
            }
            QTest::qWait(1500); // those the listen queue had no room for try again after a second
        }
        const HttpResult r = HttpProbe(base, token).get(QStringLiteral("/api/v4/account"));
        QVERIFY2(r.status == 200, qPrintable(QStringLiteral("no answer %1 ms after the connections were gone").arg(r.elapsedMs)));
        qInfo("served %lld ms after the connections were gone", r.elapsedMs);
        sandbox.kill();
        sandbox.waitForFinished();
    }

    void commandLineErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("abc")} << "--port";
        QTest::newRow("events") << QStringList{QStringLiteral("--events"), QStringLiteral("2000000")} << "--events";
        QTest::newRow("fault-rate") << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("2")} << "--fault-rate";
        QTest::newRow("body") << QStringList{QStringLiteral("--rate-limit-body"), QStringLiteral("xml")} << "--rate-limit-body";
        QTest::newRow("tls pair") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("x.pem")} << "--tls-key";
        QTest::newRow("unknown") << QStringList{QStringLiteral("--colour")} << "colour";
        QTest::newRow("users") << QStringList{QStringLiteral("--users"), QStringLiteral("1")} << "--users";
        QTest::newRow("custom-fields") << QStringList{QStringLiteral("--custom-fields"), QStringLiteral("0")} << "--custom-fields";
        QTest::newRow("history-end") << QStringList{QStringLiteral("--history-end"), QStringLiteral("yesterday")} << "--history-end";
    }

    void commandLineErrorsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QByteArray err;
        QCOMPARE(runSandbox(args, &err), 2);
        QVERIFY2(QString::fromUtf8(err).contains(named), err.constData());
    }

    void unreadableCertificateIsReported()
    {
        QByteArray err;
        QCOMPARE(runSandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/c.pem"),
                             QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/k.pem")}, &err), 1);
        QVERIFY(err.contains("TLS"));
    }

    void historyEndsWhenTheSandboxStarts()
    {
        // #13: the history ended on 2026-11-01, and the demo looked a month stale on any later
        // day. Its newest event is now at most one event's share of the year old.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("20000"), QStringLiteral("--history-end"), QStringLiteral("now")}));
        HttpProbe http(s.baseUrl(), s.token());
        const qint64 newest = http.get(QStringLiteral("/api/v4/events?limit=1")).json()[QStringLiteral("_embedded")][QStringLiteral("events")][0]
                                  [QStringLiteral("created_at")].toInteger();
        const qint64 share = 365LL * 86400 / 20000;
        QVERIFY2(newest >= before - share && newest <= QDateTime::currentSecsSinceEpoch(),
                 qPrintable(QDateTime::fromSecsSinceEpoch(newest, Qt::UTC).toString(Qt::ISODate)));
    }

    void historyEndMovesTheSameHistory()
    {
        // Deterministic relative to its end: the same seed at another end is the same history,
        // each event as much later as the end is.
        SandboxProcess a, b;
        QVERIFY(a.start({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--events"), QStringLiteral("300"),
                         QStringLiteral("--history-end"), QStringLiteral("2026-11-01T00:00:00Z")}));
        QVERIFY(b.start({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--events"), QStringLiteral("300"),
                         QStringLiteral("--history-end"), QStringLiteral("2026-12-02T06:30:00+03:00")}));
        const qint64 shift = QDateTime::fromString(QStringLiteral("2026-12-02T03:30:00Z"), Qt::ISODate).toSecsSinceEpoch()
            - QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
        auto events = [](SandboxProcess &s) {
            HttpProbe http(s.baseUrl(), s.token());
            return http.get(QStringLiteral("/api/v4/events?limit=100")).json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray();
        };
        const QJsonArray ea = events(a), eb = events(b);
        QCOMPARE(ea.size(), 100);
        QCOMPARE(eb.size(), 100);
        for (qsizetype i = 0; i < ea.size(); ++i) {
            QCOMPARE(eb[i][QStringLiteral("id")], ea[i][QStringLiteral("id")]);
            QCOMPARE(eb[i][QStringLiteral("type")], ea[i][QStringLiteral("type")]);
            QCOMPARE(eb[i][QStringLiteral("value_after")], ea[i][QStringLiteral("value_after")]);
            QCOMPARE(eb[i][QStringLiteral("created_at")].toInteger() - ea[i][QStringLiteral("created_at")].toInteger(), shift);
        }
    }

    void largeAccountsPageTheirUsersAndFields()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("500"), QStringLiteral("--users"), QStringLiteral("300"),
                         QStringLiteral("--custom-fields"), QStringLiteral("120")}));
        HttpProbe http(s.baseUrl(), s.token());
        const HttpResult first = http.get(QStringLiteral("/api/v4/users?limit=250"));
        QCOMPARE(first.json()[QStringLiteral("_embedded")][QStringLiteral("users")].toArray().size(), 250);
        QVERIFY(first.json()[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].isString());
        QCOMPARE(http.get(QStringLiteral("/api/v4/users?limit=250&page=2")).json()[QStringLiteral("_embedded")][QStringLiteral("users")].toArray().size(), 50);
        QSet<QString> types;
        int withEnums = 0;
        for (int page = 1; page <= 3; ++page) {
            const QJsonArray fields = http.get(QStringLiteral("/api/v4/contacts/custom_fields?limit=50&page=%1").arg(page))
                                          .json()[QStringLiteral("_embedded")][QStringLiteral("custom_fields")].toArray();
            QCOMPARE(fields.size(), page < 3 ? 50 : 20);
            for (const QJsonValue &f : fields) {
                types.insert(f[QStringLiteral("type")].toString());
                withEnums += !f[QStringLiteral("enums")].toArray().isEmpty();
            }
        }
        for (const char *type : {"text", "numeric", "checkbox", "select", "multiselect", "date", "url", "textarea", "radiobutton", "date_time"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);
        QVERIFY(withEnums >= 30);
        // The history changes the new fields too (their ids start at 700000).
        int changesOfNewFields = 0;
        for (int page = 1; page <= 2; ++page) {
            for (const QJsonValue &e : http.get(QStringLiteral("/api/v4/events?limit=250&page=%1").arg(page)).json()
                                           [QStringLiteral("_embedded")][QStringLiteral("events")].toArray())
                changesOfNewFields += e[QStringLiteral("value_after")][0][QStringLiteral("custom_field_value")][QStringLiteral("field_id")].toInteger() >= 700000;
        }
        QVERIFY(changesOfNewFields > 0);
    }

    void dataIsDeterministicBySeed()
    {
        SandboxProcess a, b, c;
        QVERIFY(a.start({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--events"), QStringLiteral("300")}));
        QVERIFY(b.start({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--events"), QStringLiteral("300")}));
        QVERIFY(c.start({QStringLiteral("--seed"), QStringLiteral("6"), QStringLiteral("--events"), QStringLiteral("300")}));
        auto page = [](SandboxProcess &s) {
            HttpProbe http(s.baseUrl(), s.token());
            QJsonArray events = http.get(QStringLiteral("/api/v4/events?limit=100&page=2")).json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray();
            for (auto it = events.begin(); it != events.end(); ++it) { // links carry the port; compare the data
                QJsonObject e = it->toObject();
                e.remove(QStringLiteral("_links"));
                e.remove(QStringLiteral("_embedded"));
                *it = e;
            }
            return events;
        };
        const QJsonArray pa = page(a);
        QCOMPARE(pa.size(), 100);
        QCOMPARE(pa, page(b));
        QVERIFY(pa != page(c));
    }

    void exitsWhenItsParentIsGone()
    {
        QProcess p;
        p.start(SandboxProcess::executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--events"), QStringLiteral("10"),
                                               QStringLiteral("--exit-when-stdin-closes")});
        QVERIFY(p.waitForReadyRead(10000));
        QVERIFY(!p.waitForFinished(300)); // runs while its stdin is open
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
    }

    void aMillionEvents()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("1000000"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpProbe http(s.baseUrl(), s.token());
        const HttpResult last = http.get(QStringLiteral("/api/v4/events?limit=100&page=10000"));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray().size(), 100);
        QVERIFY(!last.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("next")));
        QCOMPARE(http.get(QStringLiteral("/api/v4/events?limit=100&page=10001")).status, 204);
        const HttpResult stats = http.get(QStringLiteral("/sandbox/stats"));
        QCOMPARE(stats.json()[QStringLiteral("events")].toInt(), 1000000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBehaviour)
#include "tst_sandbox_behaviour.moc"

// amodesk-cli as a script uses it: the real program against the real sandbox and the real
// Secret Service, checking output, exit codes, and that tokens never reach a file.
#include "CliRun.h"
#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "TimelineIds.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <limits>

using testing::HttpProbe;
using testing::HttpResult;
using testing::SandboxProcess;
using testing::kSecret;
using testing::kClientId;

using Run = testing::CliRun;
using testing::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // config, cache and logs of the CLI in this test
    SandboxProcess m_sandbox;
    QStringList m_secretsSeen;
    QString m_redirect; // on a port of this run's own: the _tls twin runs alongside

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = testing::scratchEnvironment(m_home.path());
        if (SandboxProcess::tlsRequested()) // trusted the way an admin trusts a private CA
            env.insert(QStringLiteral("SSL_CERT_FILE"), SandboxProcess::certificateFile());
        return env;
    }

    QList<int> m_liveLeads; // leads the history did not delete

    Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {})
    {
        return runCli(env.isEmpty() ? environment() : env, args, input);
    }

    int stat(const char *name)
    {
        HttpProbe http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/sandbox/stats")).json()[QLatin1String(name)].toInt();
    }

    QString consentCode()
    {
        HttpProbe http(m_sandbox.baseUrl());
        const auto r = http.get(QStringLiteral("/oauth?client_id=%1&state=x").arg(kClientId));
        return QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(QStringLiteral("code"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(probe.serverPort());
        probe.close();
        QVERIFY(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("9"),
                                 QStringLiteral("--redirect-uri"), m_redirect}));
        // Asked here, long before the counts of requests below, and outside the CLI's budget.
        m_liveLeads = testing::liveEntityIds(m_sandbox.baseUrl(), m_sandbox.token(), QStringLiteral("leads"), 5);
        QCOMPARE(m_liveLeads.size(), 5);
        m_secretsSeen << m_sandbox.token() << kSecret;
    }

    void noAccountYet()
    {
        const Run r = cli({QStringLiteral("events"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("account add")));
    }

    void helpAndMissingArgumentsNameTheCommand()
    {
        // #16.11: a command's --help began "Usage: /full/path/amodesk-cli [options] ID", without
        // the command, and "events get" without its id said only "missing arguments".
        const Run help = cli({QStringLiteral("notes"), QStringLiteral("get"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: amodesk-cli notes get [options] ENTITY_TYPE ID\n")), qPrintable(help.out));
        QVERIFY(!help.out.contains(QCoreApplication::applicationDirPath()));
        const Run noId = cli({QStringLiteral("events"), QStringLiteral("get")});
        QCOMPARE(noId.code, 2);
        QVERIFY2(noId.err.contains(QStringLiteral("missing ID (see amodesk-cli events get --help)")), qPrintable(noId.err));
        const Run nothing = cli({QStringLiteral("notes"), QStringLiteral("get")});
        QCOMPARE(nothing.code, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("missing ENTITY_TYPE ID")), qPrintable(nothing.err));
    }

    void addWithLongLivedToken()
    {
        const Run r = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("main"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                           QStringLiteral("--long-lived-token-stdin")}, m_sandbox.token().toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Демо-аккаунт AmoDesk")));
        const Run list = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][QStringLiteral("name")].toString(), QStringLiteral("main"));
        const Run again = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("main"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                               QStringLiteral("--long-lived-token-stdin")}, m_sandbox.token().toUtf8());
        QCOMPARE(again.code, 3);
    }

    void eventsListFormats()
    {
        const Run table = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                               QStringLiteral("--type"), QStringLiteral("lead_status_changed")});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QCOMPARE(table.out.count(u'\n'), 6); // header and five rows
        QVERIFY(table.out.contains(QStringLiteral("→")));
        const Run csv = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("time,type,entity,author,change,id\r\n")));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 4);
        const Run json = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 7);
    }

    // Tables and CSV read as the app does: the author's and the stage's names, the note's text,
    // the entity's name, never "user #" or "note #".
    void tablesSpeakNames()
    {
        const QStringList filter{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                                 QStringLiteral("--type"), QStringLiteral("lead_status_changed")};
        const Run json = cli(filter + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        const Run table = cli(filter);
        QVERIFY2(table.code == 0, qPrintable(table.err));
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        QHash<qint64, QString> users;
        for (int attempt = 0; attempt < 20 && users.isEmpty(); ++attempt) { // outside the CLI's budget: a 429 is asked again
            for (const QJsonValue &u : http.get(QStringLiteral("/api/v4/users?limit=250")).json()[QLatin1String("_embedded")][QLatin1String("users")].toArray())
                users.insert(u[QLatin1String("id")].toInteger(), u[QLatin1String("name")].toString());
        }
        QVERIFY(!users.isEmpty());
        const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(events.size(), 5);
        for (const QJsonValue &e : events) {
            const qint64 author = e[QLatin1String("created_by")].toInteger();
            if (author != 0)
                QVERIFY2(table.out.contains(users.value(author)), qPrintable(users.value(author) + QStringLiteral(" not in\n") + table.out));
        }
        for (const char *raw : {"user #", "stage #", "pipeline #", "lead_status_changed", "lead 1", "lead 2"})
            QVERIFY2(!table.out.contains(QLatin1String(raw)), raw);
        QVERIFY(table.out.contains(QStringLiteral("«"))); // the leads by name

        const Run notes = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                               QStringLiteral("--type"), QStringLiteral("common_note_added"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(notes.code == 0, qPrintable(notes.err));
        QCOMPARE(notes.out.count(QStringLiteral("\r\n")), 6);
        QVERIFY2(!notes.out.contains(QStringLiteral("note #")), qPrintable(notes.out));

        const Run noteList = cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(noteList.code == 0, qPrintable(noteList.err));
        QVERIFY2(noteList.out.contains(QStringLiteral("«")), qPrintable(noteList.out)); // "Lead «name»"
        QVERIFY(!noteList.out.contains(QStringLiteral(" common ")));
    }

    void eventsListAllReadsEveryEvent()
    {
        // The commands just before drew from the same budget: this process goes on from theirs.
        // Whether 429s were answered on the way is a benchmark figure (sync-after); nothing is lost.
        const Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), stat("events"));
        QSet<QString> ids;
        for (const QJsonValue &v : all)
            ids.insert(v[QStringLiteral("id")].toString());
        QCOMPARE(ids.size(), all.size());
    }

    void twoListsOfOneAccountAtOnceLoseNothing()
    {
        // Two processes of the account draw from its one budget (the file in the runtime
        // folder); each reads every event. How close together they ran is a benchmark figure.
        QList<QProcess *> runs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(environment());
            p->start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")),
                     {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
            runs << p;
        }
        for (QProcess *p : runs) {
            // While the test waits for the first, Qt may already have reaped the second: then
            // waitForFinished() has nothing to wait for and says false.
            if (p->state() != QProcess::NotRunning)
                QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->state(), QProcess::NotRunning);
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput()).array().size(), stat("events"));
            delete p;
        }
        const QString budgets = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + QStringLiteral("/amodesk-budgets");
        QVERIFY(!QDir(budgets).entryList({QStringLiteral("*.window")}).isEmpty());
        QCOMPARE(stat("blocked"), 0);
    }

    // #16.11: either form of an entity type, event types in the language of the messages, get
    // commands in every format, times in ISO 8601 with their offset.
    void speaksAsPeopleType()
    {
        const Run singular = cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("lead"), QStringLiteral("--limit"), QStringLiteral("3"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(singular.code == 0, qPrintable(singular.err));
        QCOMPARE(singular.out, cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("3"),
                                    QStringLiteral("--format"), QStringLiteral("json")}).out);
        const Run plural = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("leads"), QStringLiteral("--limit"),
                                QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(plural.code == 0, qPrintable(plural.err));
        for (const QJsonValue &e : QJsonDocument::fromJson(plural.out.toUtf8()).array())
            QCOMPARE(e[QStringLiteral("entity_type")].toString(), QStringLiteral("lead"));

        for (const auto &[lang, name] : {std::pair{"en_US.UTF-8", "New lead"}, std::pair{"ru_RU.UTF-8", "Новая сделка"}}) {
            QProcessEnvironment env = environment();
            for (const char *v : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"})
                env.remove(QLatin1String(v));
            env.insert(QStringLiteral("LANG"), QLatin1String(lang));
            const Run types = cli({QStringLiteral("events"), QStringLiteral("types")}, {}, env);
            QVERIFY2(types.out.contains(QString::fromUtf8(name)), qPrintable(QLatin1String(lang) + u' ' + types.out.left(200)));
        }

        const Run list = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        const QString id = QJsonDocument::fromJson(list.out.toUtf8()).array().first()[QStringLiteral("id")].toString();
        const Run table = cli({QStringLiteral("events"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("table")});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QCOMPARE(table.out.count(u'\n'), 2);
        QVERIFY(table.out.contains(id));
        const Run csv = cli({QStringLiteral("events"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("time,type,entity,author,change,id\r\n")));
        const QString time = csv.out.split(QStringLiteral("\r\n")).value(1).section(u',', 0, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$")).match(time).hasMatch(), qPrintable(time));
        QCOMPARE(cli({QStringLiteral("widgets"), QStringLiteral("get"), QStringLiteral("amo_dropbox"), QStringLiteral("--format"), QStringLiteral("csv")}).out.count(QStringLiteral("\r\n")), 2);
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("yaml")}).code, 2);
    }

    void getOneEventAndEditNotes()
    {
        const Run list = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        const QString id = QJsonDocument::fromJson(list.out.toUtf8()).array().first()[QStringLiteral("id")].toString();
        const Run one = cli({QStringLiteral("events"), QStringLiteral("get"), id, QStringLiteral("--with"), QStringLiteral("lead_name")});
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).object()[QStringLiteral("id")].toString(), id);
        const Run missing = cli({QStringLiteral("events"), QStringLiteral("get"), QStringLiteral("01pz58t6p04ymgsgfbmfyfy1mf")});
        QCOMPARE(missing.code, 4);

        const Run added = cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("contacts"), QStringLiteral("--json"), QStringLiteral("-")},
                              "[{\"entity_id\":31000002,\"note_type\":\"sms_out\",\"params\":{\"text\":\"first\",\"phone\":\"+79990001122\"}}]");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString noteId = added.out.split(u'\n').value(1).split(u' ').first();
        const Run edited = cli({QStringLiteral("notes"), QStringLiteral("edit"), QStringLiteral("contacts"), QStringLiteral("--json"), QStringLiteral("-")},
                               QStringLiteral("[{\"id\":%1,\"note_type\":\"sms_out\",\"params\":{\"text\":\"second\",\"phone\":\"+79990001122\"}}]").arg(noteId).toUtf8());
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        const Run got = cli({QStringLiteral("notes"), QStringLiteral("get"), QStringLiteral("contacts"), noteId});
        QVERIFY2(got.code == 0, qPrintable(got.err));
        QCOMPARE(QJsonDocument::fromJson(got.out.toUtf8()).object()[QStringLiteral("params")][QStringLiteral("text")].toString(), QStringLiteral("second"));
        const Run noId = cli({QStringLiteral("notes"), QStringLiteral("edit"), QStringLiteral("contacts"), QStringLiteral("--json"), QStringLiteral("-")},
                             "[{\"note_type\":\"common\",\"params\":{\"text\":\"x\"}}]");
        QCOMPARE(noId.code, 3);
        QVERIFY(noId.err.contains(QStringLiteral("[0] id")));
    }

    // A wrong mass move to "lost", planned back (every moved lead with its stage before the move,
    // read from the account now; nothing is sent), applied through the journal, and undone.
    void revertIsPlannedAppliedAndUndone()
    {
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        // Outside the CLI's budget: the sandbox's limit may answer 429, and then the test waits.
        const auto send = [&http](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
            HttpResult r;
            for (int attempt = 0; attempt < 10 && (r = method == "GET" ? http.get(path) : http.send(method, path, body)).status == 429; ++attempt)
                QTest::qWait(1100);
            return r;
        };
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QHash<qint64, QJsonObject> before;
        QJsonArray move;
        QString ids;
        for (const int id : std::as_const(m_liveLeads))
            ids += QStringLiteral("&filter[id][]=%1").arg(id);
        for (const QJsonValue &v : send("GET", QStringLiteral("/api/v4/leads?limit=250") + ids).json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray()) {
            const QJsonObject lead = v.toObject();
            const qint64 id = lead[QStringLiteral("id")].toInteger();
            if (lead[QStringLiteral("pipeline_id")].toInt() == 13513 && lead[QStringLiteral("status_id")].toInt() == 143)
                continue; // the move changes nothing of it
            before.insert(id, lead);
            move.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), 13513}, {QStringLiteral("status_id"), 143}});
        }
        QVERIFY(before.size() >= 3);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v4/leads"), QJsonDocument(move).toJson(QJsonDocument::Compact)).status, 200);
        QTest::qWait(1100); // the sandbox's one-second window forgets what was sent outside the CLI's budget
        const QStringList filter{QStringLiteral("events"), QStringLiteral("revert"), QStringLiteral("--type"), QStringLiteral("lead_status_changed"),
                                 QStringLiteral("--from"), QString::number(since),
                                 QStringLiteral("--value-after"), QStringLiteral("{\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":143}]}")};
        const int eventsBefore = stat("events"); // a write would add some
        const Run plan = cli(filter + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        const QJsonArray changes = QJsonDocument::fromJson(plan.out.toUtf8()).array();
        QCOMPARE(changes.size(), before.size());
        for (const QJsonValue &c : changes) {
            const QJsonObject was = before.value(c[QStringLiteral("entity_id")].toInteger());
            QVERIFY(!was.isEmpty());
            QCOMPARE(c[QStringLiteral("entity_type")].toString(), QStringLiteral("leads"));
            QCOMPARE(c[QStringLiteral("field")].toString(), QStringLiteral("status"));
            QCOMPARE(c[QStringLiteral("state")].toString(), QStringLiteral("ready"));
            QCOMPARE(c[QStringLiteral("restore")][QStringLiteral("status_id")], was[QStringLiteral("status_id")]);
            QCOMPARE(c[QStringLiteral("restore")][QStringLiteral("pipeline_id")], was[QStringLiteral("pipeline_id")]);
            QCOMPARE(c[QStringLiteral("current")][QStringLiteral("status_id")].toInt(), 143);
        }
        QCOMPARE(stat("events"), eventsBefore);
        const Run table = cli(filter + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QStringLiteral("«%1»").arg(before.cbegin()->value(QStringLiteral("name")).toString())));
        const Run noMode = cli(filter);
        QCOMPARE(noMode.code, 2);
        QVERIFY2(noMode.err.contains(QStringLiteral("--dry-run")), qPrintable(noMode.err));
        const Run badFilter = cli({QStringLiteral("events"), QStringLiteral("revert"), QStringLiteral("--dry-run"), QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(badFilter.code, 3);
        QVERIFY(badFilter.err.contains(QStringLiteral("--from")));

        // Applied through the journal: every lead back where it was.
        const Run applied = cli(filter + QStringList{QStringLiteral("--apply"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        const QJsonArray report = QJsonDocument::fromJson(applied.out.toUtf8()).array();
        QCOMPARE(report.size(), before.size());
        for (const QJsonValue &c : report)
            QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QTest::qWait(1100); // the probe's reads below are outside the CLI's budget: the window forgets the CLI's
        const auto stageOf = [&](qint64 id) {
            const QJsonObject lead = send("GET", QStringLiteral("/api/v4/leads/%1").arg(id)).json();
            return std::pair{lead[QStringLiteral("pipeline_id")].toInt(), lead[QStringLiteral("status_id")].toInt()};
        };
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(stageOf(it.key()), (std::pair{it->value(QStringLiteral("pipeline_id")).toInt(), it->value(QStringLiteral("status_id")).toInt()}));
        QTest::qWait(1100);
        // Again: every change is already in place, and nothing is sent.
        const int eventsAfterApply = stat("events");
        const Run again = cli(filter + QStringList{QStringLiteral("--apply"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        for (const QJsonValue &c : QJsonDocument::fromJson(again.out.toUtf8()).array())
            QCOMPARE(c[QStringLiteral("state")].toString(), QStringLiteral("already"));
        QCOMPARE(stat("events"), eventsAfterApply);

        // The journal lists both runs, newest first; undoing the first puts the mistake back.
        const QJsonArray runs = QJsonDocument::fromJson(cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        const QString first = runs.at(1)[QStringLiteral("id")].toString();
        QCOMPARE(runs.at(1)[QStringLiteral("applied")].toInt(), before.size());
        QCOMPARE(runs.at(0)[QStringLiteral("skipped")].toInt(), before.size());
        const Run shown = cli({QStringLiteral("journal"), QStringLiteral("show"), first});
        QVERIFY2(shown.code == 0 && shown.out.contains(QStringLiteral("applied")), qPrintable(shown.err));
        const Run undone = cli({QStringLiteral("journal"), QStringLiteral("undo"), first, QStringLiteral("--apply")});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QTest::qWait(1100);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(stageOf(it.key()), (std::pair{13513, 143}));
        const Run unknown = cli({QStringLiteral("journal"), QStringLiteral("undo"), QStringLiteral("20200101-000000"), QStringLiteral("--dry-run")});
        QCOMPARE(unknown.code, 3);
        QVERIFY(unknown.err.contains(QStringLiteral("20200101-000000")));
        QTest::qWait(1100); // what follows counts the CLI's requests: the probe's are forgotten
    }

    // A lead's events and notes together, newest first, as the JSON items the API gave and as
    // rows in names; an entity the account never had and a type it has no history of are refused.
    void entityHistory()
    {
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        const auto get = [&http](const QString &path) {
            HttpResult r;
            for (int attempt = 0; attempt < 10 && (r = http.get(path)).status == 429; ++attempt)
                QTest::qWait(1100);
            return r;
        };
        const int lead = m_liveLeads.at(3);
        QStringList expectedIds = testing::timelineIds(get, QStringLiteral("leads"), QStringLiteral("lead"), lead);
        QVERIFY(!expectedIds.isEmpty());
        QTest::qWait(1100); // the sandbox's window forgets the probe's requests

        const Run json = cli({QStringLiteral("entities"), QStringLiteral("history"), QStringLiteral("leads"), QString::number(lead), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QStringList ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : items) {
            const QJsonValue id = v[QStringLiteral("item")][QStringLiteral("id")];
            ids << (id.isString() ? id.toString() : QString::number(id.toInteger()));
            QVERIFY(v[QStringLiteral("created_at")].toInteger() <= previous); // newest first
            previous = v[QStringLiteral("created_at")].toInteger();
        }
        ids.sort();
        expectedIds.sort();
        QCOMPARE(ids, expectedIds);

        const Run table = cli({QStringLiteral("entities"), QStringLiteral("history"), QStringLiteral("lead"), QString::number(lead)});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QCOMPARE(table.out.count(u'\n'), expectedIds.size() + 1);
        QVERIFY2(!table.out.contains(QStringLiteral("user #")), qPrintable(table.out)); // authors by name

        const Run missing = cli({QStringLiteral("entities"), QStringLiteral("history"), QStringLiteral("leads"), QStringLiteral("99")});
        QCOMPARE(missing.code, 4);
        QVERIFY2(missing.err.contains(QStringLiteral("there is no lead 99")), qPrintable(missing.err));
        const Run badType = cli({QStringLiteral("entities"), QStringLiteral("history"), QStringLiteral("deals"), QStringLiteral("1")});
        QCOMPARE(badType.code, 3);
        QVERIFY(badType.err.contains(QStringLiteral("ENTITY_TYPE")));
        QTest::qWait(1100); // what follows counts the CLI's requests
    }

    // Entities by id as the API gives them, and as rows in names.
    void entitiesList()
    {
        const QString ids = QStringLiteral("%1,%2").arg(m_liveLeads.at(0)).arg(m_liveLeads.at(1));
        const Run json = cli({QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--id"), ids,
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonArray leads = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(leads.size(), 2);
        QTest::qWait(1100); // the probe's request is outside the CLI's budget
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        const QJsonObject first = http.get(QStringLiteral("/api/v4/leads/%1").arg(m_liveLeads.at(0))).json();
        QCOMPARE(leads.at(0)[QStringLiteral("name")], first[QStringLiteral("name")]);
        QCOMPARE(leads.at(0)[QStringLiteral("custom_fields_values")], first[QStringLiteral("custom_fields_values")]);
        QTest::qWait(1100);

        const Run table = cli({QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("lead"), QStringLiteral("--id"), ids});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QCOMPARE(table.out.count(u'\n'), 3);
        QVERIFY(table.out.contains(first[QStringLiteral("name")].toString()));
        QVERIFY2(table.out.contains(QStringLiteral(" › ")), qPrintable(table.out)); // the stage by its names
        const Run bad = cli({QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--id"), QStringLiteral("7,x")});
        QCOMPARE(bad.code, 3);
        QVERIFY(bad.err.contains(QStringLiteral("\"x\" is not an ID")));
        QTest::qWait(1100); // what follows counts the CLI's requests
    }

    // A change amoCRM refuses stays in the journal with its reason: journal retry sends it again
    // (refused again here: the value is still wrong), journal discard gives it up, reason kept.
    void refusedChangesAreRetriedOrGivenUp()
    {
        const int lead = m_liveLeads.at(2);
        const QJsonArray items{QJsonObject{{QStringLiteral("id"), lead},
                                           {QStringLiteral("custom_fields_values"),
                                            QJsonArray{QJsonObject{{QStringLiteral("field_id"), 57835},
                                                                   {QStringLiteral("values"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("next Friday")}}}}}}}}};
        const Run refused = cli({QStringLiteral("entities"), QStringLiteral("update"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-")},
                                QJsonDocument(items).toJson());
        QCOMPARE(refused.code, 4);
        const QJsonArray runs = QJsonDocument::fromJson(cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8()).array();
        const QString runId = runs.first()[QStringLiteral("id")].toString();
        QCOMPARE(runs.first()[QStringLiteral("failed")].toInt(), 1);
        const auto entry = [&] {
            return QJsonDocument::fromJson(cli({QStringLiteral("journal"), QStringLiteral("show"), runId, QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
                .array().first().toObject();
        };
        const QString reason = entry()[QStringLiteral("error")].toString();
        QVERIFY2(reason.contains(QStringLiteral("custom_fields_values")), qPrintable(reason));

        const Run retried = cli({QStringLiteral("journal"), QStringLiteral("retry"), runId});
        QCOMPARE(retried.code, 4);
        QVERIFY2(retried.err.contains(QStringLiteral("Run %1: 0 applied, 1 refused").arg(runId)), qPrintable(retried.err));
        QCOMPARE(entry()[QStringLiteral("status")].toString(), QStringLiteral("failed"));

        const Run discarded = cli({QStringLiteral("journal"), QStringLiteral("discard"), runId});
        QVERIFY2(discarded.code == 0 && discarded.err.contains(QStringLiteral("1 refused change given up")), qPrintable(discarded.err));
        QCOMPARE(entry()[QStringLiteral("status")].toString(), QStringLiteral("skipped"));
        QCOMPARE(entry()[QStringLiteral("error")].toString(), QStringLiteral("given up: ") + reason);
        const Run nothingLeft = cli({QStringLiteral("journal"), QStringLiteral("retry"), runId});
        QCOMPARE(nothingLeft.code, 3);
        QVERIFY2(nothingLeft.err.contains(QStringLiteral("run %1 has no refused change").arg(runId)), qPrintable(nothingLeft.err));
        QTest::qWait(1100); // what follows counts the CLI's requests
    }

    // A bulk change through the journal: applied, undone with journal undo; bad input names what
    // is wrong and sends nothing.
    void entitiesUpdateGoesThroughTheJournal()
    {
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        const auto lead = [&](int id) {
            HttpResult r;
            for (int attempt = 0; attempt < 10 && (r = http.get(QStringLiteral("/api/v4/leads/%1").arg(id))).status == 429; ++attempt)
                QTest::qWait(1100);
            return r.json();
        };
        const int a = m_liveLeads.at(2), b = m_liveLeads.at(4);
        const QJsonObject beforeA = lead(a), beforeB = lead(b);
        const int owner = beforeA[QStringLiteral("responsible_user_id")].toInt() == 504141 ? 505172 : 504141;
        QTest::qWait(1100);
        const QJsonArray items{QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("responsible_user_id"), owner},
                                           {QStringLiteral("tags_to_add"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bulk-cli")}}}}},
                               QJsonObject{{QStringLiteral("id"), b}, {QStringLiteral("name"), QStringLiteral("Renamed in bulk")}}};
        const Run applied = cli({QStringLiteral("entities"), QStringLiteral("update"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-"),
                                 QStringLiteral("--format"), QStringLiteral("json")}, QJsonDocument(items).toJson());
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QCOMPARE(QJsonDocument::fromJson(applied.out.toUtf8()).array().size(), 3);
        QTest::qWait(1100);
        QCOMPARE(lead(a)[QStringLiteral("responsible_user_id")].toInt(), owner);
        QCOMPARE(lead(b)[QStringLiteral("name")].toString(), QStringLiteral("Renamed in bulk"));
        QTest::qWait(1100);

        const QJsonArray runs = QJsonDocument::fromJson(cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8()).array();
        QCOMPARE(runs.first()[QStringLiteral("kind")].toString(), QStringLiteral("update"));
        const Run undone = cli({QStringLiteral("journal"), QStringLiteral("undo"), runs.first()[QStringLiteral("id")].toString(), QStringLiteral("--apply")});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QTest::qWait(1100);
        QCOMPARE(lead(a)[QStringLiteral("responsible_user_id")], beforeA[QStringLiteral("responsible_user_id")]);
        QCOMPARE(lead(a)[QStringLiteral("_embedded")][QStringLiteral("tags")], beforeA[QStringLiteral("_embedded")][QStringLiteral("tags")]);
        QCOMPARE(lead(b)[QStringLiteral("name")], beforeB[QStringLiteral("name")]);
        QTest::qWait(1100);

        const int events = stat("events");
        const QJsonArray bad{QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("name"), QStringLiteral("never sent")}},
                             QJsonObject{{QStringLiteral("id"), b}, {QStringLiteral("responsible_user_id"), 1}},
                             QJsonObject{{QStringLiteral("id"), b}, {QStringLiteral("pipeline_id"), 99}, {QStringLiteral("status_id"), 142}},
                             QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("colour"), QStringLiteral("red")}}};
        const Run refused = cli({QStringLiteral("entities"), QStringLiteral("update"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-")},
                                QJsonDocument(bad).toJson());
        QCOMPARE(refused.code, 3);
        for (const char *said : {"the user 1 is not in the account", "the account has no pipeline 99", "[3].colour", "nothing was sent"})
            QVERIFY2(refused.err.contains(QLatin1String(said)), qPrintable(refused.err));
        QCOMPARE(stat("events"), events);
        QTest::qWait(1100); // what follows counts the CLI's requests
    }

    void printUrlSendsNothing()
    {
        const int before = stat("requests");
        const Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("lead"), QStringLiteral("--entity-id"), QStringLiteral("648533"),
                           QStringLiteral("--value-after"), QStringLiteral("{\"value\":\"155\"}"), QStringLiteral("--type"), QStringLiteral("sale_field_changed"),
                           QStringLiteral("--print-url")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), m_sandbox.baseUrl() + QStringLiteral("/api/v4/events?filter%5Bvalue_after%5D%5Bvalue%5D=155&filter%5Btype%5D=sale_field_changed"
                                                                       "&filter%5Bentity%5D=lead&filter%5Bentity_id%5D%5B0%5D=648533&page=1&limit=100"));
        QCOMPARE(stat("requests"), before + 1); // the stats call itself
    }

    void limitsAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("11 users") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--created-by"), QStringLiteral("1,2,3,4,5,6,7,8,9,10,11")} << "filter[created_by]";
        QTest::newRow("entity ids alone") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--entity-id"), QStringLiteral("5")} << "filter[entity]";
        QTest::newRow("exclusive type") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("custom_field_57832_value_changed"), QStringLiteral("--type"), QStringLiteral("lead_added")} << "filter[type]";
        QTest::newRow("limit") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("101")} << "--limit";
        QTest::newRow("bad time") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("yesterday")} << "--from";
        QTest::newRow("value filter") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--value-after"), QStringLiteral("{\"colour\":1}")} << "--value-after.colour";
        QTest::newRow("notes limit") << QStringList{QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("251")} << "--limit";
        QTest::newRow("note entity") << QStringList{QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("deals")} << "ENTITY_TYPE";
        QTest::newRow("bot ids") << QStringList{QStringLiteral("salesbot"), QStringLiteral("continue"), QStringLiteral("--salesbot"), QStringLiteral("--bot-id"), QStringLiteral("x"),
                                                QStringLiteral("--continue-id"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("-")} << "--bot-id";
    }

    void limitsAreRefusedBeforeSending()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const int before = stat("requests");
        const Run r = cli(args, "{}");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was sent")));
        QCOMPARE(stat("requests"), before + 1);
    }

    void notesAreCheckedThenSentInBatches()
    {
        const QByteArray bad = "[{\"entity_id\":26000001,\"note_type\":\"common\",\"params\":{\"text\":\"ok\"}}, {\"entity_id\":26000001,\"note_type\":\"call_in\",\"params\":{\"uniq\":\"u\",\"duration\":-1,\"source\":\"pbx\",\"phone\":\"+79990001122\"}}, {\"note_type\":\"amomail_message\",\"params\":{}}]";
        const Run rejected = cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-")}, bad);
        QCOMPARE(rejected.code, 3);
        QVERIFY(rejected.err.contains(QStringLiteral("[1] params.duration")));
        QVERIFY(rejected.err.contains(QStringLiteral("[2] entity_id")));
        QVERIFY(rejected.err.contains(QStringLiteral("[2] note_type")));
        const int lead = m_liveLeads.at(3);
        QJsonArray many;
        for (int i = 0; i < 300; ++i)
            many.append(QJsonObject{{QStringLiteral("entity_id"), lead}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("batch %1").arg(i)}}}});
        const int before = stat("requests");
        const Run added = cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-"),
                               QStringLiteral("--batch-size"), QStringLiteral("250")},
                              QJsonDocument(many).toJson());
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(added.out.count(u'\n'), 301);
        QCOMPARE(stat("requests"), before + 3); // two batches of at most 250, and the stats call
        const Run listed = cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("leads"), QStringLiteral("--entity-id"), QString::number(lead),
                                QStringLiteral("--type"), QStringLiteral("common"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
        int batch = 0;
        for (const QJsonValue &n : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            batch += n[QStringLiteral("params")][QStringLiteral("text")].toString().startsWith(QStringLiteral("batch ")) ? 1 : 0;
        QCOMPARE(batch, 300);
    }

    void widgetsAndBots()
    {
        const Run list = cli({QStringLiteral("widgets"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.count(QStringLiteral("\r\n")), 41);
        const Run missing = cli({QStringLiteral("widgets"), QStringLiteral("install"), QStringLiteral("amo_asterisk"), QStringLiteral("--settings-json"), QStringLiteral("-")},
                                "{\"login\":\"x\"}");
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(QStringLiteral("password: is required")));
        const Run installed = cli({QStringLiteral("widgets"), QStringLiteral("install"), QStringLiteral("amo_asterisk"), QStringLiteral("--settings-json"), QStringLiteral("-")},
                                  "{\"login\":\"x\",\"password\":\"p\",\"phones\":{\"504141\":\"101\"},\"script_path\":\"https://example.com/\"}");
        QVERIFY2(installed.code == 0, qPrintable(installed.err));
        QCOMPARE(cli({QStringLiteral("widgets"), QStringLiteral("uninstall"), QStringLiteral("amo_asterisk")}).code, 0);
        const Run unknown = cli({QStringLiteral("widgets"), QStringLiteral("get"), QStringLiteral("no_such_widget")});
        QCOMPARE(unknown.code, 4);
        QVERIFY(unknown.err.contains(QStringLiteral("Not found")));
        QString tooLong(81, u'x');
        const Run longShow = cli({QStringLiteral("salesbot"), QStringLiteral("continue"), QStringLiteral("--salesbot"), QStringLiteral("--bot-id"), QStringLiteral("101"),
                                  QStringLiteral("--continue-id"), QStringLiteral("5001"), QStringLiteral("--json"), QStringLiteral("-")},
                                 QStringLiteral("{\"execute_handlers\":[{\"handler\":\"show\",\"params\":{\"type\":\"text\",\"value\":\"%1\"}}]}").arg(tooLong).toUtf8());
        QCOMPARE(longShow.code, 3);
        QVERIFY(longShow.err.contains(QStringLiteral("execute_handlers.0.params.value")));
        const Run accepted = cli({QStringLiteral("salesbot"), QStringLiteral("continue"), QStringLiteral("--salesbot"), QStringLiteral("--bot-id"), QStringLiteral("101"),
                                  QStringLiteral("--continue-id"), QStringLiteral("5001"), QStringLiteral("--json"), QStringLiteral("-")}, "{\"data\":{\"status\":\"success\"}}");
        QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
        QCOMPARE(cli({QStringLiteral("salesbot"), QStringLiteral("continue"), QStringLiteral("--salesbot"), QStringLiteral("--bot-id"), QStringLiteral("101"),
                      QStringLiteral("--continue-id"), QStringLiteral("5001"), QStringLiteral("--json"), QStringLiteral("-")}, "{}").code, 4);
    }

    void oauthWithCodeAndWithBrowser()
    {
        const Run code = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("viacode"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                              QStringLiteral("--client-id"), kClientId, QStringLiteral("--client-secret-stdin"), QStringLiteral("--redirect-uri"),
                              m_redirect, QStringLiteral("--code"), consentCode()}, kSecret.toUtf8());
        QVERIFY2(code.code == 0, qPrintable(code.err));
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("types"), QStringLiteral("--account"), QStringLiteral("viacode")}).code, 0);

        // The browser: follow the consent page's redirect to the CLI's loopback listener.
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")),
                {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("viabrowser"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                 QStringLiteral("--client-id"), kClientId, QStringLiteral("--client-secret-stdin"), QStringLiteral("--redirect-uri"),
                 m_redirect, QStringLiteral("--browser")});
        p.write(kSecret.toUtf8() + '\n');
        p.closeWriteChannel();
        QString stderrText;
        QRegularExpressionMatch url;
        for (int i = 0; i < 100 && !url.hasMatch(); ++i) {
            p.waitForReadyRead(100);
            stderrText += QString::fromUtf8(p.readAllStandardError());
            url = QRegularExpression(QStringLiteral("(https?://127\\.0\\.0\\.1:\\d+/oauth\\?\\S+)")).match(stderrText);
        }
        QVERIFY2(url.hasMatch(), qPrintable(stderrText));
        HttpProbe browser(m_sandbox.baseUrl());
        const auto consent = browser.get(url.captured(1));
        QCOMPARE(consent.status, 302);
        const auto landing = browser.get(QString::fromUtf8(consent.header("Location")));
        QCOMPARE(landing.status, 200);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--account"), QStringLiteral("viabrowser")}).code, 0);
    }

    void accountChoice()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AMODESK_ACCOUNT"), QStringLiteral("nobody"));
        const Run r = cli({QStringLiteral("events"), QStringLiteral("types")}, {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nobody")));
        env.insert(QStringLiteral("AMODESK_ACCOUNT"), QStringLiteral("main"));
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("types")}, {}, env).code, 0);
    }

    void sessionOnlyStoresNothing()
    {
        const Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                           QStringLiteral("--long-lived-token-stdin"), QStringLiteral("--format"), QStringLiteral("json")}, m_sandbox.token().toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        QVERIFY(!cli({QStringLiteral("account"), QStringLiteral("list")}).out.contains(QStringLiteral("session")));
    }

    void withoutAKeychainNothingIsStored()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("nokeychain"), QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                           QStringLiteral("--long-lived-token-stdin")}, m_sandbox.token().toUtf8(), env);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--long-lived-token-stdin")));
        QVERIFY(!cli({QStringLiteral("account"), QStringLiteral("list")}).out.contains(QStringLiteral("nokeychain")));
    }

    void apiAndNetworkErrorsHaveTheirExitCodes()
    {
        SandboxProcess unpaid;
        QVERIFY(unpaid.start({QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--unpaid")}));
        const Run paid = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--base-url"), unpaid.baseUrl(), QStringLiteral("--long-lived-token-stdin")},
                             unpaid.token().toUtf8());
        QCOMPARE(paid.code, 4);
        QVERIFY(paid.err.contains(QStringLiteral("not paid")));
        const Run down = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("--long-lived-token-stdin")}, "some-token-1234");
        QCOMPARE(down.code, 5);
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--no-such-option")}).code, 2);
    }

    void everythingWrittenIsPrivate()
    {
        // #17.10: the outbox (note texts), logs and settings were 0644 in 0755 folders. What an
        // earlier version left open is closed at the next start.
        const QString settings = m_home.filePath(QStringLiteral("config/AmoDesk"));
        QVERIFY(QFile::setPermissions(settings, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                    | QFile::ReadOther | QFile::ExeOther));
        const Run r = cli({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QDirIterator it(m_home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QFileInfo entry = it.nextFileInfo();
            if (!entry.filePath().contains(QStringLiteral("/AmoDesk")))
                continue; // the test's own folders
            const auto open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
            QVERIFY2((entry.permissions() & open) == 0, qPrintable(entry.filePath()));
            ++checked;
        }
        QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("data/AmoDesk/AmoDesk/outbox"))));
        QVERIFY(checked >= 6); // settings, log, outbox and their folders
    }

    void removeDeletesAndNoSecretReachedAFile()
    {
        for (const QString &name : {QStringLiteral("main"), QStringLiteral("viacode"), QStringLiteral("viabrowser")}) {
            const Run r = cli({QStringLiteral("account"), QStringLiteral("remove"), name});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8()).array().size(), 0);
        // The log was written to, and no secret is in it or in any other file the CLI wrote.
        QFile log(m_home.filePath(QStringLiteral("cache/AmoDesk/log/amodesk-cli.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("/api/v4/events"));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!content.contains("def50200"), qPrintable(f.fileName())); // no refresh token of any kind
            QVERIFY2(!QRegularExpression(QStringLiteral("eyJ[A-Za-z0-9_-]{20,}\\.")).match(QString::fromUtf8(content)).hasMatch(), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 2); // settings and log
        // The journals of the removed accounts went with them (the folder of all journals stays).
        const QDir journals(m_home.filePath(QStringLiteral("data/AmoDesk/AmoDesk/journal")));
        QVERIFY2(journals.exists(), "the revert test above wrote no journal");
        QVERIFY2(journals.isEmpty(), qPrintable(journals.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

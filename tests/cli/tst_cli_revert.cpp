// A wrong mass stage change of 2,000 leads put right with amodesk-cli, the way an admin would:
// found by a filter, reverted through the journal while the sandbox fails 30 % of the requests,
// the CLI killed mid-run and run again, and the revert undone. Every change must reach the
// account exactly once, and leads someone else changed since must be left alone.
#include "CliRun.h"
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testing::HttpProbe;
using testing::HttpResult;
using testing::SandboxProcess;

namespace {
using Stage = std::pair<int, int>; // pipeline, status
constexpr Stage kWrong{13513, 143};
constexpr Stage kElsewhere{13513, 142};

Stage stageOf(const QJsonObject &lead)
{
    return {lead[QStringLiteral("pipeline_id")].toInt(), lead[QStringLiteral("status_id")].toInt()};
}

QJsonObject moveTo(qint64 id, Stage stage)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), stage.first}, {QStringLiteral("status_id"), stage.second}};
}

Stage stageIn(const QJsonValue &statuses)
{
    const QJsonObject s = statuses.toObject()[QStringLiteral("lead_status")].toObject();
    return {s[QStringLiteral("pipeline_id")].toInt(), s[QStringLiteral("id")].toInt()};
}
} // namespace

class TestCliRevert : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;

    // The test's own requests go through the same faults: each is repeated until it is answered
    // in full (the writes set values, so a repeat of one that arrived changes nothing).
    HttpResult reliably(const QByteArray &method, const QString &path, const QJsonArray &body = {})
    {
        HttpResult r;
        for (int attempt = 0; attempt < 40; ++attempt) {
            r = method == "GET" ? m_http->get(path) : m_http->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
            if ((r.status == 200 && !r.document().isNull()) || r.status == 204)
                return r;
        }
        qWarning("%s %s kept failing: %d", method.constData(), qPrintable(path), r.status);
        return r;
    }

    QHash<qint64, QJsonObject> leads(const QList<qint64> &ids)
    {
        QHash<qint64, QJsonObject> out;
        for (qsizetype at = 0; at < ids.size(); at += 250) {
            QString query;
            for (const qint64 id : ids.mid(at, 250))
                query += QStringLiteral("&filter[id][]=%1").arg(id);
            const HttpResult r = reliably("GET", QStringLiteral("/api/v4/leads?limit=250") + query);
            for (const QJsonValue &v : r.json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray())
                out.insert(v[QStringLiteral("id")].toInteger(), v.toObject());
        }
        return out;
    }

    void move(const QList<qint64> &ids, Stage stage)
    {
        for (qsizetype at = 0; at < ids.size(); at += 250) {
            QJsonArray body;
            for (const qint64 id : ids.mid(at, 250))
                body.append(moveTo(id, stage));
            QCOMPARE(reliably("PATCH", QStringLiteral("/api/v4/leads"), body).status, 200);
        }
    }

    // Every stage change of a lead since `since`, oldest first: (before, after) per lead.
    QHash<qint64, QList<std::pair<Stage, Stage>>> stageChangesSince(qint64 since)
    {
        QHash<qint64, QList<std::pair<Stage, Stage>>> out;
        QList<QJsonObject> events;
        for (int page = 1;; ++page) {
            const HttpResult r = reliably("GET", QStringLiteral("/api/v4/events?limit=100&page=%1&filter[type]=lead_status_changed&filter[created_at][from]=%2")
                                                     .arg(page).arg(since));
            const QJsonArray items = r.json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray();
            for (const QJsonValue &v : items)
                events.prepend(v.toObject()); // the list is newest first
            if (items.size() < 100)
                break;
        }
        for (const QJsonObject &e : std::as_const(events)) {
            out[e[QStringLiteral("entity_id")].toInteger()].append(
                {stageIn(e[QStringLiteral("value_before")].toArray().first()), stageIn(e[QStringLiteral("value_after")].toArray().first())});
        }
        return out;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = testing::scratchEnvironment(m_home.path());
        if (SandboxProcess::tlsRequested())
            env.insert(QStringLiteral("SSL_CERT_FILE"), SandboxProcess::certificateFile());
        return env;
    }

    QString cliPath() const { return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")); }

    // Runs the command until it exits 0, as a script would after exit 5; every exit must be 0 or 5.
    void runUntilDone(const QStringList &args, int *runs)
    {
        testing::CliRun r;
        for (*runs = 1; *runs <= 15; ++*runs) {
            r = testing::runCli(environment(), args);
            QVERIFY2(r.code == 0 || r.code == 5, qPrintable(QString::number(r.code) + u' ' + r.err));
            if (r.code == 0)
                return;
        }
        QFAIL(qPrintable(QStringLiteral("still exit %1 after 15 runs: %2").arg(r.code).arg(r.err)));
    }

    // The journal's runs as `journal list --format json` gives them, newest first.
    QJsonArray journalRuns()
    {
        const testing::CliRun r = testing::runCli(environment(), {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // The folder of the account's journal (named by the account's id).
    QDir journalDir() const
    {
        const QDir all(QDir(m_home.path()).filePath(QStringLiteral("data/AmoDesk/AmoDesk/journal")));
        const QStringList accounts = all.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return QDir(all.filePath(accounts.value(0, QStringLiteral("none"))));
    }

    // The run file being written by a running CLI: how many of its changes are applied.
    int appliedInJournal(QString *runId)
    {
        const QDir dir = journalDir();
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        if (files.isEmpty())
            return 0;
        QFile f(dir.filePath(files.first()));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        *runId = files.first().chopped(5);
        int applied = 0;
        for (const QJsonValue &e : QJsonDocument::fromJson(f.readAll())[QStringLiteral("entries")].toArray())
            applied += e[QStringLiteral("status")].toString() == u"applied";
        return applied;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("60000"), QStringLiteral("--seed"), QStringLiteral("21"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--fault-rate"), QStringLiteral("0.3")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
        testing::CliRun added;
        for (int attempt = 0; attempt < 10 && added.code != 0; ++attempt) {
            added = testing::runCli(environment(), {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("main"), QStringLiteral("--base-url"),
                                                    m_sandbox.baseUrl(), QStringLiteral("--long-lived-token-stdin")},
                                    m_sandbox.token().toUtf8() + '\n');
        }
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void massStageChangeRevertedExactlyOnceThroughFaultsAndAKill()
    {
        // 2,000 leads the wrong move changes, and where each was.
        QList<qint64> ids;
        QHash<qint64, QJsonObject> before;
        for (int page = 1; ids.size() < 2000; ++page) {
            const HttpResult r = reliably("GET", QStringLiteral("/api/v4/leads?limit=250&order[id]=asc&page=%1").arg(page));
            const QJsonArray listed = r.json()[QStringLiteral("_embedded")][QStringLiteral("leads")].toArray();
            QVERIFY2(!listed.isEmpty(), qPrintable(QStringLiteral("only %1 leads to move").arg(ids.size())));
            for (const QJsonValue &v : listed) {
                if (stageOf(v.toObject()) != kWrong && ids.size() < 2000) {
                    ids << v[QStringLiteral("id")].toInteger();
                    before.insert(ids.last(), v.toObject());
                }
            }
        }

        const qint64 since = QDateTime::currentSecsSinceEpoch();
        move(ids, kWrong);
        const QList<qint64> movedSince = ids.mid(0, 25); // someone else moves these on before the revert
        move(movedSince, kElsewhere);

        const QStringList revert{QStringLiteral("events"), QStringLiteral("revert"), QStringLiteral("--type"), QStringLiteral("lead_status_changed"),
                                 QStringLiteral("--from"), QString::number(since), QStringLiteral("--value-after"),
                                 QStringLiteral("{\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":143}]}"),
                                 QStringLiteral("--apply"), QStringLiteral("--format"), QStringLiteral("json")};

        // Killed once some of its batches are confirmed.
        QString firstRun;
        {
            QProcess cli;
            cli.setProcessEnvironment(environment());
            cli.start(cliPath(), revert);
            QVERIFY(cli.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(appliedInJournal(&firstRun) >= 100 || cli.state() == QProcess::NotRunning, 120000);
            QVERIFY2(cli.state() == QProcess::Running, "the CLI finished before it could be killed");
            cli.kill();
            QVERIFY(cli.waitForFinished());
        }
        const int appliedAtKill = appliedInJournal(&firstRun);
        QVERIFY2(appliedAtKill < 2000 - movedSince.size(), qPrintable(QString::number(appliedAtKill)));

        // A lead the killed run put back is moved on by someone else: running again must not touch it.
        qint64 changedAfterKill = 0;
        {
            QFile f(journalDir().filePath(firstRun + QStringLiteral(".json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue &e : QJsonDocument::fromJson(f.readAll())[QStringLiteral("entries")].toArray()) {
                if (e[QStringLiteral("status")].toString() == u"applied") {
                    changedAfterKill = e[QStringLiteral("entity_id")].toInteger();
                    break;
                }
            }
        }
        QVERIFY(changedAfterKill > 0);
        move({changedAfterKill}, kElsewhere);

        int runs = 0;
        runUntilDone(revert, &runs);
        qInfo("reverted in %d more runs after the kill", runs);
        QVERIFY2(m_http->get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("faults")).toInt() > 20, "the sandbox injected no faults");

        const QHash<qint64, QJsonObject> now = leads(ids);
        const QSet<qint64> leftAlone{movedSince.cbegin(), movedSince.cend()};
        for (const qint64 id : std::as_const(ids)) {
            const Stage expected = leftAlone.contains(id) || id == changedAfterKill ? kElsewhere : stageOf(before.value(id));
            QVERIFY2(stageOf(now.value(id)) == expected, qPrintable(QString::number(id)));
        }
        // Exactly once: the wrong move, then either someone else's move or one revert; and the
        // lead moved on after the kill has its revert and that move, nothing after.
        const auto changes = stageChangesSince(since);
        for (const qint64 id : std::as_const(ids)) {
            const auto &list = changes.value(id);
            const Stage was = stageOf(before.value(id));
            QList<std::pair<Stage, Stage>> expected{{was, kWrong}};
            if (leftAlone.contains(id))
                expected.append({kWrong, kElsewhere});
            else
                expected.append({kWrong, was});
            if (id == changedAfterKill)
                expected.append({was, kElsewhere});
            QVERIFY2(list == expected, qPrintable(QStringLiteral("lead %1 changed stage %2 times").arg(id).arg(list.size())));
        }
        // The journal says the same: each change applied in exactly one run, the others skipped.
        int applied = 0;
        for (const QJsonValue &run : journalRuns()) {
            applied += run[QStringLiteral("applied")].toInt();
            QCOMPARE(run[QStringLiteral("pending")].toInt(), 0);
        }
        QCOMPARE(applied, 2000 - int(movedSince.size()));

        // Undone: the leads are where the mistake left them, except those moved on since.
        runUntilDone({QStringLiteral("journal"), QStringLiteral("undo"), firstRun, QStringLiteral("--apply")}, &runs);
        const QHash<qint64, QJsonObject> undone = leads(ids);
        for (const qint64 id : std::as_const(ids)) {
            const Stage expected = leftAlone.contains(id) || id == changedAfterKill ? kElsewhere : kWrong;
            QVERIFY2(stageOf(undone.value(id)) == expected, qPrintable(QString::number(id)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRevert)
#include "tst_cli_revert.moc"

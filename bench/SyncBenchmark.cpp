// The request budget at work: `amodesk-cli events list --all` of 20,000 events against the
// sandbox at 250 ms latency and the default 7 requests/s, alone and beside other processes of
// the same account, as a share of the ceiling of 7 pages x 100 events a second; and the note
// outbox writing 3,000 notes against 7 requests x 100 notes a second.
#include "Benchmark.h"
#include "services/AccountContext.h"
#include "BenchProcesses.h"

#include "EventsPane.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "services/AccountDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolButton>
#include <memory>

namespace {
constexpr int kEvents = 20000;
constexpr double kPageCeiling = 7 * 100.0;
const QStringList kListAll{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")};

QStringList accountAt250ms(const QStringList &more = {})
{
    return QStringList{QStringLiteral("--events"), QString::number(kEvents), QStringLiteral("--latency-ms"), QStringLiteral("250"),
                       QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--block-after"), QStringLiteral("3")}
        + more;
}

int eventsIn(const QByteArray &json) { return int(QJsonDocument::fromJson(json).array().size()); }

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void report(QTextStream &out, const QString &name, double perSecond, double ceiling, const char *unit, double seconds, const BenchSandbox &sandbox)
{
    const QJsonObject s = sandbox.stats();
    out << name << ".seconds = " << QString::number(seconds, 'f', 2) << " s\n";
    out << name << ".per_second = " << QString::number(perSecond, 'f', 1) << ' ' << unit << "/s\n";
    out << name << ".fraction_of_ceiling = " << QString::number(perSecond / ceiling, 'f', 3) << " ratio\n";
    out << name << ".rate_limited = " << s.value(QStringLiteral("rate_limited")).toInt() << " responses\n";
    out << name << ".blocked = " << s.value(QStringLiteral("blocked")).toInt() << " responses\n";
    out << name << ".requests = " << s.value(QStringLiteral("requests")).toInt() - 1 << " requests\n";
    out.flush();
}

// One CLI sync of the whole account, timed from its start.
int measureSync(QTextStream &out, const QString &name, const BenchSandbox &sandbox)
{
    BenchCli cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(sandbox, kListAll);
    if (!cli.finish())
        return 1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int events = eventsIn(cli.output());
    if (events != kEvents) {
        QTextStream(stderr) << "bench " << name << ": the CLI read " << events << " of " << kEvents << " events\n";
        return 1;
    }
    report(out, name, events / seconds, kPageCeiling, "events", seconds, sandbox);
    return 0;
}

// The same on a fresh sandbox, after `before` has run against it.
int timedSync(QTextStream &out, const QString &name, const QStringList &sandboxArguments, const std::function<void(const BenchSandbox &)> &before = {})
{
    BenchSandbox sandbox;
    if (!sandbox.start(accountAt250ms(sandboxArguments)))
        return 1;
    if (before)
        before(sandbox);
    return measureSync(out, name, sandbox);
}
} // namespace

int runSyncBenchmark(QTextStream &out)
{
    return timedSync(out, QStringLiteral("sync"), {});
}

int runSyncJitterBenchmark(QTextStream &out)
{
    return timedSync(out, QStringLiteral("sync-jitter"), {QStringLiteral("--arrival-jitter-ms"), QStringLiteral("100")});
}

int runSyncAfterBenchmark(QTextStream &out)
{
    // Another process of the account has just used its budget: it was reading small pages
    // as fast as it may, and is killed mid-request right before the measured sync starts.
    BenchCli other;
    return timedSync(out, QStringLiteral("sync-after"), {}, [&other](const BenchSandbox &sandbox) {
        other.start(sandbox, {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("10"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        wait(1500);
        other.kill();
    });
}

int runSyncPairBenchmark(QTextStream &out)
{
    BenchSandbox sandbox;
    if (!sandbox.start(accountAt250ms()))
        return 1;
    BenchCli first, second;
    QElapsedTimer timer;
    timer.start();
    first.start(sandbox, kListAll);
    second.start(sandbox, kListAll);
    if (!first.finish() || !second.finish())
        return 1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int events = eventsIn(first.output()) + eventsIn(second.output());
    if (events != 2 * kEvents) {
        QTextStream(stderr) << "bench sync-pair: the CLIs read " << events << " of " << 2 * kEvents << " events\n";
        return 1;
    }
    report(out, QStringLiteral("sync-pair"), events / seconds, kPageCeiling, "events", seconds, sandbox);
    return 0;
}

int runSyncAppBenchmark(QTextStream &out)
{
    // The app's events pane, open on the account and following it at its briskest (every 5 s),
    // while a CLI sync of the same account runs.
    QStandardPaths::setTestModeEnabled(true);
    BenchSandbox sandbox;
    if (!sandbox.start(accountAt250ms()))
        return 1;
    amodesk::FixedToken token(QString::fromLatin1(sandbox.token()));
    amodesk::ApiClient api(QUrl(sandbox.baseUrl()), &token);
    amodesk::AccountDirectory directory(&api);
    amodesk::AccountContext account(&api, &directory, sandbox.baseUrl(), QStringLiteral("bench-app-%1").arg(QCoreApplication::applicationPid()));
    amodesk::EventsPane pane;
    pane.setAccount(&account);
    // Opened: the newest pages, their notes' texts and the account's names are in once the
    // account has heard nothing from the pane for two seconds.
    int openedWith = -1;
    for (int i = 0; i < 30; ++i) {
        wait(2000);
        const int now = sandbox.stats().value(QStringLiteral("requests")).toInt();
        if (now == openedWith)
            break;
        openedWith = now;
    }
    pane.findChild<QSpinBox *>()->setValue(5);
    for (QToolButton *b : pane.findChildren<QToolButton *>()) {
        if (b->isCheckable() && b->text() == amodesk::EventsPane::tr("Follow"))
            b->setChecked(true);
    }
    out << "sync-app.app_requests_before = " << openedWith << " requests\n";
    return measureSync(out, QStringLiteral("sync-app"), sandbox);
}

int runNotesWriteBenchmark(QTextStream &out)
{
    constexpr int kNotes = 3000;
    constexpr int kBatch = 100;
    BenchSandbox sandbox;
    if (!sandbox.start({QStringLiteral("--events"), QStringLiteral("1000"), QStringLiteral("--latency-ms"), QStringLiteral("250"),
                        QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--block-after"), QStringLiteral("3")}))
        return 1;
    QJsonArray notes;
    for (int i = 0; i < kNotes; ++i)
        notes.append(QJsonObject{{QStringLiteral("entity_id"), 26000001 + i % 30}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("bench note %1").arg(i)}}}});
    QTemporaryFile file;
    if (!file.open())
        return 1;
    file.write(QJsonDocument(notes).toJson(QJsonDocument::Compact));
    file.flush();
    BenchCli cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(sandbox, {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("leads"), QStringLiteral("--json"), file.fileName(),
                        QStringLiteral("--batch-size"), QString::number(kBatch)});
    if (!cli.finish())
        return 1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    report(out, QStringLiteral("notes-write"), kNotes / seconds, 7.0 * kBatch, "notes", seconds, sandbox);
    return 0;
}

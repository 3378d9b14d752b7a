#include "JournalRuns.h"

#include "CliContext.h"
#include "WaitFor.h"

#include "describe/ChangeText.h"

#include "revert/RevertRunner.h"
#include "revert/RunResumer.h"
#include "services/EntityReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
QString entityText(const RevertChange &c)
{
    return c.entityName.isEmpty() ? QStringLiteral("%1 %2").arg(c.entityType).arg(c.entityId)
                                  : QStringLiteral("%1 %2 «%3»").arg(c.entityType).arg(c.entityId).arg(c.entityName);
}

} // namespace

void addPlanFormatOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"), Tr::tr("table or json."), Tr::tr("FORMAT"), QStringLiteral("table")});
}

bool readPlanFormat(CliContext &cli, const QCommandLineParser &p, Format &format)
{
    if (parseFormat(p.value(QStringLiteral("format")), format) && format != Format::Csv)
        return true;
    cli.usage(Tr::tr("--format must be table or json"));
    return false;
}

// The entities as they are now, all pages at once; on failure prints why and sets *code.
bool readCurrent(CliContext &cli, const QHash<QString, QList<qint64>> &wanted, CurrentEntities &current, int *code, bool withLinks)
{
    EntityReader reader(cli.api());
    const ApiError error = waitForFinished(reader, [&] { reader.start(wanted, withLinks); });
    if (error.isError()) {
        *code = cli.fail(error);
        return false;
    }
    current = reader.entities();
    return true;
}

void printPlan(CliContext &cli, Format format, const QList<RevertChange> &plan, const AccountDirectory *names)
{
    const ChangeText text(names);
    Output output(cli.out, format, {Tr::tr("entity"), Tr::tr("field"), Tr::tr("restore"), Tr::tr("now"), Tr::tr("state"), Tr::tr("why")});
    for (const RevertChange &c : plan) {
        const bool shown = c.state != RevertChange::State::Unsupported;
        output.add({entityText(c), text.field(c), shown ? text.value(c, c.restore) : QString(), shown ? text.value(c, c.current) : QString(),
                    RevertChange::stateName(c.state), c.reason},
                   c.toJson());
    }
    output.finish();
}

void printRun(CliContext &cli, Format format, const RevertJournal::Run &run, const AccountDirectory *names)
{
    const ChangeText text(names);
    Output output(cli.out, format, {Tr::tr("entity"), Tr::tr("field"), Tr::tr("restore"), Tr::tr("status"), Tr::tr("why")});
    for (const RevertJournal::Entry &e : run.entries) {
        QJsonObject raw = e.change.toJson();
        raw.insert(QStringLiteral("status"), RevertJournal::statusName(e.status));
        if (!e.error.isEmpty())
            raw.insert(QStringLiteral("error"), e.error);
        const QString why = e.error.isEmpty() ? e.change.reason : e.error;
        const bool shown = e.change.state != RevertChange::State::Unsupported;
        output.add({entityText(e.change), text.field(e.change), shown ? text.value(e.change, e.change.restore) : QString(),
                    RevertJournal::statusName(e.status), why},
                   raw);
    }
    output.finish();
}

namespace {
void printProgress(CliContext &cli, int done, int total)
{
    cli.err << '\r' << Tr::tr("%1 of %2 changes answered").arg(done).arg(total) << Qt::flush;
}

// Prints "done of total" on one line as the source answers.
template <class Source>
void showProgress(CliContext &cli, Source *source)
{
    if (cli.progressWanted())
        QObject::connect(source, &Source::progress, source, [&cli](int done, int total) { printProgress(cli, done, total); });
}

// Says how the run ended. Exit 0 when every change sent is confirmed, 5 when some are not (run
// again: only what is left is sent), 4 when the server refused some.
int reportRun(CliContext &cli, const QString &runId, const RevertRunner::Outcome &outcome)
{
    cli.err << Tr::tr("Run %1: %2 applied, %3 refused by the server, %4 not confirmed")
                   .arg(runId).arg(outcome.applied).arg(outcome.failed).arg(outcome.unconfirmed)
            << '\n';
    if (!outcome.journalError.isEmpty()) {
        cli.err << "amodesk-cli: " << outcome.journalError << '\n';
        return NetworkFailed;
    }
    if (outcome.unconfirmed > 0) {
        cli.err << Tr::tr("Some changes were not confirmed; run the same command again to send only what is left.") << '\n';
        return NetworkFailed;
    }
    return outcome.failed > 0 ? ApiFailed : Ok;
}
} // namespace

// Sends what is pending in a new run, then prints the run's report; exits as reportRun says.
static int applyRun(CliContext &cli, RevertJournal &journal, const QString &runId, Format report, const AccountDirectory *names)
{
    RevertRunner runner(cli.api(), &journal);
    RevertRunner::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &RevertRunner::finished, &loop, [&](const RevertRunner::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    showProgress(cli, &runner);
    runner.start(runId);
    loop.exec();
    if (cli.progressWanted())
        cli.err << '\n';
    if (const auto run = journal.run(runId))
        printRun(cli, report, *run, names);
    return reportRun(cli, runId, outcome);
}

int journalUnwritable(CliContext &cli, const QString &runId)
{
    cli.err << "amodesk-cli: " << RevertRunner::tr("the journal of run %1 cannot be written").arg(runId) << '\n';
    return NetworkFailed;
}

// Finishes runs as the app does (RunResumer): what is pending of each is read again from its
// entities and settled, and only the rest is sent. Stops after a run not fully answered, and
// exits as the last run reported says.
static int resumeRuns(CliContext &cli, RevertJournal &journal, const QStringList &runIds, bool announce)
{
    RunResumer resumer(cli.api(), &journal);
    int code = Ok;
    bool reported = false;
    if (announce) {
        QObject::connect(&resumer, &RunResumer::runStarted, &resumer, [&cli](const QString &runId) {
            cli.err << Tr::tr("Resuming run %1, which was cut off").arg(runId) << '\n';
        });
    }
    showProgress(cli, &resumer);
    QObject::connect(&resumer, &RunResumer::runEnded, &resumer, [&](const QString &runId, const RevertRunner::Outcome &outcome) {
        if (cli.progressWanted())
            cli.err << '\n';
        code = reportRun(cli, runId, outcome);
        reported = !outcome.journalError.isEmpty();
        if (code == NetworkFailed)
            resumer.cancel();
    });
    const ApiError error = waitForFinished(resumer, [&] { resumer.start(runIds); });
    if (error.isError())
        return cli.fail(error);
    if (!reported && !resumer.outcome().journalError.isEmpty()) { // while settling, before any sending
        cli.err << "amodesk-cli: " << resumer.outcome().journalError << '\n';
        return NetworkFailed;
    }
    return code;
}

int finishRun(CliContext &cli, RevertJournal &journal, const QString &runId)
{
    return resumeRuns(cli, journal, {runId}, false);
}

// Refusals of runs resumed on the way to another command do not stop it; what is unanswered does.
int resumeUnfinished(CliContext &cli, RevertJournal &journal)
{
    QStringList runIds;
    for (const RevertJournal::Run &run : journal.unfinishedRuns())
        runIds << run.id;
    const int code = runIds.isEmpty() ? Ok : resumeRuns(cli, journal, runIds, true);
    return code == ApiFailed ? Ok : code;
}

// Prints the plan, or writes it to the journal and applies it.
int planOrApply(CliContext &cli, const QList<RevertChange> &plan, const RunMode &mode, const QString &kind, const QString &undoes)
{
    if (mode.dryRun) {
        printPlan(cli, mode.format, plan, mode.names);
        return Ok;
    }
    const bool conflictsToo = mode.includeConflicts;
    QList<int> toSend;
    for (int i = 0; i < plan.size(); ++i) {
        const RevertChange::State s = plan.at(i).state;
        if (s == RevertChange::State::Ready || (conflictsToo && s == RevertChange::State::Conflict))
            toSend.append(i);
    }
    RevertJournal journal(cli.accountKey());
    QString error;
    const QString runId = journal.begin(kind, undoes, plan, toSend, &error);
    if (runId.isEmpty())
        return cli.reject({{QStringLiteral("journal"), error}});
    return applyRun(cli, journal, runId, mode.format, mode.names);
}

} // namespace amodesk::cli

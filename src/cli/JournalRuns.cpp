#include "JournalRuns.h"

#include "CliContext.h"
#include "WaitFor.h"

#include "describe/ChangeText.h"

#include "revert/RevertRunner.h"
#include "services/EntityReader.h"

#include <optional>

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

// Sends what is pending in the run, then prints the run's report. Exit 0 when every change sent
// is confirmed, 5 when some are not (run again: only what is left is sent), 4 when the server
// refused some.
static int applyRun(CliContext &cli, RevertJournal &journal, const QString &runId, std::optional<Format> report, const AccountDirectory *names)
{
    RevertRunner runner(cli.api(), &journal);
    RevertRunner::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &RevertRunner::finished, &loop, [&](const RevertRunner::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    if (cli.progressWanted()) {
        QObject::connect(&runner, &RevertRunner::progress, &loop, [&cli](int done, int total) {
            cli.err << '\r' << Tr::tr("%1 of %2 changes answered").arg(done).arg(total) << Qt::flush;
        });
    }
    runner.start(runId);
    loop.exec();
    if (cli.progressWanted())
        cli.err << '\n';
    if (const auto run = journal.run(runId); run && report)
        printRun(cli, *report, *run, names);
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

int journalUnwritable(CliContext &cli, const QString &runId)
{
    cli.err << "amodesk-cli: " << RevertRunner::tr("the journal of run %1 cannot be written").arg(runId) << '\n';
    return NetworkFailed;
}

// Reads the run's pending changes again from their entities and settles them; on failure prints
// why and sets *code.
static bool settleRun(CliContext &cli, RevertJournal &journal, const QString &runId, int *code)
{
    const auto run = journal.run(runId);
    CurrentEntities current;
    if (!run)
        return true; // nothing of it to settle, or send
    const QList<RevertChange> pending = run->changes(RevertJournal::Status::Pending);
    if (!readCurrent(cli, entitiesOf(pending), current, code, changesLinks(pending)))
        return false;
    if (!journal.settlePending(runId, current)) {
        *code = journalUnwritable(cli, runId);
        return false;
    }
    return true;
}

int finishRun(CliContext &cli, RevertJournal &journal, const QString &runId)
{
    int code = Ok;
    return settleRun(cli, journal, runId, &code) ? applyRun(cli, journal, runId, std::nullopt, nullptr) : code;
}

int resumeUnfinished(CliContext &cli, RevertJournal &journal)
{
    for (const RevertJournal::Run &run : journal.unfinishedRuns()) {
        cli.err << Tr::tr("Resuming run %1, which was cut off").arg(run.id) << '\n';
        int code = Ok;
        if (!settleRun(cli, journal, run.id, &code))
            return code;
        if ((code = applyRun(cli, journal, run.id, std::nullopt, nullptr)) == NetworkFailed)
            return code;
    }
    return Ok;
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

#include "CliContext.h"
#include "Commands.h"
#include "EventFilterOptions.h"
#include "ListRunner.h"
#include "Output.h"
#include "WaitFor.h"

#include "api/ApiClient.h"
#include "domain/Entity.h"
#include "domain/Event.h"
#include "domain/TimeText.h"
#include "revert/PlanChecks.h"
#include "revert/RevertJournal.h"
#include "revert/RevertPlan.h"
#include "revert/RevertRunner.h"
#include "services/ApiEndpoints.h"
#include "services/AccountDirectory.h"
#include "services/EntityReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument();
    return doc.isNull() ? v.toVariant().toString() : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString entityText(const RevertChange &c)
{
    return c.entityName.isEmpty() ? QStringLiteral("%1 %2").arg(c.entityType).arg(c.entityId)
                                  : QStringLiteral("%1 %2 «%3»").arg(c.entityType).arg(c.entityId).arg(c.entityName);
}

// The entities as they are now, all pages at once; on failure prints why and sets *code.
bool readCurrent(CliContext &cli, const QHash<QString, QList<qint64>> &wanted, CurrentEntities &current, int *code)
{
    EntityReader reader(cli.api());
    const ApiError error = waitForFinished(reader, [&] { reader.start(wanted); });
    if (error.isError()) {
        *code = cli.fail(error);
        return false;
    }
    current = reader.entities();
    return true;
}

void printPlan(CliContext &cli, Format format, const QList<RevertChange> &plan)
{
    Output output(cli.out, format, {Tr::tr("entity"), Tr::tr("field"), Tr::tr("restore"), Tr::tr("now"), Tr::tr("state"), Tr::tr("why")});
    for (const RevertChange &c : plan)
        output.add({entityText(c), c.field, compact(c.restore), compact(c.current), RevertChange::stateName(c.state), c.reason}, c.toJson());
    output.finish();
}

void printRun(CliContext &cli, Format format, const RevertJournal::Run &run)
{
    Output output(cli.out, format, {Tr::tr("entity"), Tr::tr("field"), Tr::tr("restore"), Tr::tr("status"), Tr::tr("why")});
    for (const RevertJournal::Entry &e : run.entries) {
        QJsonObject raw = e.change.toJson();
        raw.insert(QStringLiteral("status"), RevertJournal::statusName(e.status));
        if (!e.error.isEmpty())
            raw.insert(QStringLiteral("error"), e.error);
        const QString why = e.error.isEmpty() ? e.change.reason : e.error;
        output.add({entityText(e.change), e.change.field, compact(e.change.restore), RevertJournal::statusName(e.status), why}, raw);
    }
    output.finish();
}

// Sends what is pending in the run, then prints the run's report. Exit 0 when every change sent
// is confirmed, 5 when some are not (run again: only what is left is sent), 4 when the server
// refused some.
int applyRun(CliContext &cli, RevertJournal &journal, const QString &runId, std::optional<Format> report)
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
        printRun(cli, *report, *run);
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

// Runs an earlier invocation left with changes pending (killed, or answers lost): each is read
// again against its entity, marked applied when it arrived, skipped when someone changed the
// value since, and sent again otherwise. Ok, or the exit code of what could not be finished.
int resumeUnfinished(CliContext &cli, RevertJournal &journal)
{
    for (const RevertJournal::Run &run : journal.unfinishedRuns()) {
        cli.err << Tr::tr("Resuming run %1, which was cut off").arg(run.id) << '\n';
        CurrentEntities current;
        int code = Ok;
        if (!readCurrent(cli, RevertJournal::pendingEntities(run), current, &code))
            return code;
        if (!journal.settlePending(run.id, current)) {
            cli.err << "amodesk-cli: " << RevertRunner::tr("the journal of run %1 cannot be written").arg(run.id) << '\n';
            return NetworkFailed;
        }
        if ((code = applyRun(cli, journal, run.id, std::nullopt)) == NetworkFailed)
            return code;
    }
    return Ok;
}

// Prints the plan, or writes it to the journal and applies it.
int planOrApply(CliContext &cli, const QList<RevertChange> &plan, const QCommandLineParser &p, Format format, const QString &kind,
                const QString &undoes)
{
    if (p.isSet(QStringLiteral("dry-run"))) {
        printPlan(cli, format, plan);
        return Ok;
    }
    const bool conflictsToo = p.isSet(QStringLiteral("include-conflicts"));
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
    return applyRun(cli, journal, runId, format);
}

void addModeOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Print the plan: for every entity and field, the value to restore, the value now and the change's state. Nothing is sent.")});
    p.addOption({QStringLiteral("apply"), Tr::tr("Apply the ready changes through the account's journal, and print what became of each.")});
    p.addOption({QStringLiteral("include-conflicts"), Tr::tr("With --apply: also change entities someone changed since.")});
    p.addOption({QStringLiteral("format"), Tr::tr("table or json."), Tr::tr("FORMAT"), QStringLiteral("table")});
}

// 0 when the options agree; otherwise the usage exit code, printed.
int checkMode(CliContext &cli, const QCommandLineParser &p, Format &format)
{
    if (p.isSet(QStringLiteral("dry-run")) == p.isSet(QStringLiteral("apply")))
        return cli.usage(Tr::tr("give either --dry-run or --apply"));
    if (p.isSet(QStringLiteral("include-conflicts")) && !p.isSet(QStringLiteral("apply")))
        return cli.usage(Tr::tr("--include-conflicts goes with --apply"));
    if (!parseFormat(p.value(QStringLiteral("format")), format) || format == Format::Csv)
        return cli.usage(Tr::tr("--format must be table or json"));
    return Ok;
}

int listRuns(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addOption({QStringLiteral("format"), Tr::tr("table or json."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 0, 0))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format) || format == Format::Csv)
        return cli.usage(Tr::tr("--format must be table or json"));
    if (!cli.chooseAccount(p))
        return cli.exitCode();
    Output output(cli.out, format, {Tr::tr("run"), Tr::tr("kind"), Tr::tr("time"), Tr::tr("applied"), Tr::tr("refused"), Tr::tr("pending"), Tr::tr("skipped")});
    using S = RevertJournal::Status;
    for (const RevertJournal::Run &r : RevertJournal(cli.accountKey()).runs()) {
        const QJsonObject raw{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("undoes"), r.undoes},
                              {QStringLiteral("created_at"), r.createdAt}, {QStringLiteral("applied"), r.count(S::Applied)},
                              {QStringLiteral("failed"), r.count(S::Failed)}, {QStringLiteral("pending"), r.count(S::Pending)},
                              {QStringLiteral("skipped"), r.count(S::Skipped)}};
        const QString kind = r.undoes.isEmpty() ? r.kind : QStringLiteral("%1 %2").arg(r.kind, r.undoes);
        output.add({r.id, kind, shortTime(r.createdAt), QString::number(r.count(S::Applied)), QString::number(r.count(S::Failed)),
                    QString::number(r.count(S::Pending)), QString::number(r.count(S::Skipped))},
                   raw);
    }
    output.finish();
    return Ok;
}

int showOrUndo(CliContext &cli, bool undo)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("RUN"), Tr::tr("The run, as journal list names it."));
    if (undo)
        addModeOptions(p);
    else
        p.addOption({QStringLiteral("format"), Tr::tr("table or json."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 1, 1))
        return Usage;
    Format format = Format::Table;
    if (undo) {
        if (const int code = checkMode(cli, p, format))
            return code;
    } else if (!parseFormat(p.value(QStringLiteral("format")), format) || format == Format::Csv) {
        return cli.usage(Tr::tr("--format must be table or json"));
    }
    if (!(undo ? cli.open(p) != nullptr : cli.chooseAccount(p)))
        return cli.exitCode();
    const QString runId = p.positionalArguments().first();
    RevertJournal journal(cli.accountKey());
    if (!journal.run(runId))
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("there is no run %1 in this account's journal").arg(runId)}});
    // What the run applied is known only once no answer of it is outstanding.
    if (undo && p.isSet(QStringLiteral("apply"))) {
        if (const int code = resumeUnfinished(cli, journal))
            return code;
    }
    const auto run = journal.run(runId);
    if (!run)
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("there is no run %1 in this account's journal").arg(runId)}});
    if (!undo) {
        printRun(cli, format, *run);
        return Ok;
    }
    QList<RevertChange> applied;
    for (const RevertJournal::Entry &e : run->entries) {
        if (e.status == RevertJournal::Status::Applied)
            applied.append(e.change);
    }
    if (applied.isEmpty())
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("run %1 applied nothing to undo").arg(runId)}});
    QHash<QString, QList<qint64>> wanted;
    for (const RevertChange &c : std::as_const(applied)) {
        if (!wanted[c.entityType].contains(c.entityId))
            wanted[c.entityType].append(c.entityId);
    }
    CurrentEntities current;
    int code = Ok;
    if (!readCurrent(cli, wanted, current, &code))
        return code;
    QList<RevertChange> plan = undoPlan(applied, current);
    AccountDirectory directory(cli.api());
    cli.loadDirectory(directory);
    checkAgainstAccount(plan, directory);
    return planOrApply(cli, plan, p, format, QStringLiteral("undo"), runId);
}
} // namespace

int revertEvents(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    addFilterOptions(p);
    addModeOptions(p);
    if (!cli.parse(p, 0, 0))
        return Usage;
    Format format;
    if (const int code = checkMode(cli, p, format))
        return code;
    ValidationIssues issues;
    const EventFilter f = readFilter(p, issues);
    for (const ValidationIssue &i : f.validate())
        issues.append({i.field, i.message});
    if (!issues.isEmpty())
        return cli.reject(issues);
    if (!cli.open(p))
        return cli.exitCode();

    QList<Event> events;
    const int listed = runPages(cli, EventsApi::listPath(), f.toQuery().encode(), QStringLiteral("events"), EventFilter::kMaxLimit, 1, true,
                                [&](const QJsonArray &items) {
                                    for (const QJsonValue &v : items)
                                        events.append(Event::fromJson(v.toObject()));
                                }, &Event::problemIn);
    if (listed != Ok)
        return listed;
    if (p.isSet(QStringLiteral("apply"))) {
        RevertJournal journal(cli.accountKey());
        if (const int code = resumeUnfinished(cli, journal))
            return code;
    }
    CurrentEntities current;
    int code = Ok;
    if (!readCurrent(cli, entitiesToRead(events), current, &code))
        return code;
    QList<RevertChange> plan = planRevert(events, current);
    AccountDirectory directory(cli.api());
    cli.loadDirectory(directory);
    checkAgainstAccount(plan, directory);
    return planOrApply(cli, plan, p, format, QStringLiteral("revert"), {});
}

int journalCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return listRuns(cli);
    if (verb == u"show")
        return showOrUndo(cli, false);
    if (verb == u"undo")
        return showOrUndo(cli, true);
    return cli.usage(Tr::tr("journal commands: list, show, undo"));
}

} // namespace amodesk::cli

#include "CliContext.h"
#include "Commands.h"
#include "EventFilterOptions.h"
#include "JournalRuns.h"
#include "ListRunner.h"
#include "Output.h"

#include "domain/Event.h"
#include "domain/TimeText.h"
#include "revert/PlanChecks.h"
#include "revert/RevertJournal.h"
#include "revert/RevertPlan.h"
#include "services/ApiEndpoints.h"
#include "services/AccountDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };


RunMode modeOf(const QCommandLineParser &p, Format format)
{
    return {p.isSet(QStringLiteral("dry-run")), p.isSet(QStringLiteral("include-conflicts")), format};
}

// The plan checked against the account's names (and printed in them), then printed or applied.
int checkedRun(CliContext &cli, QList<RevertChange> plan, RunMode mode, const QString &kind, const QString &undoes)
{
    AccountDirectory directory(cli.api());
    cli.loadDirectory(directory);
    checkAgainstAccount(plan, directory);
    mode.names = &directory;
    return planOrApply(cli, plan, mode, kind, undoes);
}

void addModeOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Print the plan: for every entity and field, the value to restore, the value now and the change's state. Nothing is sent.")});
    p.addOption({QStringLiteral("apply"), Tr::tr("Apply the ready changes through the account's journal, and print what became of each.")});
    p.addOption({QStringLiteral("include-conflicts"), Tr::tr("With --apply: also change entities someone changed since.")});
    addPlanFormatOption(p);
}

// 0 when the options agree; otherwise the usage exit code, printed.
int checkMode(CliContext &cli, const QCommandLineParser &p, Format &format)
{
    if (p.isSet(QStringLiteral("dry-run")) == p.isSet(QStringLiteral("apply")))
        return cli.usage(Tr::tr("give either --dry-run or --apply"));
    if (p.isSet(QStringLiteral("include-conflicts")) && !p.isSet(QStringLiteral("apply")))
        return cli.usage(Tr::tr("--include-conflicts goes with --apply"));
    if (!readPlanFormat(cli, p, format))
        return Usage;
    return Ok;
}

int listRuns(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    addPlanFormatOption(p);
    if (!cli.parse(p, 0, 0))
        return Usage;
    Format format;
    if (!readPlanFormat(cli, p, format))
        return Usage;
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
        addPlanFormatOption(p);
    if (!cli.parse(p, 1, 1))
        return Usage;
    Format format = Format::Table;
    if (undo) {
        if (const int code = checkMode(cli, p, format))
            return code;
    } else if (!readPlanFormat(cli, p, format)) {
        return Usage;
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
        printRun(cli, format, *run, nullptr); // offline: values by their ids
        return Ok;
    }
    const QList<RevertChange> applied = run->changes(RevertJournal::Status::Applied);
    if (applied.isEmpty())
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("run %1 applied nothing to undo").arg(runId)}});
    CurrentEntities current;
    int code = Ok;
    if (!readCurrent(cli, entitiesOf(applied), current, &code, changesLinks(applied)))
        return code;
    return checkedRun(cli, undoPlan(applied, current), modeOf(p, format), QStringLiteral("undo"), runId);
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
    if (!readCurrent(cli, entitiesToRead(events), current, &code, changesLinks(events)))
        return code;
    return checkedRun(cli, planRevert(events, current), modeOf(p, format), QStringLiteral("revert"), {});
}

// journal retry RUN sends the run's refused changes again (each read again from its entity
// first); journal discard RUN gives them up.
static int retryOrDiscard(CliContext &cli, bool retry)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("RUN"), Tr::tr("The run, as journal list names it."));
    if (!cli.parse(p, 1, 1))
        return Usage;
    if (!(retry ? cli.open(p) != nullptr : cli.chooseAccount(p)))
        return cli.exitCode();
    const QString runId = p.positionalArguments().first();
    RevertJournal journal(cli.accountKey());
    const auto run = journal.run(runId);
    if (!run)
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("there is no run %1 in this account's journal").arg(runId)}});
    if (run->count(RevertJournal::Status::Failed) == 0 && (!retry || run->count(RevertJournal::Status::Pending) == 0))
        return cli.reject({{QStringLiteral("RUN"), Tr::tr("run %1 has no refused change").arg(runId)}});
    if (retry) {
        if (!journal.remark(runId, RevertJournal::Status::Failed, RevertJournal::Status::Pending))
            return journalUnwritable(cli, runId);
        return finishRun(cli, journal, runId);
    }
    const int given = journal.giveUpRefused(runId);
    if (given < 0)
        return journalUnwritable(cli, runId);
    cli.err << Tr::tr("Run %1: %n refused change(s) given up", nullptr, given).arg(runId) << '\n';
    return Ok;
}

int journalCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return listRuns(cli);
    if (verb == u"show")
        return showOrUndo(cli, false);
    if (verb == u"undo")
        return showOrUndo(cli, true);
    if (verb == u"retry" || verb == u"discard")
        return retryOrDiscard(cli, verb == u"retry");
    return cli.usage(Tr::tr("journal commands: list, show, undo, retry, discard"));
}

} // namespace amodesk::cli

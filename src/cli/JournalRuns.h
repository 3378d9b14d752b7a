#pragma once

#include "Output.h"
#include "revert/RevertJournal.h"

#include <QCommandLineParser>

namespace amodesk {
class AccountDirectory;
}

namespace amodesk::cli {

class CliContext;

// How a planned run goes: printed only, or applied (with the conflicts too, when asked), and
// the format of what is printed.
struct RunMode {
    bool dryRun = false;
    bool includeConflicts = false;
    Format format = Format::Table;
    const AccountDirectory *names = nullptr; // to print values in names; ids without
};

// --format table|json, for plans and runs (CSV has no room for their values).
void addPlanFormatOption(QCommandLineParser &p);
// The format asked for; otherwise prints why and gives false.
bool readPlanFormat(CliContext &cli, const QCommandLineParser &p, Format &format);

// The entities as they are now, all pages at once; on failure prints why and sets *code.
bool readCurrent(CliContext &cli, const QHash<QString, QList<qint64>> &wanted, CurrentEntities &current, int *code, bool withLinks = false);
void printPlan(CliContext &cli, Format format, const QList<RevertChange> &plan, const AccountDirectory *names);
void printRun(CliContext &cli, Format format, const RevertJournal::Run &run, const AccountDirectory *names); // what became of each change
// Runs an earlier invocation left with changes pending (killed, or answers lost): each is read
// again against its entity, marked applied when it arrived, skipped when someone changed the
// value since, and sent again otherwise. Ok, or the exit code of what could not be finished.
int resumeUnfinished(CliContext &cli, RevertJournal &journal);
// Reads the run's pending changes again from their entities, settles them, and sends what is left:
// exit 0 when every change sent is confirmed, 4 when the server refused some, 5 when some are not.
int finishRun(CliContext &cli, RevertJournal &journal, const QString &runId);
// Says that the journal of the run cannot be written; the exit code to end with.
int journalUnwritable(CliContext &cli, const QString &runId);
// Prints the plan, or writes it to the account's journal as a run of this kind and applies it:
// exit 0 when every change sent is confirmed, 5 when some are not, 4 when the server refused some.
int planOrApply(CliContext &cli, const QList<RevertChange> &plan, const RunMode &mode, const QString &kind, const QString &undoes);

} // namespace amodesk::cli

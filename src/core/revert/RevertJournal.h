#pragma once

#include "RevertPlan.h"

#include <optional>

namespace amodesk {

// The account's persistent journal of reverts and bulk changes: every run is written, with all
// its changes, before anything is sent, and each change is marked as the server confirms or
// refuses it. A run can be shown, resumed (what is still pending), and undone.
class RevertJournal
{
public:
    enum class Status { Pending, Applied, Failed, Skipped };
    struct Entry {
        RevertChange change;
        Status status = Status::Pending;
        QString error; // the server's reason of a failure, or why the last attempt was not confirmed
    };
    struct Run {
        QString id;
        QString kind;   // revert, undo
        QString undoes; // the run an undo reverses
        qint64 createdAt = 0;
        QList<Entry> entries;
        int count(Status status) const;
        QList<RevertChange> changes(Status status) const;
    };

    explicit RevertJournal(const QString &accountId);
    ~RevertJournal(); // writes deferred marks
    static QString dirFor(const QString &accountId);

    // Writes a new run of these changes: the ones to send pending, the rest skipped. Empty on failure (*error says why).
    QString begin(const QString &kind, const QString &undoes, const QList<RevertChange> &changes,
                  const QList<int> &toSend, QString *error);
    // Marks entries of a run; false when the journal cannot be written. Deferred, the mark is
    // written by the next flush() or mark(): an answer whose mark was lost in a crash is read
    // again from its entity when the run resumes, so it is never sent twice blindly.
    enum class Write { Now, Deferred };
    bool mark(const QString &runId, const QList<int> &entries, Status status, const QString &error = {}, Write when = Write::Now);
    bool flush(); // writes deferred marks; false when the journal cannot be written
    std::optional<Run> run(const QString &runId) const;
    QList<Run> runs() const; // newest first
    QList<Run> unfinishedRuns() const; // runs with pending changes, oldest first

    // Reads a cut-off run's pending changes again against the entities as they are now: those the
    // entity holds are marked applied, those changed since are skipped with the reason; the rest
    // stay pending, to be sent. False when the journal cannot be written.
    bool settlePending(const QString &runId, const CurrentEntities &current);
    // Every entry of a run in status `from` goes to `to`, with this reason (none clears it): refused
    // changes sent again (pending) or given up (skipped). False when the journal cannot be written.
    bool remark(const QString &runId, Status from, Status to, const QString &reason = {});
    // The run's refused changes are given up: skipped, the server's reason kept in theirs. How
    // many, or -1 when the journal cannot be written.
    int giveUpRefused(const QString &runId);

    static QString statusName(Status status); // pending, applied, failed, skipped

private:
    QString fileOf(const QString &runId) const;
    bool write(const Run &run, QString *error) const;

    QString m_dir;
    mutable std::optional<Run> m_open; // the run being marked, so a batch's marks are one write each
    bool m_unwritten = false;          // m_open has marks not yet written
};

} // namespace amodesk

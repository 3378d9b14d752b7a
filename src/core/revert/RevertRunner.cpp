#include "RevertRunner.h"

#include "api/ApiClient.h"
#include "services/ApiEndpoints.h"

#include <QTimer>

namespace amodesk {

RevertRunner::RevertRunner(ApiClient *api, RevertJournal *journal, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal)
{
}

void RevertRunner::start(const QString &runId, int batchSize)
{
    m_runId = runId;
    m_outcome = {};
    m_done = m_total = 0;
    m_finished = false;
    const auto run = m_journal->run(runId);
    QList<RevertChange> pending;
    QList<int> entryOf; // index in pending -> entry of the run
    if (run) {
        for (int i = 0; i < run->entries.size(); ++i) {
            if (run->entries.at(i).status == RevertJournal::Status::Pending) {
                RevertChange c = run->entries.at(i).change;
                c.state = RevertChange::State::Ready; // chosen to be sent when the run began
                pending.append(c);
                entryOf.append(i);
            }
        }
    }
    for (const RevertBatch &batch : revertBatches(pending, batchSize)) {
        QList<int> entries;
        for (const int i : batch.changes)
            entries.append(entryOf.at(i));
        m_total += int(entries.size());
        ApiReply *reply = m_api->send(EntitiesApi::update(batch.entityType, batch.body));
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, entries] { answered(reply, entries); });
    }
    if (m_replies.isEmpty())
        QTimer::singleShot(0, this, &RevertRunner::finishIfDone);
}

void RevertRunner::cancel()
{
    const QList<QPointer<ApiReply>> replies = m_replies; // an abort answers at once, and leaves the list
    for (const QPointer<ApiReply> &r : replies) {
        if (r && !r->isFinished())
            r->abort();
    }
}

void RevertRunner::answered(ApiReply *reply, const QList<int> &entries)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const ApiResult &r = reply->result();
    using Kind = ApiError::Kind;
    const Kind kind = r.error.kind;
    bool written = true;
    if (r.ok()) {
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Applied);
        m_outcome.applied += int(entries.size());
    } else if (!r.error.maybeCommitted && (kind == Kind::Validation || kind == Kind::TooMany || kind == Kind::NotFound
                                           || kind == Kind::Forbidden || kind == Kind::PaymentRequired || kind == Kind::Rejected)) {
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Failed, r.error.message());
        m_outcome.failed += int(entries.size());
    } else {
        // No answer, or one that does not say: it may have been applied. The entries stay
        // pending; sent again, they set what they set once.
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Pending, r.error.message());
        m_outcome.unconfirmed += int(entries.size());
    }
    if (!written && m_outcome.journalError.isEmpty()) {
        m_outcome.journalError = tr("the journal of run %1 cannot be written").arg(m_runId);
        cancel();
    }
    m_done += int(entries.size());
    Q_EMIT progress(m_done, m_total);
    finishIfDone();
}

void RevertRunner::finishIfDone()
{
    if (m_finished || !m_replies.isEmpty())
        return;
    m_finished = true;
    Q_EMIT finished(m_outcome);
}

} // namespace amodesk

#include "RevertRunner.h"
#include "RevertBatches.h"

#include "api/ApiClient.h"
#include "services/ApiEndpoints.h"

#include <QTimer>

namespace amodesk {

RevertRunner::RevertRunner(ApiClient *api, RevertJournal *journal, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_writeDelay(new QTimer(this))
{
    // Answers come several a second; their marks are written together, a few times a second,
    // so that a run of thousands of changes does not rewrite its journal at every answer.
    m_writeDelay->setSingleShot(true);
    m_writeDelay->setInterval(300);
    connect(m_writeDelay, &QTimer::timeout, this, &RevertRunner::writeMarks);
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
        ApiReply *reply = m_api->send(batch.action == RevertBatch::Action::Update
                                          ? EntitiesApi::update(batch.entityType, batch.body)
                                          : EntitiesApi::link(batch.entityType, batch.body, batch.action == RevertBatch::Action::Link));
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, entries] { answered(reply, entries); });
    }
    if (m_replies.isEmpty())
        QTimer::singleShot(0, this, &RevertRunner::finishIfDone);
}

void RevertRunner::cancel()
{
    abortAll(m_replies);
}

void RevertRunner::answered(ApiReply *reply, const QList<int> &entries)
{
    m_replies.removeAll(reply);
    const ApiResult &r = reply->result();
    using Kind = ApiError::Kind;
    const Kind kind = r.error.kind;
    const auto later = RevertJournal::Write::Deferred;
    bool written = true;
    if (r.ok()) {
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Applied, {}, later);
        m_outcome.applied += int(entries.size());
    } else if (!r.error.maybeCommitted && (kind == Kind::Validation || kind == Kind::TooMany || kind == Kind::NotFound
                                           || kind == Kind::Forbidden || kind == Kind::PaymentRequired || kind == Kind::Rejected)) {
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Failed, r.error.message(), later);
        m_outcome.failed += int(entries.size());
    } else {
        // No answer, or one that does not say: it may have been applied. The entries stay
        // pending; a resumed run reads them again before sending anything.
        written = m_journal->mark(m_runId, entries, RevertJournal::Status::Pending, r.error.message(), later);
        m_outcome.unconfirmed += int(entries.size());
    }
    if (!written)
        writeMarks(); // says the journal cannot be written, and stops
    else if (!m_writeDelay->isActive())
        m_writeDelay->start();
    m_done += int(entries.size());
    Q_EMIT progress(m_done, m_total);
    finishIfDone();
}

void RevertRunner::writeMarks()
{
    m_writeDelay->stop();
    if (m_journal->flush() || !m_outcome.journalError.isEmpty())
        return;
    m_outcome.journalError = tr("the journal of run %1 cannot be written").arg(m_runId);
    cancel();
}

void RevertRunner::finishIfDone()
{
    if (m_finished || !m_replies.isEmpty())
        return;
    writeMarks();
    m_finished = true;
    Q_EMIT finished(m_outcome);
}

} // namespace amodesk

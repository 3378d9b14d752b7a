#include "RunResumer.h"

#include "services/EntityReader.h"

#include <QTimer>

namespace amodesk {

RunResumer::RunResumer(ApiClient *api, RevertJournal *journal, QObject *parent)
    : QObject(parent), m_journal(journal), m_reader(new EntityReader(api, this)), m_runner(new RevertRunner(api, journal, this))
{
    connect(m_reader, &EntityReader::finished, this, &RunResumer::read);
    connect(m_runner, &RevertRunner::progress, this, &RunResumer::progress);
    connect(m_runner, &RevertRunner::finished, this, &RunResumer::sent);
}

void RunResumer::start(const QStringList &runIds)
{
    m_queue = runIds;
    m_outcome = {};
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, &RunResumer::next);
}

void RunResumer::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    m_reader->cancel();
    m_runner->cancel();
}

void RunResumer::next()
{
    if (m_cancelled || m_queue.isEmpty()) {
        stop({});
        return;
    }
    m_current = m_queue.takeFirst();
    const auto run = m_journal->run(m_current);
    if (!run) {
        next();
        return;
    }
    Q_EMIT runStarted(m_current);
    const QList<RevertChange> pending = run->changes(RevertJournal::Status::Pending);
    m_reader->start(entitiesOf(pending), changesLinks(pending));
}

void RunResumer::read(const ApiError &error)
{
    if (error.isError() || m_cancelled) {
        stop(error);
        return;
    }
    if (!m_journal->settlePending(m_current, m_reader->entities())) {
        m_outcome.journalError = RevertRunner::tr("the journal of run %1 cannot be written").arg(m_current);
        stop({});
        return;
    }
    m_runner->start(m_current);
}

void RunResumer::sent(const RevertRunner::Outcome &outcome)
{
    Q_EMIT runEnded(m_current, outcome);
    m_outcome.applied += outcome.applied;
    m_outcome.failed += outcome.failed;
    m_outcome.unconfirmed += outcome.unconfirmed;
    if (!outcome.journalError.isEmpty()) {
        m_outcome.journalError = outcome.journalError;
        stop({});
        return;
    }
    next();
}

void RunResumer::stop(const ApiError &error)
{
    m_queue.clear();
    m_running = false;
    Q_EMIT finished(error);
}

} // namespace amodesk

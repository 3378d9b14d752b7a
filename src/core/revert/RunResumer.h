#pragma once

#include "RevertRunner.h"
#include "api/ApiError.h"

#include <QObject>
#include <QStringList>

namespace amodesk {

class ApiClient;
class EntityReader;

// Finishes journal runs: those cut off (a crash, a kill, answers lost) and those whose refused
// changes the admin sends again. Each run's pending changes are first read again from their
// entities: what arrived is marked applied, what someone changed since is skipped with the
// reason, and only the rest is sent. Runs go one after another.
class RunResumer : public QObject
{
    Q_OBJECT
public:
    RunResumer(ApiClient *api, RevertJournal *journal, QObject *parent = nullptr);

    void start(const QStringList &runIds);
    void cancel(); // what was not answered stays pending in the journal
    bool isRunning() const { return m_running; }
    const RevertRunner::Outcome &outcome() const { return m_outcome; } // of every run so far

Q_SIGNALS:
    void runStarted(const QString &runId);
    void progress(int done, int total); // of the current run's changes sent
    void runEnded(const QString &runId, const amodesk::RevertRunner::Outcome &outcome); // its sending, answered
    // No error when every run was read and sent (some changes may still be refused or unconfirmed).
    void finished(const amodesk::ApiError &error);

private:
    void next();
    void read(const ApiError &error);
    void sent(const RevertRunner::Outcome &outcome);
    void stop(const ApiError &error);

    RevertJournal *m_journal;
    EntityReader *m_reader;
    RevertRunner *m_runner;
    QStringList m_queue;
    QString m_current;
    RevertRunner::Outcome m_outcome;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace amodesk

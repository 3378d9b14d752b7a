#pragma once

#include "RevertJournal.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace amodesk {

class ApiClient;
class ApiReply;

// Sends the pending changes of a journal run as PATCH batches, all in flight together within
// the account's request budget, and marks each in the journal as the server answers: applied,
// failed with the server's reason, or still pending when the answer was lost (sent again by
// the next run; setting a value twice leaves it as once).
class RevertRunner : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        int applied = 0;
        int failed = 0;
        int unconfirmed = 0;
        QString journalError; // the journal could not be written: nothing more is sent
    };

    RevertRunner(ApiClient *api, RevertJournal *journal, QObject *parent = nullptr);
    void start(const QString &runId, int batchSize = kBatchSize);
    void cancel();

    static constexpr int kBatchSize = 50; // as amoCRM advises for reliable writes

Q_SIGNALS:
    void progress(int done, int total); // changes answered, of all sent
    void finished(const amodesk::RevertRunner::Outcome &outcome);

private:
    void answered(ApiReply *reply, const QList<int> &entries);
    void writeMarks();
    void finishIfDone();

    ApiClient *m_api;
    RevertJournal *m_journal;
    QString m_runId;
    QList<QPointer<ApiReply>> m_replies;
    QTimer *m_writeDelay;
    Outcome m_outcome;
    int m_total = 0;
    int m_done = 0;
    bool m_finished = true;
};

} // namespace amodesk

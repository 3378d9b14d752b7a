#pragma once

#include "NoteOutbox.h"
#include "api/ApiError.h"

#include <QObject>
#include <QTimer>

namespace amodesk {

class ApiClient;
class ApiReply;

// Sends what waits in a NoteOutbox through the account's pipeline: first it settles rows whose
// answer was lost (by reading the entity's notes back), then it sends pending rows in batches, several at once.
// A row leaves Pending/Sent only on the server's word; nothing is ever sent twice blindly.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(ApiClient *api, NoteOutbox *outbox, QObject *parent = nullptr);

    void setScope(const QList<qint64> &rowIds) { m_scope = rowIds; } // only these rows; empty = all
    void setBatchSize(int rows) { m_batch = qBound(1, rows, 250); }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setConcurrency(int batches) { m_concurrency = qMax(1, batches); } // batches on their way at once
    void start();   // works until nothing is left it can do now, then emits idle()
    bool isBusy() const { return m_busy; }
    QString owner() const { return m_owner; }

Q_SIGNALS:
    void changed();                                // rows changed state
    void idle();                                   // nothing more to do for now
    void stalled(const amodesk::ApiError &error);  // the account refuses writes: sending stopped

private:
    void step();
    void reconcile(const QList<OutboxItem> &rows);
    void reconcileGroup(const QString &entityType, const QList<OutboxItem> &rows);
    void send(const QList<OutboxItem> &rows);
    void onSent(const QList<OutboxItem> &rows, ApiReply *reply);
    void failRows(const QList<OutboxItem> &rows, const ApiError &error);
    void retryAfterTrouble(const ApiError &error);
    void finish();

    ApiClient *m_api;
    NoteOutbox *m_outbox;
    QString m_owner;
    QList<qint64> m_scope;
    QTimer m_retry;
    int m_batch = 100;
    int m_maxAttempts = 10;
    int m_troubles = 0;       // failures in a row, for the backoff
    int m_openGroups = 0;     // reconcile reads still running
    int m_inFlight = 0;       // batches sent, answer not in yet
    int m_concurrency = 7;    // the API's default budget a second
    int m_batches = 0;        // numbers the batches' owners
    bool m_settleFirst = false; // a lost answer waits to be settled: no new batch before that
    ApiError m_stall;
    bool m_busy = false;
    QString m_lastTrouble;
};

} // namespace amodesk

#pragma once

#include "ApiRequest.h"
#include "RateBudget.h"
#include "RoundTrips.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>

class QNetworkReply;

namespace amodesk {

class BoundedAnswer;
class TokenSource;
class ApiClient;

// One request on its way through the pipeline; finished() fires exactly once, and the reply
// then deletes itself (later, so the slots of finished() may still read result()).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    const ApiResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, const ApiRequest &request);

    ApiClient *m_client;
    ApiRequest m_request;
    ApiResult m_result;
    QPointer<QNetworkReply> m_network;
    QTimer m_backoff;
    QTimer m_timeout;
    bool m_timedOut = false;
    QPointer<BoundedAnswer> m_answer; // of the attempt under way
    int m_throttledRetries = 0;
    qint64 m_throttledWaitMs = 0; // time spent waiting as 429s asked: not counted against the deadline
    QElapsedTimer m_firstStarted;
    quint64 m_ticket = 0;  // its place in the account's request budget
    qint64 m_sentMs = 0;     // when it left, as the budget counts it
    qint64 m_answeredMs = 0; // when the answer's headers came
    QElapsedTimer m_started;
    int m_tokenGeneration = 0;
    bool m_retriedAfterRefresh = false;
    bool m_finished = false;
};

// Aborts the replies not yet finished. It works on a copy: an abort answers at once, and the
// slot answering it may remove the reply from the caller's list.
void abortAll(QList<QPointer<ApiReply>> replies);

// The one pipeline of an account: base URL, bearer token, rate limit, concurrency, retries
// with backoff for reads, single-flight token refresh on 401, typed errors.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const QUrl &baseUrl, TokenSource *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    ApiReply *send(const ApiRequest &request); // connect to finished() before the event loop runs
    void setRateLimit(int perSecond);
    int rateLimit() const { return m_budget.limit(); }
    int configuredRateLimit() const { return m_budget.configuredLimit(); }
    const RateBudget &budget() const { return m_budget; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // No new attempt of a request starts after this long (waits a 429 asked for aside).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // A bound on one answer's body, far above any page amoCRM sends.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    static constexpr qint64 kDefaultMaxAnswerBytes = 64 * 1024 * 1024;
    QUrl baseUrl() const { return m_base; }
    bool isBlocked() const { return m_blocked; }
    QNetworkAccessManager *network() { return &m_network; }

Q_SIGNALS:
    void blocked();                       // a 403 block page: nothing more is sent
    void throttled(int retryAfterSeconds); // a 429 was answered

private:
    friend class ApiReply;
    void enqueue(ApiReply *reply, bool urgent = false);
    void pump();
    void start(ApiReply *reply);
    void handle(ApiReply *reply, QNetworkReply *network);
    void handleRefusal(ApiReply *reply, QNetworkReply *network, const QByteArray &body, ApiResult r);
    void handleUnauthorized(ApiReply *reply);
    void retryLater(ApiReply *reply, qint64 delayMs);
    bool pastDeadline(const ApiReply *reply, qint64 delayMs) const;
    void finish(ApiReply *reply, ApiResult result);
    void cancel(ApiReply *reply);
    qint64 backoffMs(int attempt, qint64 retryAfterSeconds) const;
    ApiReply *takeNext();
    void shareBudget();
    void noteRoundTrip(ApiReply *reply);

    QNetworkAccessManager m_network;
    TokenSource *m_tokens;
    QUrl m_base;
    RateBudget m_budget;
    bool m_budgetShared = false;
    RoundTrips m_roundTrips;
    std::deque<QPointer<ApiReply>> m_queue;
    QList<QPointer<ApiReply>> m_waitingForToken;
    QTimer m_pumpTimer;
    int m_inFlight = 0;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 6;
    int m_deadlineMs = 90000;
    qint64 m_maxAnswerBytes = kDefaultMaxAnswerBytes;
    bool m_refreshing = false;
    bool m_blocked = false;
};

} // namespace amodesk

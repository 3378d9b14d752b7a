#pragma once

#include "ApiRequest.h"
#include "RateGate.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>

class QNetworkReply;

namespace amodesk {

class TokenSource;
class ApiClient;

// One request on its way through the pipeline; finished() fires exactly once.
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
    int m_throttledRetries = 0;
    QElapsedTimer m_started;
    int m_tokenGeneration = 0;
    bool m_retriedAfterRefresh = false;
    bool m_finished = false;
};

// The one pipeline of an account: base URL, bearer token, rate limit, concurrency, retries
// with backoff for reads, single-flight token refresh on 401, typed errors.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const QUrl &baseUrl, TokenSource *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    ApiReply *send(const ApiRequest &request); // the reply belongs to the caller: deleteLater() it
    void setRateLimit(int perSecond);
    int rateLimit() const { return m_gate.limit(); }
    int configuredRateLimit() const { return m_gate.configuredLimit(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
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
    void handleUnauthorized(ApiReply *reply);
    void retryLater(ApiReply *reply, int delayMs);
    void finish(ApiReply *reply, ApiResult result);
    void cancel(ApiReply *reply);
    bool resolveUrl(const ApiRequest &request, QUrl &url, QString *why) const;
    int backoffMs(int attempt, int retryAfterSeconds) const;

    QNetworkAccessManager m_network;
    TokenSource *m_tokens;
    QUrl m_base;
    RateGate m_gate;
    std::deque<QPointer<ApiReply>> m_queue;
    QList<QPointer<ApiReply>> m_waitingForToken;
    QTimer m_pumpTimer;
    int m_inFlight = 0;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 6;
    bool m_refreshing = false;
    bool m_blocked = false;
};

} // namespace amodesk

#include "ApiClient.h"
#include "AnswerChecks.h"
#include "BoundedAnswer.h"
#include "OneShotBody.h"
#include "OutgoingRequest.h"
#include "TrustStore.h"

#include "TokenSource.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "amodesk.api", QtInfoMsg)

namespace amodesk {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
constexpr int kMaxThrottledRetries = 30; // 429s ask us to wait, they are not failures
constexpr qint64 kMaxRetryAfterSeconds = 120;  // a longer demand is reported, not waited out
constexpr int kConnectionsPerHost = 6; // what QNetworkAccessManager opens for HTTP/1.1
} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_base(baseUrl)
{
    trustCertificatesFor(baseUrl.toString());
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer); // the budget's slots are milliseconds apart
    connect(&m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    connect(m_tokens, &TokenSource::refreshed, this, [this] {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (auto it = waiting.rbegin(); it != waiting.rend(); ++it) {
            if (*it)
                enqueue(*it, true);
        }
        pump();
    });
    connect(m_tokens, &TokenSource::refreshFailed, this, [this](const ApiError &error) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (const auto &reply : waiting) {
            if (reply) {
                ApiResult r = reply->m_result;
                r.error = error;
                finish(reply, r);
            }
        }
        pump();
    });
}

ApiClient::~ApiClient()
{
    for (const auto &reply : m_queue) {
        if (reply)
            reply->m_finished = true;
    }
}

void ApiClient::setRateLimit(int perSecond)
{
    m_budget.setLimit(perSecond);
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this, request);
    connect(&reply->m_backoff, &QTimer::timeout, this, [this, reply] { enqueue(reply, true); pump(); });
    // Qt 6.4 reports its own transfer timeout as a cancellation, so the pipeline keeps time itself.
    connect(&reply->m_timeout, &QTimer::timeout, this, [reply] {
        reply->m_timedOut = true;
        if (reply->m_network)
            reply->m_network->abort();
    });
    enqueue(reply);
    QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
    return reply;
}

void ApiClient::enqueue(ApiReply *reply, bool urgent)
{
    if (urgent)
        m_queue.push_front(reply);
    else
        m_queue.push_back(reply);
}

ApiReply *ApiClient::takeNext()
{
    // The user's own requests go before background work; retries were put at the front.
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (*it && (*it)->m_request.priority == ApiRequest::Priority::Interactive) {
            ApiReply *reply = *it;
            m_queue.erase(it);
            return reply;
        }
    }
    ApiReply *reply = m_queue.front();
    m_queue.pop_front();
    return reply;
}

void ApiClient::shareBudget()
{
    const QString token = m_tokens->accessToken();
    if (m_budgetShared || token.isEmpty()) // the key names the token's integration
        return;
    m_budgetShared = true;
    m_budget.share(rateBudgetKey(m_base.toString(), token));
}

void ApiClient::noteRoundTrip(ApiReply *reply)
{
    if (reply->m_ticket == 0 || reply->m_sentMs == 0)
        return;
    const qint64 now = nowMs();
    const qint64 answered = reply->m_answeredMs > 0 ? reply->m_answeredMs : now;
    m_budget.answered(m_roundTrips.answered(reply->m_ticket, reply->m_sentMs, answered, now));
}

void ApiClient::pump()
{
    while (!m_queue.empty()) {
        if (!m_queue.front()) {
            m_queue.pop_front();
            continue;
        }
        if (m_blocked) {
            ApiReply *reply = m_queue.front();
            m_queue.pop_front();
            ApiResult r = reply->m_result;
            r.error = ApiError::make(ApiError::Kind::Blocked);
            finish(reply, r);
            continue;
        }
        // No more in flight than Qt has connections to the host: a request Qt holds back for a
        // free connection would reach the server later than the budget counts it.
        if (m_refreshing || m_inFlight >= qMin(m_budget.limit(), kConnectionsPerHost))
            return;
        shareBudget();
        const qint64 now = nowMs();
        const RateBudget::Take place = m_budget.take(now, m_roundTrips.unansweredMarginMs());
        if (place.ticket == 0) {
            const qint64 wait = qBound(qint64(1), place.notBefore - now, kMaxRetryAfterSeconds * 1000);
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                m_pumpTimer.start(int(wait));
            return;
        }
        ApiReply *reply = takeNext();
        reply->m_ticket = place.ticket;
        reply->m_sentMs = now;
        reply->m_answeredMs = 0;
        start(reply);
        if (!reply->m_network)
            continue;
        // The round trip ends when the answer's headers are in, before its body and our parsing.
        connect(reply->m_network, &QNetworkReply::metaDataChanged, this, [guard = QPointer<ApiReply>(reply), ticket = place.ticket] {
            if (guard && guard->m_ticket == ticket && guard->m_answeredMs == 0)
                guard->m_answeredMs = nowMs();
        });
        // Newer Qt says when the request really left (after a new connection's handshake, say).
        connect(reply->m_network, &QNetworkReply::requestSent, this, [this, guard = QPointer<ApiReply>(reply), ticket = place.ticket] {
            const qint64 sent = nowMs();
            m_budget.sent(ticket, sent);
            if (guard && guard->m_ticket == ticket)
                guard->m_sentMs = sent;
        });
    }
}

void ApiClient::start(ApiReply *reply)
{
    QUrl url;
    QString why;
    if (!resolveRequestUrl(m_base, reply->m_request, url, &why)) {
        ApiResult r;
        r.error = ApiError::make(ApiError::Kind::BadResponse, why);
        finish(reply, r);
        return;
    }
    QNetworkRequest request = outgoingRequest(url, reply->m_request, m_tokens->accessToken());
    reply->m_tokenGeneration = m_tokens->generation();
    reply->m_result.attempts++;
    reply->m_started.start();
    if (!reply->m_firstStarted.isValid())
        reply->m_firstStarted.start();
    reply->m_timedOut = false;
    reply->m_timeout.start(m_timeoutMs);
    ++m_inFlight;
    QNetworkReply *network = nullptr;
    if (reply->m_request.isRetryable() || reply->m_request.body.isEmpty()) {
        network = reply->m_request.body.isEmpty() ? m_network.sendCustomRequest(request, reply->m_request.method)
                                                  : m_network.sendCustomRequest(request, reply->m_request.method, reply->m_request.body);
    } else {
        // A write must reach the server at most once per attempt of ours (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, reply->m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(reply->m_request.body, nullptr);
        network = m_network.sendCustomRequest(request, reply->m_request.method, body);
        body->setParent(network);
    }
    reply->m_network = network;
    reply->m_answer = BoundedAnswer::attach(network, m_maxAnswerBytes);
    connect(network, &QNetworkReply::finished, this, [this, guard = QPointer<ApiReply>(reply), network] {
        --m_inFlight;
        network->deleteLater();
        if (guard)
            noteRoundTrip(guard);
        if (guard && !guard->m_finished)
            handle(guard, network);
        pump();
    });
}

qint64 ApiClient::backoffMs(int attempt, qint64 retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0)
        return qMin(retryAfterSeconds, kMaxRetryAfterSeconds) * 1000 + int(QRandomGenerator::global()->bounded(250));
    const int base = qMin(10000, 300 * (1 << qMin(attempt, 6)));
    return base + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

bool ApiClient::pastDeadline(const ApiReply *reply, qint64 delayMs) const
{
    return reply->m_firstStarted.isValid() && reply->m_firstStarted.elapsed() - reply->m_throttledWaitMs + delayMs > m_deadlineMs;
}

void ApiClient::retryLater(ApiReply *reply, qint64 delayMs)
{
    qCDebug(lcApi) << "retrying" << reply->m_request.method << reply->m_request.path << "in" << delayMs << "ms";
    reply->m_backoff.start(int(qBound(qint64(0), delayMs, kMaxRetryAfterSeconds * 1000 + 1000)));
}

void ApiClient::handle(ApiReply *reply, QNetworkReply *network)
{
    reply->m_timeout.stop();
    const ApiRequest &req = reply->m_request;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->m_answer ? reply->m_answer->take() : QByteArray();
    ApiResult r = reply->m_result;
    r.error = {}; // each attempt stands on its own
    r.json = {};
    r.status = status;
    r.serverDate = parseHttpDate(network->rawHeader("Date"));
    const bool canRetry = req.isRetryable() && r.attempts < m_maxAttempts;
    qCDebug(lcApi) << req.method << network->url().path() << status << network->error() << reply->m_started.elapsed() << "ms";

    if (reply->m_answer && reply->m_answer->tooLarge()) { // sent again, it would be as large again
        r.error = ApiError::make(ApiError::Kind::BadResponse, tr("the answer is larger than %1 MB").arg(m_maxAnswerBytes >> 20));
        r.error.status = status;
        r.error.maybeCommitted = !req.isRetryable();
        finish(reply, r);
        return;
    }
    const bool success = status >= 200 && status < 300;
    const bool shortBody = success && network->error() == QNetworkReply::NoError && cutShort(network, body);
    if (status == 0 || (success && network->error() != QNetworkReply::NoError) || shortBody) { // no whole answer
        const auto e = network->error();
        r.error = reply->m_timedOut ? ApiError::make(ApiError::Kind::Timeout, tr("no answer in %1 s").arg(m_timeoutMs / 1000.0))
                  : shortBody       ? ApiError::make(ApiError::Kind::Network, tr("the answer ended before the length it announced"))
                                    : ApiError::make(ApiError::Kind::Network, network->errorString());
        const qint64 delay = backoffMs(r.attempts, -1);
        if ((canRetry || (neverReachedServer(e) && r.attempts < m_maxAttempts)) && !pastDeadline(reply, delay)) {
            reply->m_result = r;
            retryLater(reply, delay);
            return;
        }
        r.error.maybeCommitted = !req.isRetryable() && !neverReachedServer(e);
        finish(reply, r);
        return;
    }
    if (success) {
        if (status == 204 || (body.isEmpty() && status == 202)) {
            finish(reply, r);
            return;
        }
        // A whole answer that is not what the API sends would be the same again: not retried.
        const QString malformed = describeMalformed(network->header(QNetworkRequest::ContentTypeHeader).toString(), body, &r.json);
        if (!malformed.isEmpty()) {
            r.json = {};
            r.error = ApiError::make(ApiError::Kind::BadResponse, malformed);
            r.error.status = status;
            r.error.maybeCommitted = !req.isRetryable();
        }
        finish(reply, r);
        return;
    }
    handleRefusal(reply, network, body, r);
}

// An answer that says no: wait, refresh, retry or report, by what it says.
void ApiClient::handleRefusal(ApiReply *reply, QNetworkReply *network, const QByteArray &body, ApiResult r)
{
    const ApiRequest &req = reply->m_request;
    const bool canRetry = req.isRetryable() && r.attempts < m_maxAttempts;
    r.error = ApiError::fromAnswer(r.status, network->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body,
                                   network->rawHeader("Retry-After"));
    switch (r.error.kind) {
    case ApiError::Kind::Unauthorized:
        reply->m_result = r;
        handleUnauthorized(reply);
        return;
    case ApiError::Kind::RateLimited: {
        // Not done by the server, so even a write may go again. Every sharer of the budget
        // waits as asked, then goes on; the limit drops only if 429s come back after that.
        const qint64 asked = r.error.retryAfterSeconds < 0 ? 1 : r.error.retryAfterSeconds;
        if (asked > kMaxRetryAfterSeconds) {
            r.error.detail = tr("amoCRM asks to wait %1 s before the next request; AmoDesk waits at most %2 s").arg(asked).arg(kMaxRetryAfterSeconds);
            break;
        }
        const qint64 now = nowMs();
        const qint64 delay = backoffMs(0, asked);
        m_budget.throttled(reply->m_sentMs > 0 ? reply->m_sentMs : now, now + delay, now);
        reply->m_throttledWaitMs += delay;
        Q_EMIT throttled(int(asked));
        if (++reply->m_throttledRetries <= kMaxThrottledRetries) {
            --r.attempts; // waiting as asked is not a failed attempt
            reply->m_result = r;
            retryLater(reply, 0); // the budget holds it back until the pause is over
            return;
        }
        break;
    }
    case ApiError::Kind::Blocked:
        if (!m_blocked) {
            m_blocked = true;
            Q_EMIT blocked();
        }
        break;
    case ApiError::Kind::Server:
        if (canRetry && !pastDeadline(reply, backoffMs(r.attempts, r.error.retryAfterSeconds))) {
            reply->m_result = r;
            retryLater(reply, backoffMs(r.attempts, r.error.retryAfterSeconds));
            return;
        }
        r.error.maybeCommitted = !req.isRetryable();
        break;
    default:
        break;
    }
    finish(reply, r);
}

void ApiClient::handleUnauthorized(ApiReply *reply)
{
    if (!m_tokens->canRefresh() || reply->m_retriedAfterRefresh) {
        finish(reply, reply->m_result);
        return;
    }
    reply->m_retriedAfterRefresh = true;
    if (reply->m_tokenGeneration != m_tokens->generation()) { // refreshed since this was sent
        enqueue(reply, true);
        return;
    }
    m_waitingForToken.append(reply);
    if (!m_refreshing) {
        m_refreshing = true;
        m_tokens->refresh();
    }
}

void ApiClient::finish(ApiReply *reply, ApiResult result)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_backoff.stop();
    qCInfo(lcApi).noquote() << reply->m_request.method << reply->m_request.path << result.status
                            << (result.error.isError() ? result.error.message() : QStringLiteral("ok")) << "attempts" << result.attempts;
    reply->m_result = std::move(result);
    Q_EMIT reply->finished();
    reply->deleteLater();
}

void ApiClient::cancel(ApiReply *reply)
{
    for (auto &queued : m_queue) {
        if (queued == reply)
            queued = nullptr;
    }
    m_waitingForToken.removeAll(reply);
    ApiResult r = reply->m_result;
    r.error = ApiError::make(ApiError::Kind::Cancelled);
    if (reply->m_network && reply->m_network->isRunning()) {
        // A write cut off mid-flight may still have been done.
        r.error.maybeCommitted = !reply->m_request.isRetryable();
        finish(reply, r);
        reply->m_network->abort();
        return;
    }
    finish(reply, r);
}

} // namespace amodesk

#include "ApiClient.h"
#include "BoundedAnswer.h"
#include "OneShotBody.h"
#include "TrustStore.h"

#include "AppInfo.h"
#include "TokenSource.h"

#include <QDateTime>
#include <QLocale>
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
constexpr int kArrivalSlopMs = 4;            // timer and scheduling noise between our clock and the send
constexpr int kMinUnansweredMarginMs = 20;
constexpr int kRoundTripSamples = 64;
constexpr int kConnectionsPerHost = 6; // what QNetworkAccessManager opens for HTTP/1.1
constexpr qint64 kMarginRecomputeMs = 3000; // places older than this no longer matter to the window

bool neverReachedServer(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
}

// An answer that ended before the length it announced, though the network layer reported no
// error (seen when a server closes right after a partial body): no whole answer.
bool cutShort(const QNetworkReply *network, const QByteArray &body)
{
    bool known = false;
    const qint64 announced = network->rawHeader("Content-Length").toLongLong(&known);
    const QByteArray encoding = network->rawHeader("Content-Encoding").trimmed().toLower();
    return known && (encoding.isEmpty() || encoding == "identity") && body.size() < announced;
}

// Why a whole 2xx answer is not a JSON object, in words; empty when it is one (then in *json).
QString describeMalformed(const QString &contentType, const QByteArray &body, QJsonDocument *json)
{
    if (body.trimmed().isEmpty())
        return ApiClient::tr("an empty answer where data belongs");
    if (contentType.contains(QStringLiteral("html"), Qt::CaseInsensitive))
        return ApiClient::tr("a web page where data belongs");
    QJsonParseError error;
    *json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiClient::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!json->isObject())
        return ApiClient::tr("%1 where an object belongs")
            .arg(json->isArray() ? ApiClient::tr("a list") : ApiClient::tr("a single value"));
    return {};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime d = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    d.setTimeSpec(Qt::UTC);
    return d;
}
} // namespace

ApiReply::ApiReply(ApiClient *client, const ApiRequest &request)
    : QObject(client), m_client(client), m_request(request)
{
    m_backoff.setSingleShot(true);
    m_timeout.setSingleShot(true);
    // A coarse timer may fire 5 % early: a 15 s attempt would end at 14.25 s, leaving room
    // under the deadline for another attempt that should not start.
    m_timeout.setTimerType(Qt::PreciseTimer);
}

void ApiReply::abort()
{
    if (!m_finished)
        m_client->cancel(this);
}

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

int ApiClient::roundTripSpreadMs() const
{
    if (m_roundTrips.isEmpty())
        return 0;
    const auto [low, high] = std::minmax_element(m_roundTrips.cbegin(), m_roundTrips.cend());
    return *high - *low;
}

int ApiClient::unansweredMarginMs() const
{
    return qMax(kMinUnansweredMarginMs, roundTripSpreadMs() + kArrivalSlopMs);
}

void ApiClient::noteRoundTrip(ApiReply *reply)
{
    if (reply->m_ticket == 0 || reply->m_sentMs == 0)
        return;
    const qint64 now = nowMs();
    const qint64 answered = reply->m_answeredMs > 0 ? reply->m_answeredMs : now;
    const int roundTrip = int(qBound(qint64(0), answered - reply->m_sentMs, qint64(600000)));
    m_roundTrips.append(roundTrip);
    if (m_roundTrips.size() > kRoundTripSamples)
        m_roundTrips.removeFirst();
    m_answers.append({reply->m_ticket, reply->m_sentMs, roundTrip});
    m_answers.removeIf([now](const Answer &a) { return a.sentMs < now - kMarginRecomputeMs; });
    // A request that took longer than the fastest one may have spent the difference on the
    // way there, so it may have been counted that much later than it left. The server's own
    // time after counting varies as well, the more on a path that varies: allow a quarter of
    // the spread. A new fastest round trip shows the earlier ones were later than thought:
    // every recent place is measured again.
    const int fastest = *std::min_element(m_roundTrips.cbegin(), m_roundTrips.cend());
    const int allowance = kArrivalSlopMs + roundTripSpreadMs() / 4;
    QList<QPair<quint64, int>> margins;
    for (const Answer &a : std::as_const(m_answers))
        margins.append({a.ticket, a.roundTrip - fastest + allowance});
    m_budget.answered(margins);
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
        const RateBudget::Take place = m_budget.take(now, unansweredMarginMs());
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

bool ApiClient::resolveUrl(const ApiRequest &request, QUrl &url, QString *why) const
{
    if (request.path.startsWith(QStringLiteral("http://")) || request.path.startsWith(QStringLiteral("https://"))) {
        url = QUrl(request.path);
        // The bearer token must never go to another host than the account's.
        if (url.scheme() != m_base.scheme() || url.host() != m_base.host() || url.port(-1) != m_base.port(-1)) {
            *why = QStringLiteral("a link points away from the account: ") + url.toDisplayString();
            return false;
        }
    } else {
        url = m_base;
        url.setPath(m_base.path() + request.path);
    }
    if (!request.query.isEmpty()) {
        const QByteArray existing = url.query(QUrl::FullyEncoded).toLatin1();
        url.setQuery(QString::fromLatin1(existing.isEmpty() ? request.query : existing + '&' + request.query), QUrl::StrictMode);
    }
    return true;
}

void ApiClient::start(ApiReply *reply)
{
    QUrl url;
    QString why;
    if (!resolveUrl(reply->m_request, url, &why)) {
        ApiResult r;
        r.error = ApiError::make(ApiError::Kind::BadResponse, why);
        finish(reply, r);
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken().toLatin1());
    request.setRawHeader("Accept", "application/hal+json, application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("AmoDesk/" + appVersion().toLatin1()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!reply->m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
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
    r.error = ApiError::fromAnswer(status, network->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body,
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

void abortAll(QList<QPointer<ApiReply>> replies)
{
    for (const QPointer<ApiReply> &r : replies) {
        if (r && !r->isFinished())
            r->abort();
    }
}

} // namespace amodesk

#include "ApiClient.h"
#include "OneShotBody.h"

#include "AppInfo.h"
#include "TokenSource.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcApi, "amodesk.api", QtInfoMsg)

namespace amodesk {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
constexpr int kMaxThrottledRetries = 30; // 429s ask us to wait, they are not failures

bool neverReachedServer(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
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
}

void ApiReply::abort()
{
    if (!m_finished)
        m_client->cancel(this);
}

ApiClient::ApiClient(const QUrl &baseUrl, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_base(baseUrl)
{
    m_pumpTimer.setSingleShot(true);
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
    m_gate.setLimit(perSecond);
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
        if (m_refreshing || m_inFlight >= m_gate.limit())
            return;
        const qint64 now = nowMs();
        const qint64 slot = m_gate.nextSlot(now);
        if (slot > now) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > slot - now)
                m_pumpTimer.start(int(slot - now));
            return;
        }
        ApiReply *reply = m_queue.front();
        m_queue.pop_front();
        const quint64 ticket = m_gate.take(now);
        start(reply);
        if (reply->m_network)
            connect(reply->m_network, &QNetworkReply::requestSent, this, [this, ticket] { m_gate.sent(ticket, nowMs()); });
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
    reply->m_timedOut = false;
    reply->m_timeout.start(m_timeoutMs);
    ++m_inFlight;
    QNetworkReply *network = nullptr;
    if (reply->m_request.isRetryable() || reply->m_request.body.isEmpty()) {
        network = m_network.sendCustomRequest(request, reply->m_request.method, reply->m_request.body);
    } else {
        // A write must reach the server at most once per attempt of ours (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, reply->m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(reply->m_request.body, nullptr);
        network = m_network.sendCustomRequest(request, reply->m_request.method, body);
        body->setParent(network);
    }
    reply->m_network = network;
    connect(network, &QNetworkReply::finished, this, [this, guard = QPointer<ApiReply>(reply), network] {
        --m_inFlight;
        network->deleteLater();
        if (guard && !guard->m_finished)
            handle(guard, network);
        pump();
    });
}

int ApiClient::backoffMs(int attempt, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0)
        return retryAfterSeconds * 1000 + int(QRandomGenerator::global()->bounded(250));
    const int base = qMin(10000, 300 * (1 << qMin(attempt, 6)));
    return base + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

void ApiClient::retryLater(ApiReply *reply, int delayMs)
{
    qCDebug(lcApi) << "retrying" << reply->m_request.method << reply->m_request.path << "in" << delayMs << "ms";
    reply->m_backoff.start(delayMs);
}

void ApiClient::handle(ApiReply *reply, QNetworkReply *network)
{
    reply->m_timeout.stop();
    const ApiRequest &req = reply->m_request;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    ApiResult r = reply->m_result;
    r.error = {}; // each attempt stands on its own
    r.json = {};
    r.status = status;
    r.serverDate = parseHttpDate(network->rawHeader("Date"));
    const bool canRetry = req.isRetryable() && r.attempts < m_maxAttempts;
    qCDebug(lcApi) << req.method << network->url().path() << status << network->error() << reply->m_started.elapsed() << "ms";

    if (status == 0) { // no HTTP answer at all
        const auto e = network->error();
        r.error = reply->m_timedOut ? ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer in %1 s").arg(m_timeoutMs / 1000.0))
                                    : ApiError::make(ApiError::Kind::Network, network->errorString());
        if (canRetry || (neverReachedServer(e) && r.attempts < m_maxAttempts)) {
            reply->m_result = r;
            retryLater(reply, backoffMs(r.attempts, -1));
            return;
        }
        r.error.maybeCommitted = !req.isRetryable() && !neverReachedServer(e);
        finish(reply, r);
        return;
    }
    if (status >= 200 && status < 300) {
        if (status == 204 || (body.isEmpty() && status == 202)) {
            finish(reply, r);
            return;
        }
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) { // cut short on the way
            r.error = ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("incomplete answer: ") + parseError.errorString());
            r.error.status = status;
            if (canRetry) {
                reply->m_result = r;
                retryLater(reply, backoffMs(r.attempts, -1));
                return;
            }
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
        // Not done by the server, so even a write may go again.
        const int delay = backoffMs(0, r.error.retryAfterSeconds < 0 ? 1 : r.error.retryAfterSeconds);
        m_gate.onThrottled(nowMs());
        m_gate.pauseUntil(nowMs() + delay);
        Q_EMIT throttled(r.error.retryAfterSeconds);
        if (++reply->m_throttledRetries <= kMaxThrottledRetries) {
            --r.attempts; // waiting as asked is not a failed attempt
            reply->m_result = r;
            retryLater(reply, delay);
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
        if (canRetry) {
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

#include "Sandbox.h"

#include "api/Endpoints.h"
#include "api/Responses.h"
#include "http/HttpServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

namespace sandbox {

namespace {
constexpr qint64 kLongLivedLifetime = 5LL * 365 * 86400;
} // namespace

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_data(generateAccount(options.seed, {options.events, options.users, options.customFields, options.historyEnd}, options.clientId)),
      m_tokens({options.clientId, options.clientSecret, options.redirectUri}, options.tokenLifetime,
               m_data.accountId, m_data.users.first().id),
      m_limiter(options.rateLimit, options.blockAfter),
      m_faults(quint32(options.seed ^ 0x5eed)),
      m_arrivals(quint32(options.seed ^ 0xa771))
{
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    m_server = std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r); });
    if (m_options.arrivalJitterMs > 0)
        m_server->setArrivalDelay([this] { return int(m_arrivals.bounded(m_options.arrivalJitterMs + 1)); });
    if (!m_options.tlsCert.isEmpty()) {
        QFile certFile(m_options.tlsCert), keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key: ") + m_options.tlsCert + QStringLiteral(", ") + m_options.tlsKey;
            return false;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setTls(tls);
    }
    if (!m_server->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(m_options.port).arg(m_server->errorString());
        return false;
    }
    m_tokens.setApiDomain(QStringLiteral("127.0.0.1:%1").arg(port()));
    return true;
}

quint16 Sandbox::port() const { return m_server ? m_server->port() : 0; }

QString Sandbox::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_server && m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http")).arg(port());
}

QString Sandbox::issueLongLivedToken() { return m_tokens.issueLongLivedToken(kLongLivedLifetime); }

int Sandbox::delay()
{
    int ms = m_options.latencyMs;
    if (m_options.jitterMs > 0)
        ms += int(m_faults.bounded(2 * m_options.jitterMs + 1)) - m_options.jitterMs;
    return qMax(0, ms);
}

HttpReply Sandbox::handle(const HttpRequest &request)
{
    ++m_counters.requests;
    HttpReply reply;
    reply.delayMs = delay();
    const bool isApi = request.path.startsWith("/api/v4/");
    if (isApi && m_options.faultRate > 0.0 && m_faults.generateDouble() < m_options.faultRate) {
        ++m_counters.faults;
        const QList<FaultKind> &kinds = m_options.faultKinds;
        switch (kinds.at(int(m_faults.bounded(quint32(kinds.size()))))) {
        case FaultKind::DropBefore: // the connection dies before the server does anything
            reply.action = HttpReply::Action::Drop;
            return reply;
        case FaultKind::DropAfter: // the server commits, then the connection dies before the answer
            route(request);
            reply.action = HttpReply::Action::Drop;
            return reply;
        case FaultKind::ServerError:
            reply.response = problem(500, QStringLiteral("Internal server error"));
            return reply;
        case FaultKind::Truncate: // committed, answer cut short
            reply.response = route(request);
            reply.action = HttpReply::Action::Truncate;
            return reply;
        }
    }
    reply.response = route(request);
    if (request.path == "/oauth2/access_token" && request.body.contains("refresh_token")
        && reply.response.status == 200 && m_counters.droppedRefreshAnswers < m_options.dropRefreshAnswers) {
        ++m_counters.droppedRefreshAnswers; // done on the server, never heard by the client
        reply.action = HttpReply::Action::Drop;
    }
    return reply;
}

HttpResponse Sandbox::route(const HttpRequest &request)
{
    if (request.path == "/oauth" && request.method == "GET")
        return consentPage(request);
    if (request.path == "/oauth2/access_token")
        return request.method == "POST" ? tokenEndpoint(request) : problem(405, QStringLiteral("Method not allowed"));
    if (request.path == "/sandbox/stats")
        return stats();
    if (request.path == "/sandbox/notes")
        return writtenNotes();
    if (request.path.startsWith("/api/v4/"))
        return api(request);
    return problem(404, QStringLiteral("Not found"));
}

HttpResponse Sandbox::api(const HttpRequest &request)
{
    if (m_limiter.isBlocked()) {
        ++m_counters.blocked;
        return htmlPage(403, QStringLiteral("Forbidden"));
    }
    const QByteArray auth = request.header("authorization");
    const QString token = auth.startsWith("Bearer ") ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
    QString clientId;
    const TokenAuthority::Check check = token.isEmpty() ? TokenAuthority::Check::Unknown : m_tokens.checkAccess(token, &clientId);
    if (check != TokenAuthority::Check::Ok) {
        ++m_counters.unauthorized;
        const QString detail = check == TokenAuthority::Check::Expired ? QStringLiteral("Token has expired")
            : check == TokenAuthority::Check::Revoked                    ? QStringLiteral("Token has been revoked")
                                                                         : QStringLiteral("Unauthorized");
        return problem(401, detail);
    }
    // amoCRM counts requests per integration of the account, whichever of its tokens is used.
    switch (m_limiter.hit(clientId, QDateTime::currentMSecsSinceEpoch())) {
    case RateLimiter::Verdict::Allowed:
        break;
    case RateLimiter::Verdict::Limited:
        ++m_counters.limited;
        return m_options.rateLimitHtml ? htmlPage(429, QStringLiteral("Too Many Requests"))
                                       : problem(429, QStringLiteral("Too many requests"), {{QStringLiteral("retry_after"), 1}});
    case RateLimiter::Verdict::Blocked:
        ++m_counters.blocked;
        return htmlPage(403, QStringLiteral("Forbidden"));
    }
    if (m_options.unpaid)
        return problem(402, QStringLiteral("Account is not paid"));

    RequestContext ctx{m_data, request, PhpQuery(request.query), baseUrl(), clientId, m_data.users.first().id,
                       QString::fromUtf8(request.path.mid(8)).split(u'/', Qt::SkipEmptyParts), !m_options.notAdmin};
    if (ctx.segments.isEmpty())
        return problem(404, QStringLiteral("Not found"));
    if (!ctx.query.tooDeep().isEmpty())
        return problem(400, QStringLiteral("Query parameter %1 is nested deeper than %2 levels").arg(ctx.query.tooDeep()).arg(PhpQuery::kMaxNesting));
    const QString &head = ctx.segments.first();
    EntityKind kind;
    if (head == u"events")
        return handleEvents(ctx);
    if (head == u"widgets")
        return handleWidgets(ctx);
    if (head == u"salesbot" || head == u"marketingbot")
        return handleBotContinue(ctx);
    if (ctx.segments.size() >= 2 && entityKindFromPlural(head, kind)
        && (ctx.segments[1] == u"notes" || ctx.segments.value(2) == u"notes"))
        return handleNotes(ctx, kind);
    if (entityKindFromPlural(head, kind) && int(kind) < 4
        && ctx.segments.value(1) != u"pipelines" && ctx.segments.value(1) != u"custom_fields" && ctx.segments.value(1) != u"statuses")
        return handleEntities(ctx, kind);
    return handleLookups(ctx);
}

HttpResponse Sandbox::consentPage(const HttpRequest &request)
{
    const QUrlQuery q(QString::fromUtf8(request.query));
    const QString clientId = q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (clientId != m_options.clientId)
        return htmlPage(400, QStringLiteral("Unknown integration"));
    QUrl target(m_options.redirectUri);
    QUrlQuery answer;
    if (m_options.denyConsent) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        answer.addQueryItem(QStringLiteral("code"), m_tokens.issueCode(clientId));
        answer.addQueryItem(QStringLiteral("state"), state);
        answer.addQueryItem(QStringLiteral("referer"), QStringLiteral("127.0.0.1:%1").arg(port()));
    }
    answer.addQueryItem(QStringLiteral("client_id"), clientId);
    if (m_options.denyConsent)
        answer.addQueryItem(QStringLiteral("state"), state);
    target.setQuery(answer);
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", target.toEncoded());
    r.setHeader("Content-Type", "text/html");
    return r;
}

HttpResponse Sandbox::tokenEndpoint(const HttpRequest &request)
{
    QJsonObject params;
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            params.insert(item.first, item.second);
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject())
            return problem(400, QStringLiteral("Request body must be a JSON object or a form"));
        params = doc.object();
    }
    const TokenAuthority::Answer answer = m_tokens.exchange(params);
    HttpResponse r;
    r.status = answer.status;
    r.setHeader("Content-Type", answer.status == 200 ? "application/json" : "application/problem+json");
    r.body = phpJson(answer.body);
    return r;
}

// Every note added or edited over the API, outside /api/v4 so that tests can count them
// without the faults they inject.
HttpResponse Sandbox::writtenNotes() const
{
    QJsonArray notes;
    for (auto it = m_data.writtenParams.cbegin(); it != m_data.writtenParams.cend(); ++it) {
        const NoteRec &n = m_data.notes[std::size_t(m_data.noteIndex.value(it.key()))];
        notes.append(QJsonObject{{QStringLiteral("id"), n.id}, {QStringLiteral("entity_type"), entityPluralName(n.entity)},
                                 {QStringLiteral("entity_id"), n.entityId}, {QStringLiteral("note_type"), allNoteTypes().at(n.typeIdx)},
                                 {QStringLiteral("params"), it.value()}});
    }
    return hal({{QStringLiteral("notes"), notes}});
}

HttpResponse Sandbox::stats() const
{
    return hal({{QStringLiteral("requests"), m_counters.requests}, {QStringLiteral("rate_limited"), m_counters.limited},
                {QStringLiteral("blocked"), m_counters.blocked}, {QStringLiteral("faults"), m_counters.faults},
                {QStringLiteral("unauthorized"), m_counters.unauthorized},
                {QStringLiteral("refreshes"), m_tokens.refreshesGranted()},
                {QStringLiteral("dropped_refresh_answers"), m_counters.droppedRefreshAnswers},
                {QStringLiteral("events"), qint64(m_data.events.size())}, {QStringLiteral("notes"), qint64(m_data.notes.size())}});
}

} // namespace sandbox

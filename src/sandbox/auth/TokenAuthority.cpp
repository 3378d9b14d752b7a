#include "TokenAuthority.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace sandbox {

namespace {
constexpr qint64 kCodeLifetime = 20 * 60;
constexpr qint64 kRefreshLifetime = 90LL * 24 * 3600;

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), n / 4);
    return out;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

TokenAuthority::TokenAuthority(OAuthClient client, qint64 accessLifetime, int accountId, int userId)
    : m_client(std::move(client)), m_accessLifetime(accessLifetime), m_accountId(accountId), m_userId(userId)
{
}

QString TokenAuthority::issueCode(const QString &clientId)
{
    const QString code = QStringLiteral("def50200") + QString::fromLatin1(randomBytes(64).toHex());
    m_codes.insert(code, {clientId, now() + kCodeLifetime, false});
    return code;
}

QString TokenAuthority::makeJwt(qint64 expires, const QString &clientId) const
{
    const QString jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("jti"), jti}};
    const qint64 t = now();
    const QJsonObject payload{
        {QStringLiteral("aud"), clientId}, {QStringLiteral("jti"), jti}, {QStringLiteral("iat"), t},
        {QStringLiteral("nbf"), t}, {QStringLiteral("exp"), expires}, {QStringLiteral("sub"), QString::number(m_userId)},
        {QStringLiteral("grant_type"), QString()}, {QStringLiteral("account_id"), m_accountId},
        {QStringLiteral("base_domain"), QStringLiteral("amocrm.ru")}, {QStringLiteral("version"), 2},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("crm"), QStringLiteral("notifications")}},
        {QStringLiteral("api_domain"), m_apiDomain}};
    const QByteArray token = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + base64Url(randomBytes(256));
    return QString::fromLatin1(token);
}

QString TokenAuthority::issueLongLivedToken(qint64 lifetimeSeconds)
{
    const QString token = makeJwt(now() + lifetimeSeconds, m_client.id);
    m_access.insert(token, {-1, now() + lifetimeSeconds, m_client.id});
    return token;
}

// The bodies amoCRM sends, as quoted in amocrm/amocrm-api-php issues: #235 for bad client
// credentials (no hint), #123 and #315 for a revoked refresh token, #337 for a bad code.
TokenAuthority::Answer TokenAuthority::oauthError(int status, const QString &title, const QString &hint, const QString &detail)
{
    QJsonObject body{{QStringLiteral("title"), title},
                     {QStringLiteral("type"), QStringLiteral("https://developers.amocrm.ru/v3/errors/OAuthProblemJson")},
                     {QStringLiteral("status"), status}, {QStringLiteral("detail"), detail}};
    if (!hint.isEmpty())
        body.insert(QStringLiteral("hint"), hint);
    return {status, body};
}

TokenAuthority::Answer TokenAuthority::invalidRequest(int status, const QString &hint)
{
    return oauthError(status, QStringLiteral("Некорректный запрос"), hint,
                      QStringLiteral("В запросе отсутствует ряд параметров или параметры невалидны"));
}

TokenAuthority::Answer TokenAuthority::issuePair(const QString &parentRefresh)
{
    const int id = m_nextPair++;
    Pair pair;
    pair.access = makeJwt(now() + m_accessLifetime, m_client.id);
    pair.refresh = QStringLiteral("def50200") + QString::fromLatin1(randomBytes(96).toHex());
    pair.parentRefresh = parentRefresh;
    m_pairs.insert(id, pair);
    m_access.insert(pair.access, {id, now() + m_accessLifetime, m_client.id});
    m_refresh.insert(pair.refresh, {id, RefreshState::Active, {}, now() + kRefreshLifetime});
    return {200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("expires_in"), m_accessLifetime},
                             {QStringLiteral("access_token"), pair.access},
                             {QStringLiteral("refresh_token"), pair.refresh}}};
}

TokenAuthority::Answer TokenAuthority::exchange(const QJsonObject &params)
{
    const QString grant = params.value(QStringLiteral("grant_type")).toString();
    if (params.value(QStringLiteral("client_id")).toString() != m_client.id
        || params.value(QStringLiteral("client_secret")).toString() != m_client.secret)
        return oauthError(401, QStringLiteral("Некорректный клиент"), {}, QStringLiteral("Авторизация клиента не прошла"));
    if (grant == u"authorization_code") {
        if (params.value(QStringLiteral("redirect_uri")).toString() != m_client.redirectUri)
            return invalidRequest(400, QStringLiteral("Invalid redirect URI"));
        auto code = m_codes.find(params.value(QStringLiteral("code")).toString());
        if (code == m_codes.end())
            return invalidRequest(400, QStringLiteral("Cannot decrypt the authorization code"));
        if (code->used)
            return invalidRequest(400, QStringLiteral("Authorization code has been revoked"));
        if (code->expires < now())
            return invalidRequest(400, QStringLiteral("Authorization code has expired"));
        code->used = true;
        return issuePair({});
    }
    if (grant == u"refresh_token") {
        const QString token = params.value(QStringLiteral("refresh_token")).toString();
        auto rec = m_refresh.find(token);
        if (rec == m_refresh.end())
            return invalidRequest(401, QStringLiteral("Cannot decrypt the refresh token"));
        if (rec->state == RefreshState::Revoked || rec->expires < now())
            return invalidRequest(401, QStringLiteral("Token has been revoked"));
        const int ownPair = rec->pairId;
        rec->state = RefreshState::Superseded;
        Answer answer = issuePair(token);
        m_refresh[token].children.append(m_nextPair - 1);
        markPairUsed(ownPair); // using a refresh token is a use of the pair it came with
        ++m_refreshesGranted;
        return answer;
    }
    return invalidRequest(400, QStringLiteral("Unsupported grant type"));
}

void TokenAuthority::markPairUsed(int pairId)
{
    auto pair = m_pairs.find(pairId);
    if (pair == m_pairs.end() || pair->used)
        return;
    pair->used = true;
    if (pair->parentRefresh.isEmpty())
        return;
    auto parent = m_refresh.find(pair->parentRefresh);
    if (parent == m_refresh.end() || parent->state == RefreshState::Revoked)
        return;
    parent->state = RefreshState::Revoked;
    // Other answers to the same refresh token that were never used die with it.
    for (int sibling : std::as_const(parent->children)) {
        if (sibling == pairId)
            continue;
        const Pair &s = m_pairs[sibling];
        m_access[s.access].revoked = true;
        m_refresh[s.refresh].state = RefreshState::Revoked;
    }
}

TokenAuthority::Check TokenAuthority::checkAccess(const QString &token, QString *clientId)
{
    auto rec = m_access.find(token);
    if (rec == m_access.end())
        return Check::Unknown;
    if (rec->revoked)
        return Check::Revoked;
    if (rec->expires <= now()) // exp is the first second it is no longer good
        return Check::Expired;
    if (clientId)
        *clientId = rec->clientId;
    if (rec->pairId > 0)
        markPairUsed(rec->pairId);
    return Check::Ok;
}

} // namespace sandbox

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sandbox {

struct OAuthClient {
    QString id;
    QString secret;
    QString redirectUri;
};

// Authorization codes, JWT access tokens and rotating refresh tokens as amoCRM hands them out.
// A refresh token stays usable after it was rotated until the pair it produced is used once
// (the grace rule that lets a client retry a refresh whose answer it lost).
class TokenAuthority
{
public:
    TokenAuthority(OAuthClient client, qint64 accessLifetime, int accountId, int userId);

    void setApiDomain(const QString &domain) { m_apiDomain = domain; }
    QString issueCode(const QString &clientId);
    QString issueLongLivedToken(qint64 lifetimeSeconds);

    struct Answer { int status = 200; QJsonObject body; };
    Answer exchange(const QJsonObject &params);

    enum class Check { Ok, Unknown, Expired, Revoked };
    Check checkAccess(const QString &token, QString *clientId = nullptr);

    int refreshesGranted() const { return m_refreshesGranted; }
    const OAuthClient &client() const { return m_client; }

private:
    enum class RefreshState { Active, Superseded, Revoked };
    struct Code { QString clientId; qint64 expires; bool used; };
    struct Pair { QString access; QString refresh; QString parentRefresh; bool used = false; };
    struct Access { int pairId; qint64 expires; QString clientId; bool revoked = false; };
    struct Refresh { int pairId; RefreshState state = RefreshState::Active; QList<int> children; qint64 expires; };

    Answer issuePair(const QString &parentRefresh);
    void markPairUsed(int pairId);
    QString makeJwt(qint64 expires, const QString &clientId) const;
    static Answer oauthError(int status, const QString &title, const QString &hint, const QString &detail);
    static Answer invalidRequest(int status, const QString &hint);

    OAuthClient m_client;
    qint64 m_accessLifetime;
    int m_accountId;
    int m_userId;
    QString m_apiDomain;
    QHash<QString, Code> m_codes;
    QHash<int, Pair> m_pairs;
    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    int m_nextPair = 1;
    int m_refreshesGranted = 0;
};

} // namespace sandbox

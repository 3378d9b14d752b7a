#include "OAuthTokenSource.h"

#include "SecretVault.h"
#include "log/SecretRedactor.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "amodesk.auth", QtInfoMsg)

namespace amodesk {

namespace {
constexpr int kMaxAttempts = 4;
struct Tr { Q_DECLARE_TR_FUNCTIONS(OAuthTokenSource) };
}

OAuthTokenSource::OAuthTokenSource(const Account &account, const QString &clientSecret, SecretVault *vault,
                                   QNetworkAccessManager *network, QObject *parent)
    : TokenSource(parent),
      m_account(account),
      m_vault(vault),
      m_endpoint(network, account.baseUrl, account.clientId, clientSecret, account.redirectUri)
{
    SecretRedactor::instance().add(clientSecret);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OAuthTokenSource::attempt);
}

void OAuthTokenSource::setTokens(const QString &accessToken, const QString &refreshToken)
{
    SecretRedactor::instance().add(accessToken);
    SecretRedactor::instance().add(refreshToken);
    m_access = accessToken;
    m_refresh = refreshToken;
    ++m_generation;
}

void OAuthTokenSource::refresh()
{
    if (m_refreshing)
        return; // single flight: the caller hears refreshed() with everybody else
    m_refreshing = true;
    m_attempt = 0;
    attempt();
}

void OAuthTokenSource::attempt()
{
    ++m_attempt;
    qCInfo(lcAuth) << "refreshing the access token of" << m_account.name << "attempt" << m_attempt;
    m_endpoint.refresh(m_refresh, this, [this](const TokenPair &tokens, const ApiError &error) {
        if (error.isError()) {
            // The answer was lost after the server may have rotated: the old refresh token
            // stays good until the new pair is used, so asking again is safe.
            if (error.maybeCommitted && m_attempt < kMaxAttempts) {
                m_retry.start(300 * m_attempt);
                return;
            }
            ApiError e = error;
            if (e.kind == ApiError::Kind::Unauthorized)
                e.detail = Tr::tr("the sign-in was revoked or has expired; add the account again");
            fail(e);
            return;
        }
        store(tokens, [this, tokens](bool ok, const QString &why) {
            if (!ok) {
                fail(ApiError::make(ApiError::Kind::Secrets, why));
                return;
            }
            m_access = tokens.accessToken;
            m_refresh = tokens.refreshToken;
            ++m_generation;
            ++m_refreshes;
            m_refreshing = false;
            Q_EMIT refreshed();
        });
    });
}

void OAuthTokenSource::store(const TokenPair &tokens, std::function<void(bool, QString)> done)
{
    m_vault->write(m_account.secretKey(QStringLiteral("refresh_token")), tokens.refreshToken, [this, tokens, done](bool ok, const QString &why) {
        if (!ok) {
            done(false, why);
            return;
        }
        m_vault->write(m_account.secretKey(QStringLiteral("access_token")), tokens.accessToken, done);
    });
}

void OAuthTokenSource::fail(const ApiError &error)
{
    m_refreshing = false;
    qCWarning(lcAuth) << "refresh failed:" << error.message();
    Q_EMIT refreshFailed(error);
}

} // namespace amodesk

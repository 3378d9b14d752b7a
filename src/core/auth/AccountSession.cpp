#include "AccountSession.h"

#include "OAuthTokenSource.h"
#include "SecretVault.h"
#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(AccountSession) };
}

AccountSession::AccountSession(const Account &account, SecretVault *vault, QObject *parent)
    : QObject(parent), m_account(account), m_vault(vault), m_network(new QNetworkAccessManager(this))
{
}

AccountSession::~AccountSession() = default;

void AccountSession::build(TokenSource *tokens)
{
    m_tokens = tokens;
    m_api = new ApiClient(QUrl(m_account.baseUrl), tokens, this);
    m_api->setRateLimit(m_account.rateLimit);
    Q_EMIT ready();
}

void AccountSession::openWithLongLivedToken(const QString &token)
{
    build(new FixedToken(token, this));
}

void AccountSession::open()
{
    auto missing = [this](const QString &what) {
        Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets,
                                     Tr::tr("the %1 of account \"%2\" is not in the system keychain; add the account again").arg(what, m_account.name)));
    };
    if (m_account.auth == Account::Auth::LongLivedToken) {
        m_vault->read(m_account.secretKey(QStringLiteral("long_lived_token")), [this, missing](std::optional<QString> token, const QString &error) {
            if (!error.isEmpty())
                Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets, error));
            else if (!token)
                missing(Tr::tr("token"));
            else
                openWithLongLivedToken(*token);
        });
        return;
    }
    m_vault->read(m_account.secretKey(QStringLiteral("client_secret")), [this, missing](std::optional<QString> secret, const QString &error) {
        if (!error.isEmpty() || !secret) {
            error.isEmpty() ? missing(Tr::tr("client secret")) : Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets, error));
            return;
        }
        m_vault->read(m_account.secretKey(QStringLiteral("refresh_token")), [this, missing, secret](std::optional<QString> refresh, const QString &error2) {
            if (!error2.isEmpty() || !refresh) {
                error2.isEmpty() ? missing(Tr::tr("refresh token")) : Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets, error2));
                return;
            }
            m_vault->read(m_account.secretKey(QStringLiteral("access_token")), [this, secret, refresh](std::optional<QString> access, const QString &) {
                auto *tokens = new OAuthTokenSource(m_account, *secret, m_vault, m_network, this);
                tokens->setTokens(access.value_or(QString()), *refresh); // no access token: the first request refreshes
                build(tokens);
            });
        });
    });
}

void AccountSession::setRateLimit(int perSecond)
{
    m_account.rateLimit = perSecond;
    if (m_api)
        m_api->setRateLimit(perSecond);
}

} // namespace amodesk

#pragma once

#include "Account.h"
#include "TokenEndpoint.h"
#include "api/TokenSource.h"

#include <QTimer>
#include <memory>

namespace amodesk {

class SecretVault;

// The tokens of an OAuth account. One refresh at a time per account; the rotated refresh
// token is in the keychain before the new access token is handed out; an answer lost on the
// way is asked for again with the same refresh token, which the grace rule allows.
class OAuthTokenSource : public TokenSource
{
    Q_OBJECT
public:
    OAuthTokenSource(const Account &account, const QString &clientSecret, SecretVault *vault,
                     QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTokens(const QString &accessToken, const QString &refreshToken);
    QString accessToken() const override { return m_access; }
    int generation() const override { return m_generation; }
    bool canRefresh() const override { return !m_refresh.isEmpty(); }
    void refresh() override;
    int refreshesDone() const { return m_refreshes; }

    // Saves a fresh pair: refresh token first, then the access token. Then done(ok, error).
    void store(const TokenPair &tokens, std::function<void(bool, QString)> done);

private:
    void attempt();
    void fail(const ApiError &error);

    Account m_account;
    SecretVault *m_vault;
    TokenEndpoint m_endpoint;
    QString m_access;
    QString m_refresh;
    int m_generation = 1;
    int m_attempt = 0;
    int m_refreshes = 0;
    bool m_refreshing = false;
    QTimer m_retry;
};

} // namespace amodesk

#pragma once

#include "Account.h"
#include "api/ApiError.h"

#include <QObject>

class QNetworkAccessManager;

namespace amodesk {

class ApiClient;
class SecretVault;
class TokenSource;

// An account ready to use: its secrets read from the vault into a token source, and its
// request pipeline.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(const Account &account, SecretVault *vault, QObject *parent = nullptr);
    ~AccountSession() override;

    void open(); // ends in ready() or failed()
    // For a token in hand (session-only use, or right after adding the account).
    void openWithLongLivedToken(const QString &token);

    const Account &account() const { return m_account; }
    // The account's share of the request budget, from now on (the store keeps it separately).
    void setRateLimit(int perSecond);
    ApiClient *api() const { return m_api; }
    TokenSource *tokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void ready();
    void failed(const amodesk::ApiError &error);

private:
    void build(TokenSource *tokens);

    Account m_account;
    SecretVault *m_vault;
    QNetworkAccessManager *m_network;
    TokenSource *m_tokens = nullptr;
    ApiClient *m_api = nullptr;
};

} // namespace amodesk

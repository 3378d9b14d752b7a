#pragma once

#include "Account.h"
#include "TokenEndpoint.h"
#include "api/ApiError.h"

#include <QObject>

class QNetworkAccessManager;

namespace amodesk {

class AccountStore;
class SecretVault;

// Adds an account in one of three ways, checks that it answers, and keeps its secrets in the
// vault and the rest in the store; or removes one with its secrets.
class AccountSetup : public QObject
{
    Q_OBJECT
public:
    AccountSetup(SecretVault *vault, AccountStore *store, QObject *parent = nullptr);

    void addWithLongLivedToken(Account account, const QString &token);
    void addWithCode(Account account, const QString &clientSecret, const QString &code);
    void remove(const Account &account);

Q_SIGNALS:
    void added(const amodesk::Account &account);
    void removed();
    void failed(const amodesk::ApiError &error);

private:
    void probeAndKeep(Account account, const QString &probeToken, const QList<QPair<QString, QString>> &secrets);

    SecretVault *m_vault;
    AccountStore *m_store;
    QNetworkAccessManager *m_network;
};

} // namespace amodesk

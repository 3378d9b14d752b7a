#include "AccountSetup.h"

#include "AccountStore.h"
#include "SecretVault.h"
#include "api/AccountProbe.h"

#include <QNetworkAccessManager>
#include <QUuid>
#include <memory>

namespace amodesk {

AccountSetup::AccountSetup(SecretVault *vault, AccountStore *store, QObject *parent)
    : QObject(parent), m_vault(vault), m_store(store), m_network(new QNetworkAccessManager(this))
{
}

void AccountSetup::addWithLongLivedToken(Account account, const QString &token)
{
    account.auth = Account::Auth::LongLivedToken;
    probeAndKeep(account, token, {{QStringLiteral("long_lived_token"), token}});
}

void AccountSetup::addWithCode(Account account, const QString &clientSecret, const QString &code)
{
    account.auth = Account::Auth::OAuth;
    auto endpoint = std::make_shared<TokenEndpoint>(m_network, account.baseUrl, account.clientId, clientSecret, account.redirectUri);
    endpoint->exchangeCode(code, this, [this, account, clientSecret, endpoint](const TokenPair &tokens, const ApiError &error) {
        if (error.isError()) {
            Q_EMIT failed(error);
            return;
        }
        probeAndKeep(account, tokens.accessToken,
                     {{QStringLiteral("client_secret"), clientSecret}, {QStringLiteral("refresh_token"), tokens.refreshToken},
                      {QStringLiteral("access_token"), tokens.accessToken}});
    });
}

void AccountSetup::probeAndKeep(Account account, const QString &probeToken, const QList<QPair<QString, QString>> &secrets)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *probe = new AccountProbe(this);
    connect(probe, &AccountProbe::failed, this, [this, probe](const ApiError &error) {
        probe->deleteLater();
        Q_EMIT failed(error);
    });
    connect(probe, &AccountProbe::succeeded, this, [this, probe, account, secrets](const AccountSummary &summary) mutable {
        probe->deleteLater();
        account.accountId = summary.id;
        account.accountName = summary.name;
        account.subdomain = summary.subdomain;
        account.sessionOnly = !m_vault->isPersistent();
        // Secrets one after another, then the metadata: never an account without its secrets.
        auto remaining = std::make_shared<QList<QPair<QString, QString>>>(secrets);
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, account, remaining, next] {
            if (remaining->isEmpty()) {
                m_store->save(account);
                Q_EMIT added(account);
                *next = nullptr; // break the cycle
                return;
            }
            const auto [what, value] = remaining->takeFirst();
            m_vault->write(account.secretKey(what), value, [this, next](bool ok, const QString &why) {
                if (!ok) {
                    Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets, why));
                    *next = nullptr;
                    return;
                }
                (*next)();
            });
        };
        (*next)();
    });
    probe->probe(account.baseUrl, probeToken);
}

void AccountSetup::remove(const Account &account)
{
    m_store->remove(account.id);
    auto keys = std::make_shared<QStringList>(QStringList{QStringLiteral("long_lived_token"), QStringLiteral("client_secret"),
                                                          QStringLiteral("refresh_token"), QStringLiteral("access_token")});
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, account, keys, next] {
        if (keys->isEmpty()) {
            Q_EMIT removed();
            *next = nullptr;
            return;
        }
        m_vault->remove(account.secretKey(keys->takeFirst()), [this, next](bool ok, const QString &why) {
            if (!ok) {
                Q_EMIT failed(ApiError::make(ApiError::Kind::Secrets, why));
                *next = nullptr;
                return;
            }
            (*next)();
        });
    };
    (*next)();
}

} // namespace amodesk

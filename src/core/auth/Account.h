#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace amodesk {

// What AmoDesk knows of an account besides its secrets; safe to keep in QSettings.
struct Account {
    enum class Auth { OAuth, LongLivedToken };

    QString id;          // our own UUID, the key of its secrets in the keychain
    QString name;        // the name the user gave it (amodesk-cli --account NAME)
    QString baseUrl;     // https://subdomain.amocrm.ru, https://subdomain.kommo.com, or any URL
    Auth auth = Auth::LongLivedToken;
    QString clientId;    // OAuth integration
    QString redirectUri;
    qint64 accountId = 0;
    QString accountName; // as /api/v4/account calls it
    QString subdomain;
    int rateLimit = 7;
    bool sessionOnly = false; // secrets only in memory: never written anywhere
    QDateTime lastUsed;

    QString secretKey(const QString &what) const { return id + u'/' + what; }
};

// The base URL of an account from what a user typed: "example.amocrm.ru",
// "https://example.kommo.com", "http://127.0.0.1:8080". Plain http only to loopback; no www.
// Returns an empty string and sets *error when the input cannot be an account.
QString normalizeBaseUrl(const QString &input, QString *error);
bool isLoopbackHost(const QString &host);
// The consent page of the OAuth flow for an account's base URL.
QUrl consentPageUrl(const QString &baseUrl, const QString &clientId, const QString &state);

} // namespace amodesk

#include <QMetaType>
Q_DECLARE_METATYPE(amodesk::Account)

#include "AccountStore.h"

#include <QSettings>
#include <algorithm>

namespace amodesk {

namespace {
const QString kGroup = QStringLiteral("accounts");

Account readAccount(QSettings &s, const QString &id)
{
    Account a;
    a.id = id;
    a.name = s.value(QStringLiteral("name")).toString();
    a.baseUrl = s.value(QStringLiteral("base_url")).toString();
    a.auth = s.value(QStringLiteral("auth")).toString() == u"oauth" ? Account::Auth::OAuth : Account::Auth::LongLivedToken;
    a.clientId = s.value(QStringLiteral("client_id")).toString();
    a.redirectUri = s.value(QStringLiteral("redirect_uri")).toString();
    a.accountId = s.value(QStringLiteral("account_id")).toLongLong();
    a.accountName = s.value(QStringLiteral("account_name")).toString();
    a.subdomain = s.value(QStringLiteral("subdomain")).toString();
    a.rateLimit = s.value(QStringLiteral("rate_limit"), 7).toInt();
    a.lastUsed = s.value(QStringLiteral("last_used")).toDateTime();
    return a;
}
} // namespace

QList<Account> AccountStore::all() const
{
    QSettings s;
    s.beginGroup(kGroup);
    QList<Account> out;
    for (const QString &id : s.childGroups()) {
        s.beginGroup(id);
        out.append(readAccount(s, id));
        s.endGroup();
    }
    std::sort(out.begin(), out.end(), [](const Account &a, const Account &b) { return a.name < b.name; });
    return out;
}

std::optional<Account> AccountStore::byName(const QString &name) const
{
    for (const Account &a : all()) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::lastUsed() const
{
    const QList<Account> accounts = all();
    if (accounts.isEmpty())
        return std::nullopt;
    return *std::max_element(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) { return a.lastUsed < b.lastUsed; });
}

void AccountStore::save(const Account &a)
{
    if (a.sessionOnly)
        return;
    QSettings s;
    s.beginGroup(kGroup + u'/' + a.id);
    s.setValue(QStringLiteral("name"), a.name);
    s.setValue(QStringLiteral("base_url"), a.baseUrl);
    s.setValue(QStringLiteral("auth"), a.auth == Account::Auth::OAuth ? QStringLiteral("oauth") : QStringLiteral("long_lived_token"));
    s.setValue(QStringLiteral("client_id"), a.clientId);
    s.setValue(QStringLiteral("redirect_uri"), a.redirectUri);
    s.setValue(QStringLiteral("account_id"), a.accountId);
    s.setValue(QStringLiteral("account_name"), a.accountName);
    s.setValue(QStringLiteral("subdomain"), a.subdomain);
    s.setValue(QStringLiteral("rate_limit"), a.rateLimit);
    s.setValue(QStringLiteral("last_used"), a.lastUsed.isValid() ? a.lastUsed : QDateTime::currentDateTimeUtc());
}

void AccountStore::remove(const QString &id)
{
    QSettings s;
    s.remove(kGroup + u'/' + id);
}

void AccountStore::touch(const QString &id)
{
    QSettings s;
    if (s.contains(kGroup + u'/' + id + QStringLiteral("/name")))
        s.setValue(kGroup + u'/' + id + QStringLiteral("/last_used"), QDateTime::currentDateTimeUtc());
}

} // namespace amodesk

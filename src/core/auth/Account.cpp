#include "Account.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Account) };
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString normalizeBaseUrl(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = Tr::tr("the account address is empty");
        return {};
    }
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Tr::tr("\"%1\" is not an address like example.amocrm.ru").arg(input.trimmed());
        return {};
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        *error = Tr::tr("the account address must start with https://");
        return {};
    }
    if (url.scheme() == u"http" && !isLoopbackHost(url.host())) {
        *error = Tr::tr("plain http:// is allowed only for this computer (127.0.0.1); use https://");
        return {};
    }
    if (url.host().startsWith(QStringLiteral("www."), Qt::CaseInsensitive)) {
        *error = Tr::tr("use the account's own address (subdomain.amocrm.ru), not www.");
        return {};
    }
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error = Tr::tr("the account address must be just the host, like https://example.amocrm.ru");
        return {};
    }
    QUrl clean;
    clean.setScheme(url.scheme());
    clean.setHost(url.host().toLower());
    clean.setPort(url.port(-1));
    return clean.toString();
}

QUrl consentPageUrl(const QString &baseUrl, const QString &clientId, const QString &state)
{
    const QUrl base(baseUrl);
    QUrl page;
    if (base.host().endsWith(QStringLiteral(".amocrm.ru")))
        page = QUrl(QStringLiteral("https://www.amocrm.ru/oauth"));
    else if (base.host().endsWith(QStringLiteral(".kommo.com")))
        page = QUrl(QStringLiteral("https://www.kommo.com/oauth"));
    else
        page = QUrl(baseUrl + QStringLiteral("/oauth")); // a self-hosted stand-in such as the sandbox
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("mode"), QStringLiteral("popup"));
    page.setQuery(q);
    return page;
}

} // namespace amodesk

#include "OutgoingRequest.h"

#include "AppInfo.h"

namespace amodesk {

bool resolveRequestUrl(const QUrl &base, const ApiRequest &request, QUrl &url, QString *why)
{
    if (request.path.startsWith(QStringLiteral("http://")) || request.path.startsWith(QStringLiteral("https://"))) {
        url = QUrl(request.path);
        if (url.scheme() != base.scheme() || url.host() != base.host() || url.port(-1) != base.port(-1)) {
            *why = QStringLiteral("a link points away from the account: ") + url.toDisplayString();
            return false;
        }
    } else {
        url = base;
        url.setPath(base.path() + request.path);
    }
    if (!request.query.isEmpty()) {
        const QByteArray existing = url.query(QUrl::FullyEncoded).toLatin1();
        url.setQuery(QString::fromLatin1(existing.isEmpty() ? request.query : existing + '&' + request.query), QUrl::StrictMode);
    }
    return true;
}

QNetworkRequest outgoingRequest(const QUrl &url, const ApiRequest &request, const QString &accessToken)
{
    QNetworkRequest out(url);
    out.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    out.setRawHeader("Accept", "application/hal+json, application/json");
    out.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("AmoDesk/" + appVersion().toLatin1()));
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!request.body.isEmpty())
        out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return out;
}

} // namespace amodesk

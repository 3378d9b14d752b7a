#include "AccountProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace amodesk {

AccountProbe::AccountProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

void AccountProbe::probe(const QString &baseUrl, const QString &token)
{
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/api/v4/account")));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            const QString detail = body.value(QStringLiteral("detail")).toString();
            Q_EMIT failed(detail.isEmpty() ? reply->errorString() : QStringLiteral("%1 (HTTP %2)").arg(detail).arg(status));
            return;
        }
        AccountSummary account;
        account.id = body.value(QStringLiteral("id")).toInteger();
        account.name = body.value(QStringLiteral("name")).toString();
        account.subdomain = body.value(QStringLiteral("subdomain")).toString();
        if (account.id == 0 || account.name.isEmpty()) {
            Q_EMIT failed(QStringLiteral("the answer of /api/v4/account has no account id or name"));
            return;
        }
        Q_EMIT succeeded(account);
    });
}

} // namespace amodesk

#include "AccountProbe.h"

#include "ApiClient.h"
#include "TokenSource.h"

#include <QJsonObject>

namespace amodesk {

namespace {
constexpr int kProbeTimeoutMs = 15000;
}

AccountProbe::AccountProbe(QObject *parent) : QObject(parent) {}

void AccountProbe::probe(const QString &baseUrl, const QString &token)
{
    auto *tokens = new FixedToken(token, this);
    auto *api = new ApiClient(QUrl(baseUrl), tokens, this);
    api->setTimeoutMs(kProbeTimeoutMs);
    api->setMaxAttempts(2); // a check: a second chance after a dropped connection, no more
    api->setDeadlineMs(kProbeTimeoutMs); // and none after an attempt that took all the time there is
    ApiReply *reply = api->send(ApiRequest::get(QStringLiteral("/api/v4/account")));
    connect(reply, &ApiReply::finished, this, [this, reply, api, tokens] {
        const ApiResult r = reply->result();
        api->deleteLater(); // and the reply with it
        tokens->deleteLater();
        if (!r.ok()) {
            Q_EMIT failed(r.error);
            return;
        }
        const QJsonObject body = r.json.object();
        AccountSummary account;
        account.id = body.value(QStringLiteral("id")).toInteger();
        account.name = body.value(QStringLiteral("name")).toString();
        account.subdomain = body.value(QStringLiteral("subdomain")).toString();
        if (account.id == 0 || account.name.isEmpty()) {
            Q_EMIT failed(ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("the answer of /api/v4/account has no account id or name")));
            return;
        }
        Q_EMIT succeeded(account);
    });
}

} // namespace amodesk

#include "JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace amodesk {

JwtClaims readJwtClaims(const QString &token)
{
    JwtClaims claims;
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return claims;
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    claims.expires = payload.value(QStringLiteral("exp")).toInteger();
    claims.apiDomain = payload.value(QStringLiteral("api_domain")).toString();
    claims.audience = payload.value(QStringLiteral("aud")).toString();
    claims.accountId = payload.value(QStringLiteral("account_id")).toVariant().toString();
    return claims;
}

} // namespace amodesk

#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace amodesk {

struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
};

// POST {account}/oauth2/access_token with a JSON body, for both grants.
class TokenEndpoint
{
public:
    using Answer = std::function<void(const TokenPair &tokens, const ApiError &error)>;
    TokenEndpoint(QNetworkAccessManager *network, const QString &baseUrl, const QString &clientId,
                  const QString &clientSecret, const QString &redirectUri);

    void exchangeCode(const QString &code, QObject *context, Answer answer);
    void refresh(const QString &refreshToken, QObject *context, Answer answer);

private:
    void post(const QJsonObject &body, QObject *context, Answer answer);

    QNetworkAccessManager *m_network;
    QString m_baseUrl, m_clientId, m_clientSecret, m_redirectUri;
};

} // namespace amodesk

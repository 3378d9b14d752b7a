#include "TokenEndpoint.h"

#include "log/SecretRedactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include "api/BoundedAnswer.h"
#include "api/TrustStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(TokenEndpoint) };
constexpr qint64 kMaxTokenAnswerBytes = 1024 * 1024; // a token answer is a few kilobytes
}

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, const QString &baseUrl, const QString &clientId,
                             const QString &clientSecret, const QString &redirectUri)
    : m_network(network), m_baseUrl(baseUrl), m_clientId(clientId), m_clientSecret(clientSecret), m_redirectUri(redirectUri)
{
    trustCertificatesFor(baseUrl);
}

void TokenEndpoint::exchangeCode(const QString &code, QObject *context, Answer answer)
{
    post({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}}, context, std::move(answer));
}

void TokenEndpoint::refresh(const QString &refreshToken, QObject *context, Answer answer)
{
    post({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refreshToken}}, context, std::move(answer));
}

void TokenEndpoint::post(const QJsonObject &grant, QObject *context, Answer answer)
{
    QJsonObject body = grant;
    body.insert(QStringLiteral("client_id"), m_clientId);
    body.insert(QStringLiteral("client_secret"), m_clientSecret);
    body.insert(QStringLiteral("redirect_uri"), m_redirectUri);
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/oauth2/access_token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30000);
    // The client secret and the code or refresh token go to the account's address and nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QPointer<BoundedAnswer> bounded = BoundedAnswer::attach(reply, kMaxTokenAnswerBytes);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, bounded, answer] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = bounded->take();
        TokenPair tokens;
        if (bounded->tooLarge()) {
            ApiError e = ApiError::make(ApiError::Kind::BadResponse, Tr::tr("the sign-in answer is larger than %1 KB").arg(kMaxTokenAnswerBytes >> 10));
            e.maybeCommitted = true; // the server may have rotated the token: the grace rule covers a retry
            answer(tokens, e);
            return;
        }
        if (status == 0) {
            ApiError e = ApiError::make(ApiError::Kind::Network, reply->errorString());
            e.maybeCommitted = true; // the server may have rotated the token: the grace rule covers a retry
            answer(tokens, e);
            return;
        }
        if (status >= 300 && status < 400) { // refused before anything was done: nothing was sent on
            const QString target = QString::fromUtf8(reply->rawHeader("Location"));
            answer(tokens, ApiError::make(ApiError::Kind::BadResponse,
                                          Tr::tr("the account's address sent the sign-in elsewhere (%1); AmoDesk sends its credentials to the account's address only")
                                              .arg(target.isEmpty() ? Tr::tr("no address given") : target)));
            return;
        }
        if (status != 200) {
            answer(tokens, ApiError::fromAnswer(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), data, {}));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
        tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
        tokens.expiresIn = json.value(QStringLiteral("expires_in")).toInteger();
        if (tokens.accessToken.isEmpty()) {
            ApiError e = ApiError::make(ApiError::Kind::BadResponse, Tr::tr("the sign-in answer has no access token"));
            e.maybeCommitted = true;
            answer(tokens, e);
            return;
        }
        SecretRedactor::instance().add(tokens.accessToken);
        SecretRedactor::instance().add(tokens.refreshToken);
        answer(tokens, {});
    });
}

} // namespace amodesk

// OAuth 2.0 of the sandbox as API-NOTES describes amoCRM's: consent redirect, code exchange,
// JWT access tokens, refresh-token rotation with the grace rule, long-lived tokens.
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace testing;

namespace {

QJsonObject jwtPart(const QString &token, int part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split(u'.').value(part).toLatin1(), QByteArray::Base64UrlEncoding)).object();
}
} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;

    QUrlQuery consent(HttpProbe &http, const QString &state)
    {
        const HttpResult r = http.get(QStringLiteral("/oauth?client_id=%1&state=%2&mode=popup").arg(kClientId, state));
        if (r.status != 302)
            return {};
        const QUrl location = QUrl::fromEncoded(r.header("Location"));
        if (location.toString(QUrl::RemoveQuery) != kRedirect)
            return {};
        return QUrlQuery(location);
    }

    HttpResult token(const QJsonObject &params)
    {
        QJsonObject body = params;
        body.insert(QStringLiteral("client_id"), body.value(QStringLiteral("client_id")).toString(kClientId));
        body.insert(QStringLiteral("client_secret"), body.value(QStringLiteral("client_secret")).toString(kSecret));
        body.insert(QStringLiteral("redirect_uri"), kRedirect);
        HttpProbe anonymous(m_sandbox.baseUrl());
        return anonymous.send("POST", QStringLiteral("/oauth2/access_token"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject codeGrant()
    {
        const QString code = consent(*m_http, QStringLiteral("s1")).queryItemValue(QStringLiteral("code"));
        return token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}}).json();
    }

    HttpResult refresh(const QString &refreshToken)
    {
        return token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refreshToken}});
    }

    int apiStatus(const QString &accessToken)
    {
        HttpProbe http(m_sandbox.baseUrl(), accessToken);
        return http.get(QStringLiteral("/api/v4/account")).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("100")}), qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
    }

    void consentRedirectsWithCodeStateRefererAndClientId()
    {
        const QUrlQuery q = consent(*m_http, QStringLiteral("xyz-42"));
        QVERIFY(!q.isEmpty());
        QVERIFY(q.queryItemValue(QStringLiteral("code")).size() > 20);
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz-42"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), kClientId);
        QCOMPARE(q.queryItemValue(QStringLiteral("referer")), QUrl(m_sandbox.baseUrl()).authority());
        QCOMPARE(m_http->get(QStringLiteral("/oauth?client_id=someone-else&state=1")).status, 400);
    }

    void deniedConsent()
    {
        SandboxProcess denying;
        QVERIFY(denying.start({QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--deny-consent")}));
        HttpProbe http(denying.baseUrl());
        const QUrlQuery q = consent(http, QStringLiteral("st"));
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), kClientId);
        QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
    }

    void codeExchangeGivesJwtAndRefreshToken()
    {
        const QString code = consent(*m_http, QStringLiteral("s")).queryItemValue(QStringLiteral("code"));
        const HttpResult r = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
        QCOMPARE(body[QStringLiteral("expires_in")].toInt(), 86400);
        const QString access = body[QStringLiteral("access_token")].toString();
        QCOMPARE(access.count(u'.'), 2);
        QCOMPARE(jwtPart(access, 0)[QStringLiteral("typ")].toString(), QStringLiteral("JWT"));
        QCOMPARE(jwtPart(access, 0)[QStringLiteral("alg")].toString(), QStringLiteral("RS256"));
        QVERIFY(!jwtPart(access, 0)[QStringLiteral("jti")].toString().isEmpty());
        const QJsonObject claims = jwtPart(access, 1);
        QVERIFY(claims[QStringLiteral("exp")].toInteger() > QDateTime::currentSecsSinceEpoch() + 86000);
        QCOMPARE(claims[QStringLiteral("api_domain")].toString(), QUrl(m_sandbox.baseUrl()).authority());
        QVERIFY(!body[QStringLiteral("refresh_token")].toString().isEmpty());
        QCOMPARE(apiStatus(access), 200);

        // A code is good once.
        const HttpResult again = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(again.json()[QStringLiteral("hint")].toString(), QStringLiteral("Authorization code has been revoked"));
    }

    void formEncodedExchange()
    {
        const QString code = consent(*m_http, QStringLiteral("f")).queryItemValue(QStringLiteral("code"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), kClientId);
        form.addQueryItem(QStringLiteral("client_secret"), kSecret);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
        const HttpResult r = m_http->send("POST", QStringLiteral("/oauth2/access_token"), form.query(QUrl::FullyEncoded).toLatin1(),
                                          "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json()[QStringLiteral("access_token")].toString().isEmpty());
    }

    void badClientAndBadCode()
    {
        const QString code = consent(*m_http, QStringLiteral("b")).queryItemValue(QStringLiteral("code"));
        const HttpResult wrongSecret = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code},
                                              {QStringLiteral("client_secret"), QStringLiteral("guess")}});
        // The body amoCRM sends, quoted in amocrm/amocrm-api-php#235: no hint.
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.json(), (QJsonObject{{QStringLiteral("title"), QStringLiteral("Некорректный клиент")},
                                                  {QStringLiteral("type"), QStringLiteral("https://developers.amocrm.ru/v3/errors/OAuthProblemJson")},
                                                  {QStringLiteral("status"), 401},
                                                  {QStringLiteral("detail"), QStringLiteral("Авторизация клиента не прошла")}}));
        // A bad code: "Некорректный запрос: В запросе отсутствует ряд параметров или параметры
        // невалидны", as amocrm/amocrm-api-php#337 quotes it.
        const HttpResult badCode = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), QStringLiteral("def50200nonsense")}});
        QCOMPARE(badCode.json()[QStringLiteral("title")].toString(), QStringLiteral("Некорректный запрос"));
        QCOMPARE(badCode.json()[QStringLiteral("detail")].toString(), QStringLiteral("В запросе отсутствует ряд параметров или параметры невалидны"));
        QCOMPARE(token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), QStringLiteral("def50200nonsense")}}).status, 400);
        QCOMPARE(token({{QStringLiteral("grant_type"), QStringLiteral("password")}}).status, 400);
        QCOMPARE(m_http->send("POST", QStringLiteral("/oauth2/access_token"), "not json").status, 400);
    }

    void refreshRotatesWithGraceRule()
    {
        const QJsonObject first = codeGrant();
        const QString r1 = first[QStringLiteral("refresh_token")].toString();
        // Rotate: a new pair, both different.
        const HttpResult second = refresh(r1);
        QCOMPARE(second.status, 200);
        const QString a2 = second.json()[QStringLiteral("access_token")].toString();
        const QString r2 = second.json()[QStringLiteral("refresh_token")].toString();
        QVERIFY(r2 != r1);
        // The answer was "lost": r1 still works while the new pair is unused.
        const HttpResult retried = refresh(r1);
        QCOMPARE(retried.status, 200);
        const QString a3 = retried.json()[QStringLiteral("access_token")].toString();
        const QString r3 = retried.json()[QStringLiteral("refresh_token")].toString();
        // Using the new access token ends the grace: r1 is revoked, and so is the unused sibling pair.
        QCOMPARE(apiStatus(a3), 200);
        const HttpResult late = refresh(r1);
        // The body amoCRM sends for a used refresh token, quoted in amocrm/amocrm-api-php#123 and #315.
        QCOMPARE(late.status, 401);
        QCOMPARE(late.json(), (QJsonObject{{QStringLiteral("hint"), QStringLiteral("Token has been revoked")},
                                           {QStringLiteral("title"), QStringLiteral("Некорректный запрос")},
                                           {QStringLiteral("type"), QStringLiteral("https://developers.amocrm.ru/v3/errors/OAuthProblemJson")},
                                           {QStringLiteral("status"), 401},
                                           {QStringLiteral("detail"), QStringLiteral("В запросе отсутствует ряд параметров или параметры невалидны")}}));
        QCOMPARE(apiStatus(a2), 401);
        QCOMPARE(refresh(r2).status, 401);
        // Using the new refresh token also counts as a use.
        const HttpResult fourth = refresh(r3);
        QCOMPARE(fourth.status, 200);
        QCOMPARE(refresh(fourth.json()[QStringLiteral("refresh_token")].toString()).status, 200);
        QCOMPARE(refresh(r3).status, 401);
        QCOMPARE(refresh(QStringLiteral("def50200unknown")).status, 401);
    }

    void accessTokensExpire()
    {
        SandboxProcess shortLived;
        // exp counts whole seconds, so a token of one second may be over a moment after it was
        // issued: three leave two at least for the first call, on however slow a machine.
        QVERIFY(shortLived.start({QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--token-lifetime"), QStringLiteral("3")}));
        HttpProbe http(shortLived.baseUrl());
        const HttpResult consentAnswer = http.get(QStringLiteral("/oauth?client_id=%1&state=e").arg(kClientId));
        const QString code = QUrlQuery(QUrl::fromEncoded(consentAnswer.header("Location"))).queryItemValue(QStringLiteral("code"));
        const QJsonObject body{{QStringLiteral("client_id"), kClientId}, {QStringLiteral("client_secret"), kSecret}, {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), kRedirect}};
        const QJsonObject tokens = http.send("POST", QStringLiteral("/oauth2/access_token"), QJsonDocument(body).toJson()).json();
        QCOMPARE(tokens[QStringLiteral("expires_in")].toInt(), 3);
        http.setToken(tokens[QStringLiteral("access_token")].toString());
        QCOMPARE(http.get(QStringLiteral("/api/v4/account")).status, 200);
        QThread::msleep(3100); // past exp, which is at most three seconds after the token was issued
        const HttpResult expired = http.get(QStringLiteral("/api/v4/account"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json()[QStringLiteral("detail")].toString(), QStringLiteral("Token has expired"));
    }

    void integrationIsSetFromTheCommandLine()
    {
        SandboxProcess custom;
        QVERIFY(custom.start({QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--client-id"), QStringLiteral("my-integration"),
                              QStringLiteral("--client-secret"), QStringLiteral("my-secret-value"), QStringLiteral("--redirect-uri"),
                              QStringLiteral("https://example.com/oauth/back")}));
        HttpProbe http(custom.baseUrl());
        QCOMPARE(http.get(QStringLiteral("/oauth?client_id=%1&state=a").arg(kClientId)).status, 400); // the default one is not known here
        const HttpResult consentAnswer = http.get(QStringLiteral("/oauth?client_id=my-integration&state=a"));
        QCOMPARE(consentAnswer.status, 302);
        const QUrl location = QUrl::fromEncoded(consentAnswer.header("Location"));
        QCOMPARE(location.toString(QUrl::RemoveQuery), QStringLiteral("https://example.com/oauth/back"));
        const QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("my-integration")}, {QStringLiteral("client_secret"), QStringLiteral("my-secret-value")},
                               {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), QUrlQuery(location).queryItemValue(QStringLiteral("code"))},
                               {QStringLiteral("redirect_uri"), QStringLiteral("https://example.com/oauth/back")}};
        QCOMPARE(http.send("POST", QStringLiteral("/oauth2/access_token"), QJsonDocument(body).toJson()).status, 200);
    }

    void longLivedToken()
    {
        const QString token = m_sandbox.token();
        QCOMPARE(apiStatus(token), 200);
        const QJsonObject claims = jwtPart(token, 1);
        QVERIFY(claims[QStringLiteral("exp")].toInteger() > QDateTime::currentSecsSinceEpoch() + 4LL * 365 * 86400);
        QCOMPARE(apiStatus(QStringLiteral("not-a-token")), 401);
        HttpProbe anonymous(m_sandbox.baseUrl());
        const HttpResult none = anonymous.get(QStringLiteral("/api/v4/account"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.header("Content-Type"), QByteArray("application/problem+json"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"

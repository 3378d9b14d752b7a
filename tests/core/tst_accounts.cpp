// Accounts and their secrets against the real Secret Service and the real sandbox: the three
// ways in, the keychain as the only place a token lives, refresh under a 401 storm and with
// a lost answer, session-only mode, and the loopback redirect listener.
#include "ReplyWait.h"
#include "HttpProbe.h"
#include "KeychainRead.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/TrustStore.h"
#include "auth/AccountSession.h"
#include "auth/AccountSetup.h"
#include "auth/AccountStore.h"
#include "auth/LoopbackReceiver.h"
#include "auth/OAuthTokenSource.h"
#include "auth/SecretVault.h"
#include "auth/TokenEndpoint.h"
#include "log/SecretRedactor.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace amodesk;
using testing::HttpProbe;
using testing::SandboxProcess;
using testing::kRedirect;
using testing::kSecret;
using testing::kClientId;
using testing::readSecret;

using testing::waitForReply;

namespace {

QString consentCode(const SandboxProcess &s)
{
    HttpProbe http(s.baseUrl());
    const auto r = http.get(QStringLiteral("/oauth?client_id=%1&state=t&mode=popup").arg(kClientId));
    return QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(QStringLiteral("code"));
}


QStringList filesContaining(const QString &needle)
{
    QStringList hits;
    for (const QString &root : {QDir::homePath(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 20 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
                hits << f.fileName();
        }
    }
    return hits;
}

Account oauthAccount(const SandboxProcess &s, const QString &name)
{
    Account a;
    a.name = name;
    a.baseUrl = s.baseUrl();
    a.clientId = kClientId;
    a.redirectUri = kRedirect;
    return a;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    KeychainVault m_keychain;
    AccountStore m_store;

    Account add(AccountSetup &setup, std::function<void()> start)
    {
        QSignalSpy added(&setup, &AccountSetup::added);
        QSignalSpy failed(&setup, &AccountSetup::failed);
        start();
        if (!added.wait(30000)) {
            qWarning() << (failed.isEmpty() ? QStringLiteral("no answer") : failed.first().first().value<ApiError>().message());
            return {};
        }
        return added.first().first().value<Account>();
    }

    std::unique_ptr<AccountSession> open(const Account &account, SecretVault *vault)
    {
        auto session = std::make_unique<AccountSession>(account, vault);
        QSignalSpy ready(session.get(), &AccountSession::ready);
        session->open();
        if (!ready.wait(10000))
            return {};
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<Account>();
        if (SandboxProcess::tlsRequested()) // the client trusts the run's certificate as it would a private CA
            QVERIFY(addTrustedCertificates(SandboxProcess::certificateFile()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        // Its own settings: the _tls twin runs alongside and clears its own.
        QCoreApplication::setApplicationName(QStringLiteral("tst_accounts-%1").arg(QCoreApplication::applicationPid()));
        QSettings().clear();
        bool ok = false;
        QString why;
        bool done = false;
        m_keychain.probe([&](bool o, const QString &w) { ok = o; why = w; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(ok, qPrintable(why)); // the suite runs with the real Secret Service
    }

    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("subdomain") << "example.amocrm.ru" << "https://example.amocrm.ru";
        QTest::newRow("kommo") << "https://Example.Kommo.com/" << "https://example.kommo.com";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080";
        QTest::newRow("localhost http") << "http://localhost:9000" << "http://localhost:9000";
        QTest::newRow("any https") << "https://crm.example.org" << "https://crm.example.org";
        QTest::newRow("plain http elsewhere") << "http://example.amocrm.ru" << "";
        QTest::newRow("www") << "https://www.amocrm.ru" << "";
        QTest::newRow("path") << "https://example.amocrm.ru/api/v4" << "";
        QTest::newRow("ftp") << "ftp://example.amocrm.ru" << "";
        QTest::newRow("empty") << "  " << "";
        QTest::newRow("garbage") << "exa mple" << "";
    }

    void baseUrlRules()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(normalizeBaseUrl(input, &error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void consentPageByRegion()
    {
        QCOMPARE(consentPageUrl(QStringLiteral("https://x.amocrm.ru"), QStringLiteral("c"), QStringLiteral("s")).toString(QUrl::RemoveQuery),
                 QStringLiteral("https://www.amocrm.ru/oauth"));
        QCOMPARE(consentPageUrl(QStringLiteral("https://x.kommo.com"), QStringLiteral("c"), QStringLiteral("s")).toString(QUrl::RemoveQuery),
                 QStringLiteral("https://www.kommo.com/oauth"));
        const QUrl local = consentPageUrl(QStringLiteral("http://127.0.0.1:5000"), QStringLiteral("c"), QStringLiteral("s"));
        QCOMPARE(local.toString(QUrl::RemoveQuery), QStringLiteral("http://127.0.0.1:5000/oauth"));
        QCOMPARE(QUrlQuery(local).queryItemValue(QStringLiteral("state")), QStringLiteral("s"));
    }

    void longLivedTokenLivesOnlyInTheKeychain()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50")}));
        AccountSetup setup(&m_keychain, &m_store);
        Account a;
        a.name = QStringLiteral("llt");
        a.baseUrl = s.baseUrl();
        const Account added = add(setup, [&] { setup.addWithLongLivedToken(a, s.token()); });
        QVERIFY(!added.id.isEmpty());
        QCOMPARE(added.accountName, QStringLiteral("Демо-аккаунт AmoDesk"));
        QVERIFY(m_store.byName(QStringLiteral("llt")).has_value());
        QCOMPARE(readSecret(m_keychain, added.secretKey(QStringLiteral("long_lived_token"))), std::optional<QString>(s.token()));
        QSettings().sync();
        QVERIFY2(filesContaining(s.token()).isEmpty(), qPrintable(filesContaining(s.token()).join(u' ')));

        const auto stored = m_store.byName(QStringLiteral("llt"));
        QVERIFY(stored);
        const auto session = open(*stored, &m_keychain);
        QVERIFY(session);
        QVERIFY(waitForReply(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/account")))).ok());

        QSignalSpy removed(&setup, &AccountSetup::removed);
        setup.remove(added);
        QVERIFY(removed.wait(10000));
        QVERIFY(!m_store.byName(QStringLiteral("llt")).has_value());
        QCOMPARE(readSecret(m_keychain, added.secretKey(QStringLiteral("long_lived_token"))), std::nullopt);
    }

    void aStormOf401sCausesOneRefresh()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("200"), QStringLiteral("--token-lifetime"), QStringLiteral("2"),
                         QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        AccountSetup setup(&m_keychain, &m_store);
        const Account added = add(setup, [&] { setup.addWithCode(oauthAccount(s, QStringLiteral("storm")), kSecret, consentCode(s)); });
        QVERIFY(!added.id.isEmpty());
        const QString firstRefresh = *readSecret(m_keychain, added.secretKey(QStringLiteral("refresh_token")));
        auto session = open(added, &m_keychain);
        QVERIFY(session);
        session->api()->setRateLimit(50);
        QVERIFY(waitForReply(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/account")))).ok());
        QTest::qWait(3200); // the access token expires

        QList<testing::ReplyResult> storm;
        for (int i = 0; i < 20; ++i)
            storm << testing::ReplyResult(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/events"), "limit=5&page=" + QByteArray::number(i + 1))));
        for (const testing::ReplyResult &r : storm) {
            const ApiResult result = r.wait();
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
        }
        HttpProbe http(s.baseUrl());
        QCOMPARE(http.get(QStringLiteral("/sandbox/stats")).json()[QStringLiteral("refreshes")].toInt(), 1);
        QCOMPARE(static_cast<OAuthTokenSource *>(session->tokens())->refreshesDone(), 1);
        const QString rotated = *readSecret(m_keychain, added.secretKey(QStringLiteral("refresh_token")));
        QVERIFY(rotated != firstRefresh); // the rotated token was saved
        QVERIFY(filesContaining(rotated).isEmpty());
        QVERIFY(filesContaining(kSecret).isEmpty());

        QSignalSpy removed(&setup, &AccountSetup::removed);
        setup.remove(added);
        QVERIFY(removed.wait(10000));
        QCOMPARE(readSecret(m_keychain, added.secretKey(QStringLiteral("refresh_token"))), std::nullopt);
        QCOMPARE(readSecret(m_keychain, added.secretKey(QStringLiteral("client_secret"))), std::nullopt);
    }

    void aLostRefreshAnswerIsRecoveredByTheGraceRule()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--token-lifetime"), QStringLiteral("2"),
                         QStringLiteral("--drop-refresh-answers"), QStringLiteral("1")}));
        AccountSetup setup(&m_keychain, &m_store);
        const Account added = add(setup, [&] { setup.addWithCode(oauthAccount(s, QStringLiteral("grace")), kSecret, consentCode(s)); });
        auto session = open(added, &m_keychain);
        QVERIFY(session);
        QTest::qWait(3200);
        const ApiResult r = waitForReply(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/account"))));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        HttpProbe http(s.baseUrl());
        const QJsonObject stats = http.get(QStringLiteral("/sandbox/stats")).json();
        QCOMPARE(stats[QStringLiteral("dropped_refresh_answers")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("refreshes")].toInt(), 2); // the lost one and the retry
        // What the keychain holds is the token that works now: the next refresh succeeds.
        QTest::qWait(3200);
        const ApiResult later = waitForReply(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/account"))));
        QVERIFY2(later.ok(), qPrintable(later.error.message()));
        QCOMPARE(http.get(QStringLiteral("/sandbox/stats")).json()[QStringLiteral("refreshes")].toInt(), 3);
        QSignalSpy removed(&setup, &AccountSetup::removed);
        setup.remove(added);
        QVERIFY(removed.wait(10000));
    }

    void aRevokedSignInSaysSo()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--token-lifetime"), QStringLiteral("2")}));
        MemoryVault memory;
        auto session = std::make_unique<AccountSession>(oauthAccount(s, QStringLiteral("revoked")), &memory);
        QNetworkAccessManager network;
        auto *tokens = new OAuthTokenSource(oauthAccount(s, QStringLiteral("revoked")), kSecret, &memory, &network, session.get());
        tokens->setTokens(QStringLiteral("expired-access-token"), QStringLiteral("def50200revoked-refresh-token"));
        ApiClient client(QUrl(s.baseUrl()), tokens);
        const ApiResult r = waitForReply(client.send(ApiRequest::get(QStringLiteral("/api/v4/account"))));
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(r.error.message().contains(QStringLiteral("again")));
    }

    void sessionOnlyKeepsNothing()
    {
        SandboxProcess s;
        QVERIFY(s.start({QStringLiteral("--events"), QStringLiteral("50")}));
        MemoryVault memory;
        AccountSetup setup(&memory, &m_store);
        Account a;
        a.name = QStringLiteral("session");
        a.baseUrl = s.baseUrl();
        const Account added = add(setup, [&] { setup.addWithLongLivedToken(a, s.token()); });
        QVERIFY(added.sessionOnly);
        QVERIFY(!m_store.byName(QStringLiteral("session")).has_value());
        const auto session = open(added, &memory);
        QVERIFY(session);
        QVERIFY(waitForReply(session->api()->send(ApiRequest::get(QStringLiteral("/api/v4/account")))).ok());
        QCOMPARE(readSecret(m_keychain, added.secretKey(QStringLiteral("long_lived_token"))), std::nullopt);
        QSettings().sync();
        QVERIFY(filesContaining(s.token()).isEmpty());
    }

    void secretsAreMaskedInLogText()
    {
        SecretRedactor::instance().add(QStringLiteral("tok-1234567890"));
        QCOMPARE(SecretRedactor::instance().redact(QStringLiteral("Bearer tok-1234567890 sent")), QStringLiteral("Bearer *** sent"));
        SecretRedactor::instance().add(QStringLiteral("short"));
        QCOMPARE(SecretRedactor::instance().redact(QStringLiteral("short")), QStringLiteral("short"));
    }

    void tokenRequestFollowsNoRedirect()
    {
        // A 307 from the account's address must not carry the client secret and the code to
        // another host: the exchange fails, naming where it was sent, and the other host hears nothing.
        QTcpServer elsewhere, account;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        QVERIFY(account.listen(QHostAddress::LocalHost, 0));
        const QString target = QStringLiteral("http://127.0.0.1:%1/oauth2/access_token").arg(elsewhere.serverPort());
        int heardElsewhere = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] { ++heardElsewhere; });
        connect(&account, &QTcpServer::newConnection, this, [&account, target] {
            QTcpSocket *socket = account.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, target] {
                socket->readAll();
                socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target.toUtf8() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager network;
        TokenEndpoint endpoint(&network, QStringLiteral("http://127.0.0.1:%1").arg(account.serverPort()), QStringLiteral("client"),
                               QStringLiteral("very-secret"), QStringLiteral("http://127.0.0.1:1/cb"));
        bool answered = false;
        ApiError error;
        endpoint.exchangeCode(QStringLiteral("def50200code"), this, [&](const TokenPair &, const ApiError &e) {
            answered = true;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
        QCOMPARE(heardElsewhere, 0);
    }

    void loopbackReceiverTakesTheFirstValidHitOnly()
    {
        LoopbackReceiver receiver;
        QString error;
        QVERIFY(!receiver.listen(QUrl(QStringLiteral("http://example.com:8080/cb")), QStringLiteral("st"), &error));
        QVERIFY(!error.isEmpty());
        QTcpServer probe; // a port of this run's own: the _tls twin runs alongside
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QVERIFY2(receiver.listen(QUrl(base + QStringLiteral("/cb")), QStringLiteral("st-42"), &error), qPrintable(error));
        QSignalSpy got(&receiver, &LoopbackReceiver::codeReceived);
        HttpProbe http(base);
        QCOMPARE(http.get(QStringLiteral("/cb?code=evil&state=wrong")).status, 400);
        QCOMPARE(http.get(QStringLiteral("/other?code=x&state=st-42")).status, 400);
        QCOMPARE(got.size(), 0);
        QCOMPARE(http.get(QStringLiteral("/cb?code=good&state=st-42&referer=example.amocrm.ru&client_id=c")).status, 200);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().at(0).toString(), QStringLiteral("good"));
        QCOMPARE(got.first().at(1).toString(), QStringLiteral("example.amocrm.ru"));
        QVERIFY(http.get(QStringLiteral("/cb?code=again&state=st-42")).status != 200);
        QCOMPARE(got.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

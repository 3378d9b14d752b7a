// The sandbox speaks HTTP/1.1 as production servers do (#13): chunked request bodies,
// "Expect: 100-continue", pipelined requests on one connection, HEAD, and size limits answered
// with problem+json. Run over HTTP, and over HTTPS as tst_sandbox_http_tls.
#include "HttpProbe.h"
#include "RawConnection.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace testing;

namespace {
QByteArray noteBatch(const QString &text)
{
    const QJsonArray batch{QJsonObject{{QStringLiteral("entity_id"), 26000001}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                       {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), text}}}}};
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

// The body cut into chunks of at most `size` bytes, the first with an extension, ended by a
// trailer field: everything RFC 9112 lets a client send.
QByteArray chunked(const QByteArray &body, int size)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += size) {
        const QByteArray piece = body.mid(at, size);
        out += QByteArray::number(piece.size(), 16) + (at == 0 ? ";note=first" : "") + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\nX-Checksum: none\r\n\r\n";
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QJsonObject jsonOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(bodyOf(answer)).object();
}
} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QUrl m_base;
    QByteArray m_auth;

    QByteArray notesHead(const QByteArray &framing) const
    {
        return "POST /api/v4/leads/notes HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "Content-Type: application/json\r\n" + framing + "\r\n";
    }

    int notesWithText(const QString &text)
    {
        HttpProbe http(m_base.toString(), m_sandbox.token());
        int found = 0;
        for (const QJsonValue &n : http.get(QStringLiteral("/sandbox/notes")).json()[QStringLiteral("notes")].toArray())
            found += n[QStringLiteral("params")][QStringLiteral("text")].toString() == text;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));
        m_base = QUrl(m_sandbox.baseUrl());
        m_auth = "Authorization: Bearer " + m_sandbox.token().toLatin1() + "\r\n";
        QCOMPARE(m_base.scheme(), SandboxProcess::tlsRequested() ? QStringLiteral("https") : QStringLiteral("http"));
    }

    void chunkedBodyIsReadLikeAnyOther()
    {
        // Node's https.request sends bodies chunked; they used to get 411.
        RawConnection connection(m_base);
        QVERIFY(connection.isOpen());
        connection.send(notesHead("Transfer-Encoding: chunked\r\n") + chunked(noteBatch(QStringLiteral("chunked note")), 7));
        const QByteArray answer = connection.nextAnswer();
        QCOMPARE(statusOf(answer), 200);
        QCOMPARE(jsonOf(answer)[QStringLiteral("_embedded")][QStringLiteral("notes")].toArray().size(), 1);
        QCOMPARE(notesWithText(QStringLiteral("chunked note")), 1);
    }

    void chunkedSignInIsReadLikeAnyOther()
    {
        // The OAuth endpoint reads a chunked body: a wrong code gets the same answer either way.
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), kClientId}, {QStringLiteral("client_secret"), kSecret},
                                                          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                          {QStringLiteral("code"), QStringLiteral("def502000000")},
                                                          {QStringLiteral("redirect_uri"), kRedirect}}).toJson(QJsonDocument::Compact);
        const QByteArray head = "POST /oauth2/access_token HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n";
        RawConnection plain(m_base), inChunks(m_base);
        plain.send(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        inChunks.send(head + "Transfer-Encoding: chunked\r\n\r\n" + chunked(body, 16));
        const QByteArray a = plain.nextAnswer(), b = inChunks.nextAnswer();
        QCOMPARE(statusOf(b), statusOf(a));
        QVERIFY2(statusOf(a) == 400, a.constData());
        QCOMPARE(jsonOf(b), jsonOf(a));
    }

    void badChunkingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("size not hex") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("zz\r\nabc\r\n0\r\n\r\n") << 400;
        QTest::newRow("data longer than its size") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("2\r\nabc\r\n0\r\n\r\n") << 400;
        QTest::newRow("over 16 MB") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("1000001\r\n") << 413;
        QTest::newRow("with a length too") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << QByteArray("0\r\n\r\n") << 400;
        QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray() << 501;
        QTest::newRow("unknown expectation") << QByteArray("Expect: miracles\r\nContent-Length: 2\r\n") << QByteArray("[]") << 417;
    }

    void badChunkingIsRefused()
    {
        QFETCH(QByteArray, framing);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        RawConnection connection(m_base);
        connection.send(notesHead(framing) + body);
        const QByteArray answer = connection.nextAnswer();
        QCOMPARE(statusOf(answer), status);
        QCOMPARE(headerOf(answer, "Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(jsonOf(answer)[QStringLiteral("status")].toInt(), status);
    }

    void expectContinueGetsContinueBeforeTheBody()
    {
        const QByteArray body = noteBatch(QStringLiteral("after continue"));
        RawConnection connection(m_base);
        connection.send(notesHead("Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"));
        QCOMPARE(connection.nextAnswer(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        connection.send(body);
        QCOMPARE(statusOf(connection.nextAnswer()), 200);
        QCOMPARE(notesWithText(QStringLiteral("after continue")), 1);
    }

    void tooLargeBodyIsRefusedBeforeItIsSent()
    {
        // With "Expect: 100-continue" a client learns of the limit without sending 17 MB.
        RawConnection connection(m_base);
        connection.send(notesHead("Expect: 100-continue\r\nContent-Length: 17000000\r\n"));
        const QByteArray answer = connection.nextAnswer();
        QCOMPARE(statusOf(answer), 413);
        QCOMPARE(jsonOf(answer)[QStringLiteral("title")].toString(), QStringLiteral("Payload Too Large"));
    }

    void tooLargeHeadIsRefused()
    {
        RawConnection connection(m_base);
        connection.send("GET /api/v4/account HTTP/1.1\r\n" + m_auth + "X-Padding: " + QByteArray(70000, 'a') + "\r\n\r\n");
        const QByteArray answer = connection.nextAnswer();
        QCOMPARE(statusOf(answer), 431);
        QCOMPARE(headerOf(answer, "Content-Type"), QByteArray("application/problem+json"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawConnection connection(m_base);
        const QByteArray account = "GET /api/v4/account HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n";
        const QByteArray users = "GET /api/v4/users?limit=2 HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n";
        connection.send(account + users + account); // all three in one write
        const QByteArray first = connection.nextAnswer(), second = connection.nextAnswer(), third = connection.nextAnswer();
        QCOMPARE(statusOf(first), 200);
        QVERIFY(jsonOf(first).contains(QStringLiteral("subdomain")));
        QCOMPARE(statusOf(second), 200);
        QCOMPARE(jsonOf(second)[QStringLiteral("_embedded")][QStringLiteral("users")].toArray().size(), 2);
        QCOMPARE(bodyOf(third), bodyOf(first));
        QCOMPARE(headerOf(third, "Connection"), QByteArray("keep-alive"));
    }

    void headIsGetWithoutTheBody()
    {
        RawConnection connection(m_base);
        connection.send("GET /api/v4/account HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n");
        const QByteArray get = connection.nextAnswer();
        connection.send("HEAD /api/v4/account HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n");
        const QByteArray head = connection.nextAnswer(true);
        QCOMPARE(statusOf(head), 200);
        QCOMPARE(headerOf(head, "Content-Type"), headerOf(get, "Content-Type"));
        QCOMPARE(headerOf(head, "Content-Length").toLongLong(), qint64(bodyOf(get).size()));
        QVERIFY(bodyOf(head).isEmpty());
        // Nothing of a body followed: the next answer on the connection is whole and in order.
        connection.send("GET /api/v4/account HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n");
        QCOMPARE(bodyOf(connection.nextAnswer()), bodyOf(get));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"

// A fake amoCRM that answers badly, one way per run, for the hostile-server tests:
//   hostile_server MODE   prints "port N" and serves on 127.0.0.1 until stdin closes.
// GET /api/v4/account answers a well-formed account in every mode but "trickle" (so an
// account can be added against it); every other /api/ request misbehaves as MODE says.
// GET /hostile/requests answers how many /api/ requests came in, as {"api": N}.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <map>
#include <unistd.h>

namespace {

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray json(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

QJsonObject makeEvent(qint64 id, const QString &text = QStringLiteral("Lead"))
{
    return {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("type"), QStringLiteral("lead_added")},
            {QStringLiteral("entity_id"), id}, {QStringLiteral("entity_type"), QStringLiteral("lead")},
            {QStringLiteral("created_by"), 0}, {QStringLiteral("created_at"), 1760000000 + id},
            {QStringLiteral("account_id"), 4242},
            {QStringLiteral("value_after"), QJsonArray{QJsonObject{{QStringLiteral("task"), QJsonObject{{QStringLiteral("text"), text}}}}}},
            {QStringLiteral("value_before"), QJsonArray{}}};
}

// A list page as amoCRM sends it; `next` empty for the last page.
QByteArray page(const QString &embedded, const QJsonArray &items, int number, const QString &next)
{
    QJsonObject links{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), QStringLiteral("/x")}}}};
    if (!next.isEmpty())
        links.insert(QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}});
    return json(QJsonObject{{QStringLiteral("_page"), number}, {QStringLiteral("_links"), links},
                            {QStringLiteral("_embedded"), QJsonObject{{embedded, items}}}});
}

// The list's name inside _embedded, as amoCRM names it for the path.
QString embeddedOf(const QUrl &url)
{
    return url.path() == u"/api/v4/events/types" ? QStringLiteral("events_types") : url.path().section(u'/', -1);
}

class HostileServer : public QObject
{
public:
    explicit HostileServer(const QString &mode) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // An absolute link to path and query on this server, as amoCRM writes _links.
    QString link(QUrl url) const
    {
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port());
        return url.toString(QUrl::FullyEncoded);
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        const QUrl url = QUrl::fromEncoded(requestLine.value(1));
        answer(socket, url);
    }

    void answer(QTcpSocket *socket, const QUrl &url)
    {
        const QString path = url.path();
        if (path == u"/hostile/requests") {
            socket->write(response(200, "application/json", json(QJsonObject{{QStringLiteral("api"), m_apiRequests}, {QStringLiteral("events"), m_eventsRequests}})));
            socket->disconnectFromHost();
            return;
        }
        if (m_mode == u"trickle") {
            ++m_apiRequests;
            trickle(socket, response(200, "application/hal+json", json(QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Slow")}})));
            return;
        }
        if (path == u"/api/v4/account") {
            socket->write(response(200, "application/hal+json",
                                   json(QJsonObject{{QStringLiteral("id"), 4242}, {QStringLiteral("name"), QStringLiteral("Hostile")},
                                                    {QStringLiteral("subdomain"), QStringLiteral("hostile")}})));
            socket->disconnectFromHost();
            return;
        }
        ++m_apiRequests;
        if (path == u"/api/v4/events")
            ++m_eventsRequests;
        const auto mode = modes().find(m_mode);
        if (mode != modes().end())
            mode->second(this, socket, url);
        else
            socket->write(response(500, "text/plain", "unknown mode"));
        if (m_mode != u"endless-body" && m_mode != u"flood-body" && m_mode != u"huge-header") // those write for as long as they are read
            socket->disconnectFromHost();
    }

    // Sends the answer one byte a second.
    void trickle(QTcpSocket *socket, const QByteArray &all)
    {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, all, sent = qsizetype(0)]() mutable {
            if (sent < all.size())
                socket->write(all.mid(sent++, 1));
        });
        timer->start(1000);
    }

    // Writes a chunked JSON body that never ends, at about 4 MB/s: as fast as a good network
    // delivers, not as fast as a loopback socket can (which outruns any reader on a busy machine).
    static void endlessBody(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/hal+json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray piece = QByteArray(R"({"id":"1","type":"x"},)").repeated(4096);
        const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        socket->write("1\r\n[\r\n");
        auto *pace = new QTimer(socket);
        connect(pace, &QTimer::timeout, socket, [socket, chunk] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 2 * chunk.size())
                socket->write(chunk);
        });
        pace->start(20);
    }

    // Writes a chunked body that never ends as fast as the client takes it.
    static void floodBody(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/hal+json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
        const QByteArray piece = QByteArray(R"({"id":"1","type":"x"},)").repeated(16384);
        const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        auto more = [socket, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size())
                socket->write(chunk);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    // A header line of 50 MB, written as the client takes it, then a small answer.
    static void hugeHeader(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/hal+json\r\nX-Padding: ");
        const QByteArray piece(1 << 20, 'a');
        auto more = [socket, piece, left = 50] () mutable {
            while (left > 0 && socket->bytesToWrite() < 4 * piece.size()) {
                socket->write(piece);
                if (--left == 0)
                    socket->write("\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    using Mode = std::function<void(HostileServer *, QTcpSocket *, const QUrl &)>;
    static const std::map<QString, Mode> &modes()
    {
        static const std::map<QString, Mode> all = {
            {QStringLiteral("endless-body"), [](HostileServer *, QTcpSocket *s, const QUrl &) { endlessBody(s); }},
            {QStringLiteral("flood-body"), [](HostileServer *, QTcpSocket *s, const QUrl &) { floodBody(s); }},
            {QStringLiteral("huge-header"), [](HostileServer *, QTcpSocket *s, const QUrl &) { hugeHeader(s); }},
            {QStringLiteral("retry-after-huge"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(429, "application/problem+json", "{}", "Retry-After: 999999999\r\n"));
             }},
            {QStringLiteral("retry-after-body-huge"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(429, "application/problem+json", R"({"title":"Too Many Requests","status":429,"retry_after":2147483647})"));
             }},
            {QStringLiteral("endless-pages"), [](HostileServer *server, QTcpSocket *s, const QUrl &url) {
                 // Every page is full and says another follows, whatever is asked.
                 const int number = qMax(1, QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt());
                 const QString embedded = embeddedOf(url);
                 QJsonArray items;
                 for (int i = 0; i < 50; ++i)
                     items.append(embedded == u"users" ? QJsonObject{{QStringLiteral("id"), number * 100 + i}, {QStringLiteral("name"), QStringLiteral("U%1").arg(number * 100 + i)}}
                                                       : makeEvent(qint64(number) * 100 + i));
                 QUrl next = url;
                 QUrlQuery q(url);
                 q.removeAllQueryItems(QStringLiteral("page"));
                 q.addQueryItem(QStringLiteral("page"), QString::number(number + 1));
                 next.setQuery(q);
                 s->write(response(200, "application/hal+json", page(embedded, items, number, server->link(next))));
             }},
            {QStringLiteral("endless-users"), [](HostileServer *server, QTcpSocket *s, const QUrl &url) {
                 if (url.path() == u"/api/v4/users")
                     modes().at(QStringLiteral("endless-pages"))(server, s, url);
                 else
                     s->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
             }},
            {QStringLiteral("same-page"), [](HostileServer *server, QTcpSocket *s, const QUrl &url) {
                 // Page 1 whatever is asked, its "next" pointing at itself.
                 const QString embedded = embeddedOf(url);
                 QJsonArray items;
                 for (int i = 1; i <= 50; ++i)
                     items.append(makeEvent(i));
                 s->write(response(200, "application/hal+json", page(embedded, items, 1, server->link(url))));
             }},
            {QStringLiteral("embedded-array"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(200, "application/hal+json", R"({"_page":1,"_embedded":[{"id":"1"}]})"));
             }},
            {QStringLiteral("list-object"), [](HostileServer *, QTcpSocket *s, const QUrl &url) {
                 const QString embedded = embeddedOf(url);
                 s->write(response(200, "application/hal+json", R"({"_page":1,"_embedded":{")" + embedded.toUtf8() + R"(":{"id":"1"}}})"));
             }},
            {QStringLiteral("top-array"), [](HostileServer *, QTcpSocket *s, const QUrl &) { s->write(response(200, "application/json", "[1,2,3]")); }},
            {QStringLiteral("top-string"), [](HostileServer *, QTcpSocket *s, const QUrl &) { s->write(response(200, "application/json", "\"ok\"")); }},
            {QStringLiteral("top-null"), [](HostileServer *, QTcpSocket *s, const QUrl &) { s->write(response(200, "application/json", "null")); }},
            {QStringLiteral("scalar-items"), [](HostileServer *, QTcpSocket *s, const QUrl &url) {
                 const QString embedded = embeddedOf(url);
                 s->write(response(200, "application/hal+json", R"({"_page":1,"_embedded":{")" + embedded.toUtf8() + R"(":[42,null,"x"]}})"));
             }},
            {QStringLiteral("untyped-events"), [](HostileServer *, QTcpSocket *s, const QUrl &url) {
                 // Objects, but not events: no id, no type, no time.
                 const QString embedded = embeddedOf(url);
                 s->write(response(200, "application/hal+json", R"({"_page":1,"_embedded":{")" + embedded.toUtf8() + R"(":[{"a":1},{"id":[],"created_at":"soon"}]}})"));
             }},
            {QStringLiteral("cut-short"), [](HostileServer *server, QTcpSocket *s, const QUrl &url) {
                 // The first answer stops before the length it announced, and the connection
                 // closes; the answers after it are whole.
                 const QByteArray whole = response(200, "application/hal+json", page(embeddedOf(url), QJsonArray{makeEvent(1), makeEvent(2)}, 1, {}));
                 s->write(server->m_apiRequests == 1 ? whole.left(whole.size() - 40) : whole);
             }},
            {QStringLiteral("bad-json"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(200, "application/hal+json", R"({"_embedded":{"events":[{"id":)"));
             }},
            {QStringLiteral("invalid-utf8"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(200, "application/hal+json", "{\"_embedded\":{\"events\":[{\"id\":\"\xff\xfe\"}]}}"));
             }},
            {QStringLiteral("html-200"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(200, "text/html", "<html><body>Maintenance</body></html>"));
             }},
            {QStringLiteral("empty-200"), [](HostileServer *, QTcpSocket *s, const QUrl &) { s->write(response(200, "application/hal+json", "")); }},
            {QStringLiteral("escapes"), [](HostileServer *, QTcpSocket *s, const QUrl &url) {
                 // Text that would drive a terminal: a title, a screen clear, a carriage
                 // return over the line, a right-to-left override.
                 const QString nasty = QStringLiteral("\x1b]0;owned\x07\x1b[2J\rFAKE \u202Eevil");
                 const QString embedded = embeddedOf(url);
                 s->write(response(200, "application/hal+json", page(embedded, QJsonArray{makeEvent(1, nasty)}, 1, {})));
             }},
            {QStringLiteral("redirect"), [](HostileServer *, QTcpSocket *s, const QUrl &) {
                 s->write(response(302, "text/html", "", "Location: http://127.0.0.1:9/steal\r\n"));
             }},
        };
        return all;
    }

    QString m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_apiRequests = 0;
    int m_eventsRequests = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    HostileServer server(app.arguments().at(1));
    if (!server.listen())
        return 1;
    QTextStream(stdout) << "port " << server.port() << Qt::endl;
    // Ends with its test: when stdin closes.
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [] {
        char c;
        if (::read(STDIN_FILENO, &c, 1) <= 0)
            QCoreApplication::quit();
    });
    return app.exec();
}

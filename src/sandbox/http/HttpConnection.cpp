#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace sandbox {

namespace {
constexpr int kIdleTimeoutMs = 120 * 1000;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
        .toLatin1();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, ArrivalDelay arrivalDelay, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_arrivalDelay(std::move(arrivalDelay))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::hangUp);
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    m_idle.start();
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_busy || m_closing)
        return;
    HttpRequest request;
    int errorStatus = 0;
    bool wantsContinue = false;
    if (!takeHttpRequest(m_buffer, request, errorStatus, &wantsContinue)) {
        if (errorStatus != 0)
            sendError(errorStatus, reasonPhrase(errorStatus));
        else if (wantsContinue && !m_continued)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_continued = m_continued || wantsContinue;
        return;
    }
    m_continued = false;
    request.peerAddress = m_socket->peerAddress().toString();
    // HEAD is answered as GET would be, without the body.
    const bool headOnly = request.method == "HEAD";
    if (headOnly)
        request.method = "GET";
    const Framing framing{request.header("connection").toLower() == "close", headOnly};
    m_busy = true;
    const int delay = m_arrivalDelay ? m_arrivalDelay() : 0;
    if (delay <= 0) {
        carryOut(m_handler(request), framing);
        return;
    }
    QTimer::singleShot(delay, this, [this, request, framing] { carryOut(m_handler(request), framing); });
}

void HttpConnection::carryOut(const HttpReply &reply, Framing framing)
{
    QPointer<HttpConnection> self(this);
    auto act = [self, reply, framing] {
        if (!self)
            return;
        switch (reply.action) {
        case HttpReply::Action::Drop:
            self->hangUp();
            return;
        case HttpReply::Action::Truncate:
            self->write(reply.response, true, {true, framing.headOnly});
            return;
        case HttpReply::Action::Respond:
            self->write(reply.response, false, framing);
            return;
        }
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, act);
    else
        act();
}

void HttpConnection::sendError(int status, const QByteArray &detail)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/problem+json");
    response.body = "{\"title\":\"" + reasonPhrase(status) + "\",\"type\":\"https:\\/\\/httpstatus.es\\/"
        + QByteArray::number(status) + "\",\"status\":" + QByteArray::number(status)
        + ",\"detail\":\"" + detail + "\"}";
    m_busy = true;
    write(response, false, {true, false});
}

void HttpConnection::write(const HttpResponse &response, bool truncate, Framing framing)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    out += "Server: nginx\r\nDate: " + httpDate() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += framing.closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (!framing.headOnly)
        out += truncate ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(out);
    m_busy = false;
    if (framing.closeAfter) {
        hangUp();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

void HttpConnection::hangUp()
{
    m_closing = true;
    m_idle.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

} // namespace sandbox

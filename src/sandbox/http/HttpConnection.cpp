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
    if (!takeRequest(request, errorStatus)) {
        if (errorStatus != 0)
            sendError(errorStatus, reasonPhrase(errorStatus));
        return;
    }
    const QByteArray connection = request.header("connection").toLower();
    const bool closeAfter = connection == "close";
    m_busy = true;
    const int delay = m_arrivalDelay ? m_arrivalDelay() : 0;
    if (delay <= 0) {
        carryOut(m_handler(request), closeAfter);
        return;
    }
    QTimer::singleShot(delay, this, [this, request, closeAfter] { carryOut(m_handler(request), closeAfter); });
}

bool HttpConnection::takeRequest(HttpRequest &request, int &errorStatus)
{
    if (!takeHttpRequest(m_buffer, request, errorStatus))
        return false;
    request.peerAddress = m_socket->peerAddress().toString();
    return true;
}

void HttpConnection::carryOut(const HttpReply &reply, bool closeAfter)
{
    QPointer<HttpConnection> self(this);
    auto act = [self, reply, closeAfter] {
        if (!self)
            return;
        switch (reply.action) {
        case HttpReply::Action::Drop:
            self->hangUp();
            return;
        case HttpReply::Action::Truncate:
            self->write(reply.response, true, true);
            return;
        case HttpReply::Action::Respond:
            self->write(reply.response, false, closeAfter);
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
    write(response, false, true);
}

void HttpConnection::write(const HttpResponse &response, bool truncate, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    out += "Server: nginx\r\nDate: " + httpDate() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += truncate ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(out);
    m_busy = false;
    if (closeAfter) {
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

#include "LoopbackReceiver.h"

#include "Account.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrlQuery>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LoopbackReceiver) };
}

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackReceiver::onConnection);
}

bool LoopbackReceiver::listen(const QUrl &redirectUri, const QString &state, QString *error)
{
    if (redirectUri.scheme() != u"http" || !isLoopbackHost(redirectUri.host()) || redirectUri.port() <= 0) {
        *error = Tr::tr("the redirect URI must be http://127.0.0.1:PORT/... to be received by AmoDesk, not %1").arg(redirectUri.toString());
        return false;
    }
    m_path = redirectUri.path().isEmpty() ? QStringLiteral("/") : redirectUri.path();
    m_state = state;
    if (!m_server.listen(QHostAddress::LocalHost, quint16(redirectUri.port()))) {
        *error = Tr::tr("port %1 for the redirect is in use: %2").arg(redirectUri.port()).arg(m_server.errorString());
        return false;
    }
    return true;
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->peek(8192);
            if (!head.contains("\r\n\r\n") && head.size() < 8192)
                return;
            const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
            const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + line.value(1));
            const QUrlQuery q(target);
            const bool ours = line.value(0) == "GET" && target.path() == m_path
                && q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == m_state;
            if (!ours || m_done) {
                answer(socket, false);
                return;
            }
            m_done = true;
            const QString error = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            answer(socket, error.isEmpty());
            m_server.close();
            if (!error.isEmpty())
                Q_EMIT denied(error);
            else
                Q_EMIT codeReceived(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                                    q.queryItemValue(QStringLiteral("referer"), QUrl::FullyDecoded));
        });
    }
}

void LoopbackReceiver::answer(QTcpSocket *socket, bool success)
{
    const QString text = success ? Tr::tr("AmoDesk is signed in. You can close this window.")
                                 : Tr::tr("This sign-in link is not the one AmoDesk is waiting for.");
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AmoDesk</title></head><body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write((success ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 400 Bad Request\r\n") + QByteArray("Content-Type: text/html; charset=utf-8\r\nContent-Length: ")
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // The browser must get its page even if the receiver is gone the moment the code arrives.
    socket->waitForBytesWritten(2000);
    socket->disconnectFromHost();
}

} // namespace amodesk

#pragma once

#include <QByteArray>
#include <QSslSocket>
#include <QUrl>

namespace testing {

// One connection to a server, plain or TLS (any certificate), to send a request byte by byte
// and read the answers one by one as they come.
class RawConnection
{
public:
    explicit RawConnection(const QUrl &base, int timeoutMs = 10000);

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState && m_ready; }
    void send(const QByteArray &bytes);
    // The next whole answer (status line, headers and the body its Content-Length gives; no
    // body for a HEAD), or what came before the timeout or the end of the connection.
    QByteArray nextAnswer(bool headOnly = false, int timeoutMs = 10000);

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    bool m_ready = false;
};

// The value of a header in a raw answer, or an empty array.
QByteArray headerOf(const QByteArray &answer, const QByteArray &name);
// The body of a raw answer: what follows its head.
QByteArray bodyOf(const QByteArray &answer);

} // namespace testing

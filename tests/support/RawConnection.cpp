#include "RawConnection.h"

#include <QDeadlineTimer>

namespace testing {

RawConnection::RawConnection(const QUrl &base, int timeoutMs)
{
    if (base.scheme() == u"https") {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the run's own self-signed certificate
        m_socket.connectToHostEncrypted(base.host(), quint16(base.port()));
        m_ready = m_socket.waitForEncrypted(timeoutMs);
    } else {
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_ready = m_socket.waitForConnected(timeoutMs);
    }
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray RawConnection::nextAnswer(bool headOnly, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype length = headOnly ? 0 : headerOf(m_buffer.left(headEnd + 2), "Content-Length").toLongLong();
            const qsizetype total = headEnd + 4 + length;
            if (m_buffer.size() >= total) {
                const QByteArray answer = m_buffer.left(total);
                m_buffer.remove(0, total);
                return answer;
            }
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return std::exchange(m_buffer, {});
        if (m_socket.bytesAvailable() > 0 || m_socket.waitForReadyRead(int(qMin<qint64>(100, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    for (const QByteArray &line : answer.left(headEnd < 0 ? answer.size() : headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray bodyOf(const QByteArray &answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : answer.mid(headEnd + 4);
}

} // namespace testing

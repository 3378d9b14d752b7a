#include "BoundedAnswer.h"

#include <QNetworkReply>
#include <QTimer>

namespace amodesk {

namespace {
constexpr qint64 kReadAheadBytes = 1024 * 1024;
}

BoundedAnswer *BoundedAnswer::attach(QNetworkReply *reply, qint64 maxBytes)
{
    return new BoundedAnswer(reply, maxBytes);
}

BoundedAnswer::BoundedAnswer(QNetworkReply *reply, qint64 maxBytes) : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
{
    // Qt 6.4 starts a request that carries a body (even an empty one) on the next turn of the
    // event loop, and a read buffer size set before that never reaches its network thread,
    // which then reads without limit. So it is set now and once more after the start.
    reply->setReadBufferSize(kReadAheadBytes);
    QTimer::singleShot(0, this, [this] { m_reply->setReadBufferSize(kReadAheadBytes); });
    connect(reply, &QNetworkReply::readyRead, this, &BoundedAnswer::readMore);
}

void BoundedAnswer::readMore()
{
    if (m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

QByteArray BoundedAnswer::take()
{
    if (!m_tooLarge && m_reply->isOpen())
        readMore();
    return m_tooLarge ? QByteArray() : std::exchange(m_body, {});
}

} // namespace amodesk

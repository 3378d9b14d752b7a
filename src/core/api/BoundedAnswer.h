#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace amodesk {

// Takes a network reply's answer as it comes and holds at most maxBytes of it: an answer
// without end is aborted at the bound instead of taking all memory. It also keeps Qt's network
// thread from reading far ahead of the event loop (a fast server outruns a busy reader).
class BoundedAnswer : public QObject
{
    Q_OBJECT
public:
    // Lives as long as the reply (its child). Call it right after the request is sent.
    static BoundedAnswer *attach(QNetworkReply *reply, qint64 maxBytes);

    QByteArray take(); // the answer so far, and what the reply still holds
    bool tooLarge() const { return m_tooLarge; }
    qint64 maxBytes() const { return m_maxBytes; }

private:
    BoundedAnswer(QNetworkReply *reply, qint64 maxBytes);
    void readMore();

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_tooLarge = false;
};

} // namespace amodesk

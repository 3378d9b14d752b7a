#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace sandbox {

using RequestHandler = std::function<HttpReply(const HttpRequest &)>;
using ArrivalDelay = std::function<int()>; // ms a request spends on its way before it is handled

// One client connection: parses HTTP/1.1 requests one after another (keep-alive), hands each
// to the handler and carries out the reply it decides on.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, RequestHandler handler, ArrivalDelay arrivalDelay, QObject *parent = nullptr);

private:
    struct Framing {
        bool closeAfter = false; // the client asked for "Connection: close"
        bool headOnly = false;   // a HEAD request: headers as for GET, no body
    };
    void onReadyRead();
    void processBuffered();
    void carryOut(const HttpReply &reply, Framing framing);
    void sendError(int status, const QByteArray &detail);
    void write(const HttpResponse &response, bool truncate, Framing framing);
    void hangUp();

    QTcpSocket *m_socket;
    RequestHandler m_handler;
    ArrivalDelay m_arrivalDelay;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;
    bool m_closing = false;
    bool m_continued = false; // "100 Continue" sent for the request still arriving
};

} // namespace sandbox

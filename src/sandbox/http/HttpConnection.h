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
    void onReadyRead();
    void processBuffered();
    bool takeRequest(HttpRequest &request, int &errorStatus);
    void carryOut(const HttpReply &reply, bool closeAfter);
    void sendError(int status, const QByteArray &detail);
    void write(const HttpResponse &response, bool truncate, bool closeAfter);
    void hangUp();

    QTcpSocket *m_socket;
    RequestHandler m_handler;
    ArrivalDelay m_arrivalDelay;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace sandbox

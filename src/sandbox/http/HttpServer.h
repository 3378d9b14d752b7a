#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>

class QTcpServer;

namespace sandbox {

// A small HTTP/1.1 server on QTcpServer or QSslServer. The sandbox needs control that
// QHttpServer 6.4 does not give: delaying replies, dropping connections, truncating bodies.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(RequestHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setTls(const QSslConfiguration &configuration);
    void setArrivalDelay(ArrivalDelay delay) { m_arrivalDelay = std::move(delay); }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    bool isTls() const { return m_tls; }
    QString errorString() const { return m_error; }

private:
    void acceptPending();

    RequestHandler m_handler;
    ArrivalDelay m_arrivalDelay;
    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_tlsConfig;
    bool m_tls = false;
    bool m_acceptFailing = false; // since the last connection accepted
    QString m_error;
};

} // namespace sandbox

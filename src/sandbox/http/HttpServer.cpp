#include "HttpServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sandbox {

HttpServer::HttpServer(RequestHandler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
}

HttpServer::~HttpServer() = default;

void HttpServer::setTls(const QSslConfiguration &configuration)
{
    m_tlsConfig = configuration;
    m_tls = true;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(m_tlsConfig);
        server->setHandshakeTimeout(10000);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_arrivalDelay, this);
}

} // namespace sandbox

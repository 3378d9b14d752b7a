#include "HttpServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

namespace sandbox {

namespace {
constexpr int kAcceptRetryMs = 100;
}

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
        // Connections in their handshake count as pending, and Qt 6.4 stops accepting at the
        // limit without starting again when one of them fails: accept again whenever one does.
        connect(server.get(), &QSslServer::errorOccurred, this, [this] { m_server->resumeAccepting(); });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    // Out of descriptors, QTcpServer stops accepting for good; we try again shortly, as often
    // as it takes, so that clients are served as soon as descriptors are free.
    connect(m_server.get(), &QTcpServer::acceptError, this, [this] {
        if (!m_acceptFailing)
            QTextStream(stderr) << "amodesk-sandbox: cannot accept connections (" << m_server->errorString() << "); trying again\n";
        m_acceptFailing = true;
        QTimer::singleShot(kAcceptRetryMs, m_server.get(), [server = m_server.get()] { server->resumeAccepting(); });
    });
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
    m_acceptFailing = false;
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_arrivalDelay, this);
}

} // namespace sandbox

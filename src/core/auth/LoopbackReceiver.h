#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace amodesk {

// Receives the OAuth redirect on the registered loopback URI (http://127.0.0.1:PORT/path):
// listens on 127.0.0.1 only, accepts the first request whose state matches, ignores the rest.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);

    // false (with *error) when the URI is not a loopback http URI or its port is taken.
    bool listen(const QUrl &redirectUri, const QString &state, QString *error);

Q_SIGNALS:
    void codeReceived(const QString &code, const QString &referer);
    void denied(const QString &error);

private:
    void onConnection();
    void answer(QTcpSocket *socket, bool success);

    QTcpServer m_server;
    QString m_path;
    QString m_state;
    bool m_done = false;
};

} // namespace amodesk

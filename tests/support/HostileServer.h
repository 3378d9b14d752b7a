#pragma once

#include <QProcess>
#include <QString>

namespace testing {

// Runs tests/helpers/hostile_server: a fake amoCRM that answers badly in one way (its mode).
class HostileServer
{
public:
    HostileServer() = default;
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    bool start(const QString &mode);
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int apiRequests() const;    // how many /api/ requests it has answered (or is answering)
    int eventsRequests() const; // of them, to /api/v4/events

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace testing

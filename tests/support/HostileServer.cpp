#include "HostileServer.h"

#include "HttpProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace testing {

HostileServer::~HostileServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool HostileServer::start(const QString &mode)
{
    m_process.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hostile_server")), {mode});
    if (!m_process.waitForStarted(10000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000))
            return false;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("port "))
        return false;
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

int HostileServer::apiRequests() const
{
    HttpProbe http(baseUrl());
    return http.get(QStringLiteral("/hostile/requests")).json()[QLatin1String("api")].toInt();
}

int HostileServer::eventsRequests() const
{
    HttpProbe http(baseUrl());
    return http.get(QStringLiteral("/hostile/requests")).json()[QLatin1String("events")].toInt();
}

} // namespace testing

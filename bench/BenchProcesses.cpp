#include "BenchProcesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

QString programBesideUs(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

BenchSandbox::~BenchSandbox()
{
    m_process.kill();
    m_process.waitForFinished();
}

bool BenchSandbox::start(const QStringList &arguments)
{
    m_process.start(programBesideUs(QStringLiteral("amodesk-sandbox")),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-long-lived-token")} + arguments);
    QByteArray head;
    while (head.count('\n') < 2 && m_process.waitForReadyRead(30000))
        head += m_process.readAllStandardOutput();
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() < 3) {
        QTextStream(stderr) << "bench: the sandbox did not start: " << m_process.readAllStandardError() << '\n';
        return false;
    }
    m_baseUrl = QString::fromUtf8(lines[0].mid(13).trimmed());
    m_token = lines[1].trimmed();
    return true;
}

QJsonObject BenchSandbox::stats() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(m_baseUrl + QStringLiteral("/sandbox/stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void BenchCli::start(const BenchSandbox &sandbox, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *folder : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(folder), m_home.filePath(QString::fromLatin1(folder)));
    m_process.setProcessEnvironment(env);
    // Read as it comes, so that several runs at once never stall on a full pipe.
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { m_output += m_process.readAllStandardOutput(); });
    m_process.start(programBesideUs(QStringLiteral("amodesk-cli")),
                    arguments + QStringList{QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--long-lived-token-stdin")});
    m_process.write(sandbox.token() + '\n');
    m_process.closeWriteChannel();
}

void BenchCli::kill()
{
    m_process.kill();
    m_process.waitForFinished();
}

bool BenchCli::finish()
{
    if (m_process.state() != QProcess::NotRunning) {
        QEventLoop loop; // a pane of this process may be following meanwhile
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_output += m_process.readAllStandardOutput();
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        QTextStream(stderr) << "bench: amodesk-cli exited with " << m_process.exitCode() << ": " << m_process.readAllStandardError() << '\n';
        return false;
    }
    return true;
}

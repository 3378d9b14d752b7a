#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace testing {

SandboxProcess::~SandboxProcess() { stop(); }

QString SandboxProcess::executable()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-sandbox"));
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-long-lived-token")};
    args += extraArguments;
    if (!extraArguments.contains(QStringLiteral("--history-end")))
        args << QStringLiteral("--history-end") << kHistoryEnd; // the data of a seed, whatever the day
    if (tlsRequested() && !extraArguments.contains(QStringLiteral("--tls-cert"))) {
        const QString cert = certificateFile();
        if (cert.isEmpty()) {
            m_error = QStringLiteral("openssl could not make a certificate");
            return false;
        }
        args << QStringLiteral("--tls-cert") << cert << QStringLiteral("--tls-key") << QFileInfo(cert).dir().filePath(QStringLiteral("key.pem"));
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (out.count('\n') < 2 && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.split('\n');
    if (lines.size() < 3 || !lines[0].startsWith("listening on ")) {
        m_error = QString::fromUtf8(out + m_process.readAllStandardError());
        return false;
    }
    m_baseUrl = QString::fromUtf8(lines[0].mid(13).trimmed());
    if (tlsRequested() && !m_baseUrl.startsWith(QStringLiteral("https://"))) {
        m_error = QStringLiteral("asked for TLS but the sandbox serves ") + m_baseUrl;
        return false;
    }
    m_token = QString::fromLatin1(lines[1].trimmed());
    return true;
}

bool SandboxProcess::tlsRequested()
{
    return qEnvironmentVariableIntValue("AMODESK_TEST_TLS") == 1;
}

QString SandboxProcess::certificateFile()
{
    static QTemporaryDir dir;
    static const QString made = [] {
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(qEnvironmentVariable("OPENSSL_PROGRAM", QStringLiteral("openssl")),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        openssl.waitForFinished(30000);
        return openssl.exitCode() == 0 ? cert : QString();
    }();
    return made;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(3000);
}

} // namespace testing

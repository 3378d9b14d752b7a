#include "DemoSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace amodesk {

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_token.isEmpty())
            Q_EMIT failed(m_process.errorString());
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (m_token.isEmpty())
            Q_EMIT failed(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed()
                          + QStringLiteral(" (exit code %1)").arg(code));
    });
}

DemoSandbox::~DemoSandbox()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }
}

QString DemoSandbox::findExecutable()
{
    const QString name = QStringLiteral("amodesk-sandbox");
    const QString besideUs = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(besideUs).isExecutable())
        return besideUs;
    return QStandardPaths::findExecutable(name);
}

void DemoSandbox::start(const QString &executable)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("42"),
                                 QStringLiteral("--events"), QStringLiteral("20000"), QStringLiteral("--print-long-lived-token"),
                                 QStringLiteral("--exit-when-stdin-closes")});
}

void DemoSandbox::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    const QList<QByteArray> lines = m_output.split('\n');
    if (lines.size() < 3 || !m_token.isEmpty())
        return;
    const QByteArray first = lines.at(0).trimmed();
    const QByteArray prefix = "listening on ";
    if (!first.startsWith(prefix)) {
        Q_EMIT failed(QString::fromUtf8(first));
        return;
    }
    m_baseUrl = QString::fromUtf8(first.mid(prefix.size()));
    m_token = QString::fromLatin1(lines.at(1).trimmed());
    m_output.clear();
    Q_EMIT ready();
}

} // namespace amodesk

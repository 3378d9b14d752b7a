#include "SecretRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cstdio>

namespace amodesk {

namespace {
QtMessageHandler g_previous = nullptr;
QFile *g_logFile = nullptr;
QMutex g_logMutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::instance().redact(message);
    {
        QMutexLocker lock(&g_logMutex);
        if (g_logFile) {
            g_logFile->write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) + ' '
                             + (context.category ? context.category : "default") + ": " + clean.toUtf8() + '\n');
            g_logFile->flush();
        }
    }
    // The terminal gets warnings and worse; the file gets everything from info up.
    if (g_previous && (type != QtInfoMsg || qEnvironmentVariableIsSet("AMODESK_VERBOSE")))
        g_previous(type, context, clean);
}
} // namespace

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::add(const QString &secret)
{
    if (secret.size() < 8)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString SecretRedactor::redact(QString text) const
{
    QMutexLocker lock(&m_mutex);
    for (const QString &s : m_secrets)
        text.replace(s, QStringLiteral("***"));
    return text;
}

QString logFilePath(const QString &programName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("AmoDesk/log/") + programName + QStringLiteral(".log"));
}

void installLogging(const QString &programName)
{
    const QString path = logFilePath(programName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile old(path);
    if (old.size() > 5 * 1024 * 1024) { // keep one older file
        QFile::remove(path + QStringLiteral(".1"));
        old.rename(path + QStringLiteral(".1"));
    }
    auto *file = new QFile(path);
    if (file->open(QIODevice::Append | QIODevice::Text)) {
        QMutexLocker lock(&g_logMutex);
        g_logFile = file;
    } else {
        delete file;
    }
    g_previous = qInstallMessageHandler(handler);
}

} // namespace amodesk

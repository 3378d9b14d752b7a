#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace testing {

struct CliRun { int code = -1; QString out; QString err; };

// This environment with its own home, settings, cache and data under root, and no account chosen.
inline QProcessEnvironment scratchEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(root);
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("AMODESK_ACCOUNT"));
    return env;
}

// Runs the real amodesk-cli beside the test with this environment and standard input.
inline CliRun runCli(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace testing

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace testing {

struct CliRun { int code = -1; QString out; QString err; };

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

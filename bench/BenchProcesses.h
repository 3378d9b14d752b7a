#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// The sandbox and amodesk-cli as the benchmarks run them: real processes on this machine.
class BenchSandbox
{
public:
    ~BenchSandbox();
    bool start(const QStringList &arguments); // prints why it could not to stderr
    QString baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }
    QJsonObject stats() const;

private:
    QProcess m_process;
    QString m_baseUrl;
    QByteArray m_token;
};

// One amodesk-cli run against the sandbox with its long-lived token, in a scratch data folder
// of its own and the runtime folder of the user (where the request budget is shared).
class BenchCli
{
public:
    void start(const BenchSandbox &sandbox, const QStringList &arguments);
    void kill();
    bool finish(); // waits for the end; false on a non-zero exit (said on stderr)
    QByteArray output() const { return m_output; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_output;
};

QString programBesideUs(const QString &name);

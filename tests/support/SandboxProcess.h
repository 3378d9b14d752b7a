#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testing {

// Runs the real amodesk-sandbox program for a test and reads its first lines.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts with --port 0 --print-long-lived-token and the extra arguments; false on failure.
    bool start(const QStringList &extraArguments = {});
    void stop();

    QString baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QString errorText() const { return m_error; }

    static QString executable();

private:
    QProcess m_process;
    QString m_baseUrl;
    QString m_token;
    QString m_error;
};

} // namespace testing

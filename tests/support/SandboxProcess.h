#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testing {

// The integration amodesk-sandbox accepts unless told otherwise on its command line.
inline const QString kClientId = QStringLiteral("5f2a9c1e-7b3d-4e8f-a6c2-0d9b8e7f6a51");
inline const QString kSecret = QStringLiteral("sandbox-client-secret");
inline const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");

// When the history of the tests' sandboxes ends, unless a test says otherwise: the sandbox's
// own default is the moment it starts.
inline const QString kHistoryEnd = QStringLiteral("2026-11-01T00:00:00Z");

// Runs the real amodesk-sandbox program for a test and reads its first lines.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts with --port 0 --print-long-lived-token, --history-end kHistoryEnd and the extra
    // arguments; false on failure.
    // With AMODESK_TEST_TLS=1 in the environment it serves HTTPS with a certificate made for the run.
    bool start(const QStringList &extraArguments = {});
    void stop();

    QString baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QString errorText() const { return m_error; }

    static QString executable();
    static bool tlsRequested(); // AMODESK_TEST_TLS=1
    // The run's certificate (made once per test process), to be trusted by clients under test.
    static QString certificateFile();

private:
    QProcess m_process;
    QString m_baseUrl;
    QString m_token;
    QString m_error;
};

} // namespace testing

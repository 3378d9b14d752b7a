#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

namespace amodesk {

// Starts the bundled amodesk-sandbox on 127.0.0.1 with realistic data and a long-lived token,
// for the demo account. The token lives only in memory and dies with the sandbox.
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    void start(const QString &executable);
    QString baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

    static QString findExecutable(); // next to the running program, then on PATH

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_output;
    QString m_baseUrl;
    QString m_token;
};

} // namespace amodesk

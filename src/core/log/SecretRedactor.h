#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace amodesk {

// Knows every live secret of this process and masks it in any text: the last line of
// defence that keeps tokens out of logs and crash output.
class SecretRedactor
{
public:
    static SecretRedactor &instance();

    void add(const QString &secret); // shorter than 8 characters: not a secret worth masking
    QString redact(QString text) const;

private:
    mutable QMutex m_mutex;
    QStringList m_secrets;
};

// Routes Qt's messages through the redactor to stderr and to a log file in the cache folder.
void installLogging(const QString &programName);
QString logFilePath(const QString &programName);

} // namespace amodesk

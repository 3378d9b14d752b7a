#include "TrustStore.h"

#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <utility>

namespace amodesk {

bool addTrustedCertificates(const QString &pemFile, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("no PEM certificate in %1").arg(pemFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

void trustCertificatesFromEnvironment()
{
    static bool done = false;
    if (std::exchange(done, true))
        return;
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    QString error;
    if (!file.isEmpty() && !addTrustedCertificates(file, &error))
        qWarning("SSL_CERT_FILE: %s", qPrintable(error));
}

void trustCertificatesFor(const QString &url)
{
    if (url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
        trustCertificatesFromEnvironment();
}

} // namespace amodesk

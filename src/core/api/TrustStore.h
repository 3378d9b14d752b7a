#pragma once

#include <QString>

namespace amodesk {

// Certificates to trust besides the system's, for accounts behind a proxy or a private CA.
// Like curl and OpenSSL, AmoDesk reads them from the PEM file named by SSL_CERT_FILE.
bool addTrustedCertificates(const QString &pemFile, QString *error = nullptr);
// Once per process, when the first https address is used: reading certificates takes a while.
void trustCertificatesFromEnvironment();
void trustCertificatesFor(const QString &url);

} // namespace amodesk

#include "AppInfo.h"

#include <QCoreApplication>

namespace amodesk {

QString appVersion() { return QStringLiteral(AMODESK_VERSION); }

void setApplicationIdentity(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("AmoDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("amodesk.app"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(appVersion());
}

} // namespace amodesk

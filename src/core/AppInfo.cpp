#include "AppInfo.h"

#include <QCoreApplication>

namespace amodesk {

QString appVersion() { return QStringLiteral(AMODESK_VERSION); }

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AmoDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("amodesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("AmoDesk"));
    QCoreApplication::setApplicationVersion(appVersion());
}

QString safeFileName(const QString &name)
{
    QString out = name.trimmed();
    for (QChar &c : out) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u' ')
            c = u'_';
    }
    return out;
}

} // namespace amodesk

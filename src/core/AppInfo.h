#pragma once

#include <QString>

namespace amodesk {

QString appVersion();
void setApplicationIdentity(const QString &applicationName); // organisation, name, version
// A name fit for a file of ours: letters, digits, '-', '_' and spaces stay, the rest becomes '_'.
QString safeFileName(const QString &name);

} // namespace amodesk

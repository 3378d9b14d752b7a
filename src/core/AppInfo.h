#pragma once

#include <QString>

namespace amodesk {

QString appVersion();
void setApplicationIdentity(const QString &applicationName); // organisation, name, version

} // namespace amodesk

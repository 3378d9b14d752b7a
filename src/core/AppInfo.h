#pragma once

#include <QString>

namespace amodesk {

QString appVersion();
// The product's organisation, name and version, the same for each of its programs: their
// settings and files are one store (see store/LocalStore.h).
void setApplicationIdentity();
// A name fit for a file of ours: letters, digits, '-', '_' and spaces stay, the rest becomes '_'.
QString safeFileName(const QString &name);

} // namespace amodesk

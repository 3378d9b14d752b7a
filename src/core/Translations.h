#pragma once

#include <QString>

namespace amodesk {

// Loads AmoDesk's catalogue and Qt's own for the language given, or the system's when empty.
void installTranslations(const QString &language);

} // namespace amodesk

#pragma once

#include <QString>

namespace amodesk {

// Loads AmoDesk's catalogue and Qt's own for the language given, or the system's when empty.
void installTranslations(const QString &language);
// The interface's language as the API's language_code names it: ru, en, es or pt; en for others.
QString apiLanguageCode();

} // namespace amodesk

#pragma once

#include <QList>
#include <QString>

namespace amodesk {

// Loads AmoDesk's catalogue and Qt's own for the language given, or the system's when empty.
void installTranslations(const QString &language);
// The interface's language as the API's language_code names it: ru, en, es or pt; en for others.
QString apiLanguageCode();

// The languages AmoDesk speaks, each named in itself whatever the interface speaks.
struct InterfaceLanguage {
    QString code; // as the setting "ui/language" keeps it
    QString name;
};
QList<InterfaceLanguage> interfaceLanguages();
// The language chosen in the settings; empty: the system's.
QString chosenInterfaceLanguage();
void setChosenInterfaceLanguage(const QString &code);

} // namespace amodesk

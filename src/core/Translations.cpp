#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace amodesk {

void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    // Without a catalogue of its own a language gets the English one: the plural forms of "%n".
    if (own->load(locale, QStringLiteral("amodesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("amodesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (dialog buttons, --help): the catalogues installed with Qt.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString apiLanguageCode()
{
    const QString language = QLocale().name().left(2);
    return QStringList{QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}.contains(language) ? language : QStringLiteral("en");
}

QList<InterfaceLanguage> interfaceLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ru"), QString::fromUtf8("Русский")},
            {QStringLiteral("es"), QString::fromUtf8("Español")},
            {QStringLiteral("pt"), QString::fromUtf8("Português")}};
}

static QString languageKey() { return QStringLiteral("ui/language"); }

QString chosenInterfaceLanguage()
{
    return QSettings().value(languageKey()).toString();
}

void setChosenInterfaceLanguage(const QString &code)
{
    QSettings().setValue(languageKey(), code);
}

} // namespace amodesk

#include "AppInfo.h"
#include "DemoSession.h"
#include "MainWindow.h"
#include "PrivateFiles.h"
#include "ReadyShot.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    amodesk::setApplicationIdentity(QStringLiteral("AmoDesk"));
    amodesk::keepFilesPrivate();
    QApplication::setApplicationDisplayName(QStringLiteral("AmoDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/amodesk.svg")));

    // The language must be known before the help text is written, so --lang is read first.
    const QStringList args = QApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    // Without --lang, the language chosen in View > Language, else the system's.
    amodesk::installTranslations(langAt > 0 ? args.value(langAt + 1) : QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Interface language: en, ru, es or pt."),
                                        QApplication::translate("main", "LANG"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start the bundled demo account (a local sandbox) and sign in to it."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "With --demo: save a picture of the window once it shows events, then quit."),
                                              QApplication::translate("main", "FILE"));
    parser.setApplicationDescription(QApplication::translate("main", "AmoDesk: a desktop client for amoCRM / Kommo account administrators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.process(app); // --help and --version print and exit here

    amodesk::MainWindow window;
    window.show();
    amodesk::DemoSession demo(&window);
    if (parser.isSet(screenshotOption))
        new amodesk::ReadyShot(&window, &demo, parser.value(screenshotOption));
    if (parser.isSet(demoOption))
        demo.start();
    return QApplication::exec();
}

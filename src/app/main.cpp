#include "AppInfo.h"
#include "DemoSession.h"
#include "MainWindow.h"
#include "PrivateFiles.h"
#include "ReadyShot.h"
#include "Translations.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

struct Options {
    QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: en, ru, es or pt."),
                            QCoreApplication::translate("main", "LANG")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Start the bundled demo account (a local sandbox) and sign in to it.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "With --demo: save a picture of the window once it shows events, then quit."),
                                  QCoreApplication::translate("main", "FILE")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "AmoDesk: a desktop client for amoCRM / Kommo account administrators."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(lang);
        parser.addOption(demo);
        parser.addOption(screenshot);
    }
};

// The language must be known before the help text is written, so --lang is read first. Without
// it, the language chosen in View > Language, else the system's.
void installLanguage()
{
    const QStringList args = QCoreApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    amodesk::installTranslations(langAt > 0 ? args.value(langAt + 1) : amodesk::chosenInterfaceLanguage());
}

// --help and --version only print: they need no display, so no window system is opened for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    amodesk::setApplicationIdentity();
    installLanguage();
    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.process(app); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        return printHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    amodesk::setApplicationIdentity();
    amodesk::keepFilesPrivate();
    QApplication::setApplicationDisplayName(QStringLiteral("AmoDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/amodesk.svg")));
    installLanguage();

    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.process(app);
    const QStringList leftBehind = amodesk::localstore::migrateEarlierProgramStores();

    amodesk::MainWindow window;
    window.show();
    for (const QString &line : leftBehind)
        qWarning("%s", qPrintable(line));
    if (!leftBehind.isEmpty())
        window.showAccountStatus(leftBehind.join(u' '));
    amodesk::DemoSession demo(&window);
    if (parser.isSet(options.screenshot))
        new amodesk::ReadyShot(&window, &demo, parser.value(options.screenshot));
    if (parser.isSet(options.demo))
        demo.start();
    return QApplication::exec();
}

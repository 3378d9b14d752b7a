#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// amodesk-cli: the core services for scripts. The account, events, notes, widgets and
// salesbot commands arrive with the request pipeline (issue 3).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    amodesk::setApplicationIdentity(QStringLiteral("amodesk-cli"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "amodesk-cli: AmoDesk for scripts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "The command to run."));
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    qCritical("%s", qPrintable(QCoreApplication::translate("cli", "amodesk-cli: unknown command \"%1\"").arg(parser.positionalArguments().first())));
    return 2;
}

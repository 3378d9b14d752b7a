#include "AppInfo.h"
#include "CliContext.h"
#include "Commands.h"
#include "log/SecretRedactor.h"
#include "PrivateFiles.h"
#include "Translations.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usageText()
{
    return QCoreApplication::translate("cli",
        "Usage: amodesk-cli GROUP COMMAND [options]   (--help after a command for its options)\n"
        "\n"
        "  account add NAME --base-url URL (--long-lived-token-stdin | --client-id ID --client-secret-stdin --redirect-uri URI (--code CODE | --browser))\n"
        "  account list | remove NAME\n"
        "  events list [filters] [--all] [--format table|json|csv] [--print-url]\n"
        "  events get ID | types [--lang ru|en|es|pt]\n"
        "  events revert [filters] (--dry-run | --apply [--include-conflicts]) [--format table|json]\n"
        "  journal list | show RUN | undo RUN (--dry-run | --apply [--include-conflicts]) | retry RUN | discard RUN\n"
        "  entities list ENTITY_TYPE [--id N]... [--query TEXT] [--all] [--format table|json|csv] | history ENTITY_TYPE ID\n"
        "  entities update ENTITY_TYPE --json FILE|- [--dry-run] [--format table|json]   (through the journal: journal undo RUN puts it back)\n"
        "  notes list ENTITY_TYPE [filters] [--all] | get ENTITY_TYPE ID | add ENTITY_TYPE --json FILE | edit ENTITY_TYPE --json FILE\n"
        "  widgets list [--all] | get CODE | install CODE --settings-json FILE | uninstall CODE\n"
        "  salesbot continue (--salesbot | --marketingbot) --bot-id N --continue-id N --json FILE\n"
        "  button snippet PRESET.json   (the website button's configuration snippet)\n"
        "  --version | --help\n"
        "\n"
        "--account NAME picks the account (default: $AMODESK_ACCOUNT, the only one, or the last used).\n"
        "Exit codes: 0 done, 2 usage, 3 refused before sending, 4 API error, 5 network.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    amodesk::setApplicationIdentity();
    amodesk::keepFilesPrivate();
    amodesk::installLogging(QStringLiteral("amodesk-cli"));
    amodesk::installTranslations(QString()); // the system's language
    for (const QString &line : amodesk::localstore::migrateEarlierProgramStores())
        QTextStream(stderr) << "amodesk-cli: " << line << Qt::endl;
    const QStringList args = QCoreApplication::arguments();
    amodesk::cli::CliContext cli(QStringList{QStringLiteral("amodesk-cli"), args.value(1), args.value(2)}.join(u' ').trimmed(),
                                 args.mid(2).isEmpty() ? QStringList{args.value(0)} : QStringList{args.value(0)} + args.mid(3));
    const QString group = args.value(1);
    if (group == u"--version" || group == u"-v") {
        cli.out << "amodesk-cli " << amodesk::appVersion() << Qt::endl;
        return 0;
    }
    if (group.isEmpty() || group == u"--help" || group == u"-h" || group == u"help") {
        (group.isEmpty() ? cli.err : cli.out) << usageText();
        return group.isEmpty() ? amodesk::cli::Usage : 0;
    }
    const QString verb = args.value(2);
    if (group == u"account")
        return amodesk::cli::accountCommand(cli, verb);
    if (group == u"events")
        return amodesk::cli::eventsCommand(cli, verb);
    if (group == u"notes")
        return amodesk::cli::notesCommand(cli, verb);
    if (group == u"widgets")
        return amodesk::cli::widgetsCommand(cli, verb);
    if (group == u"salesbot")
        return amodesk::cli::salesbotCommand(cli, verb);
    if (group == u"button")
        return amodesk::cli::buttonCommand(cli, verb);
    if (group == u"journal")
        return amodesk::cli::journalCommand(cli, verb);
    if (group == u"entities")
        return amodesk::cli::entitiesCommand(cli, verb);
    cli.err << "amodesk-cli: " << QCoreApplication::translate("cli", "unknown command group \"%1\"").arg(group) << '\n' << usageText();
    return amodesk::cli::Usage;
}

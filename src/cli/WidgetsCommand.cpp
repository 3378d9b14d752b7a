#include "CliContext.h"
#include "Commands.h"
#include "ListRunner.h"
#include "Output.h"

#include "domain/WriteRules.h"
#include "services/ApiEndpoints.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

QString yes(bool b) { return b ? Tr::tr("yes") : QString(); }

QStringList widgetColumns()
{
    return {Tr::tr("code"), Tr::tr("version"), Tr::tr("rating"), Tr::tr("installed"), Tr::tr("lead source"), Tr::tr("Digital Pipeline")};
}

QStringList widgetRow(const QJsonObject &json)
{
    const Widget w = Widget::fromJson(json);
    return {w.code, w.version, QString::number(w.rating, 'f', 1), yes(w.installed), yes(w.leadSource), yes(w.digitalPipeline)};
}

int list(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addOption({QStringLiteral("all"), Tr::tr("Read every page.")});
    p.addOption({QStringLiteral("page"), Tr::tr("The page to read."), Tr::tr("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("format"), Tr::tr("table, json or csv."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 0, 0))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!cli.open(p))
        return cli.exitCode();
    Output output(cli.out, format, widgetColumns());
    const int code = runList(cli, WidgetsApi::listPath(), {}, QStringLiteral("widgets"), 250, qMax(1, p.value(QStringLiteral("page")).toInt()),
                             p.isSet(QStringLiteral("all")), [&](const QJsonObject &w) { output.add(widgetRow(w), w); });
    output.finish();
    return code;
}

int get(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("CODE"), Tr::tr("The widget's code."));
    CliContext::addGetFormatOption(p);
    if (!cli.parse(p, 1, 1))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!cli.open(p))
        return cli.exitCode();
    const ApiResult r = cli.call(WidgetsApi::one(p.positionalArguments().first()));
    if (!r.ok())
        return cli.fail(r.error);
    printOne(cli.out, format, widgetColumns(), widgetRow(r.json.object()), r.json.object());
    return Ok;
}

int install(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("CODE"), Tr::tr("The widget's code."));
    p.addOption({QStringLiteral("settings-json"), Tr::tr("The settings as a JSON object, or - for standard input."), Tr::tr("FILE")});
    if (!cli.parse(p, 1, 1))
        return Usage;
    if (!p.isSet(QStringLiteral("settings-json")))
        return cli.usage(Tr::tr("--settings-json FILE (or - for standard input) is required"));
    QJsonDocument doc;
    if (!cli.readJson(p.value(QStringLiteral("settings-json")), doc))
        return Rejected;
    if (!doc.isObject())
        return cli.reject({{QStringLiteral("--settings-json"), Tr::tr("must be a JSON object of setting keys and values")}});
    if (!cli.open(p))
        return cli.exitCode();
    const QString code = p.positionalArguments().first();
    const ApiResult widget = cli.call(WidgetsApi::one(code));
    if (!widget.ok())
        return cli.fail(widget.error);
    const ValidationIssues issues = checkWidgetSettings(WidgetsApi::widgetIn(widget).formJson, doc.object());
    if (!issues.isEmpty())
        return cli.reject(issues);
    const ApiResult r = cli.call(WidgetsApi::install(code, doc.object()));
    if (!r.ok())
        return cli.fail(r.error);
    cli.out << Tr::tr("Installed %1").arg(p.positionalArguments().first()) << Qt::endl;
    return Ok;
}

int uninstall(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("CODE"), Tr::tr("The widget's code."));
    if (!cli.parse(p, 1, 1))
        return Usage;
    if (!cli.open(p))
        return cli.exitCode();
    const ApiResult r = cli.call(WidgetsApi::uninstall(p.positionalArguments().first()));
    if (!r.ok())
        return cli.fail(r.error);
    cli.out << Tr::tr("Uninstalled %1").arg(p.positionalArguments().first()) << Qt::endl;
    return Ok;
}
} // namespace

int widgetsCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return list(cli);
    if (verb == u"get")
        return get(cli);
    if (verb == u"install")
        return install(cli);
    if (verb == u"uninstall")
        return uninstall(cli);
    return cli.usage(Tr::tr("widgets commands: list, get, install, uninstall"));
}

int salesbotCommand(CliContext &cli, const QString &verb)
{
    if (verb != u"continue")
        return cli.usage(Tr::tr("salesbot commands: continue"));
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addOption({QStringLiteral("salesbot"), Tr::tr("Continue a Salesbot.")});
    p.addOption({QStringLiteral("marketingbot"), Tr::tr("Continue a Marketingbot.")});
    p.addOption({QStringLiteral("bot-id"), Tr::tr("The bot's ID."), Tr::tr("N")});
    p.addOption({QStringLiteral("continue-id"), Tr::tr("The continuation's ID."), Tr::tr("N")});
    p.addOption({QStringLiteral("json"), Tr::tr("{\"data\":{...},\"execute_handlers\":[...]}, or - for standard input."), Tr::tr("FILE")});
    if (!cli.parse(p, 0, 0))
        return Usage;
    if (p.isSet(QStringLiteral("salesbot")) == p.isSet(QStringLiteral("marketingbot")))
        return cli.usage(Tr::tr("say --salesbot or --marketingbot"));
    bool okBot = false, okContinue = false;
    const qint64 bot = p.value(QStringLiteral("bot-id")).toLongLong(&okBot);
    const qint64 cont = p.value(QStringLiteral("continue-id")).toLongLong(&okContinue);
    ValidationIssues issues;
    if (!okBot || bot <= 0)
        issues.append({QStringLiteral("--bot-id"), Tr::tr("must be the bot's number")});
    if (!okContinue || cont <= 0)
        issues.append({QStringLiteral("--continue-id"), Tr::tr("must be the continuation's number")});
    if (!p.isSet(QStringLiteral("json")))
        return cli.usage(Tr::tr("--json FILE (or - for standard input) is required"));
    QJsonDocument doc;
    if (!cli.readJson(p.value(QStringLiteral("json")), doc))
        return Rejected;
    if (!doc.isObject())
        issues.append({QStringLiteral("--json"), Tr::tr("must be an object with data and execute_handlers")});
    else
        issues += checkBotContinue(doc.object());
    if (!issues.isEmpty())
        return cli.reject(issues);
    if (!cli.open(p))
        return cli.exitCode();
    const auto kind = p.isSet(QStringLiteral("salesbot")) ? BotApi::Kind::Salesbot : BotApi::Kind::Marketingbot;
    const ApiResult r = cli.call(BotApi::continueBot(kind, bot, cont, doc.object()));
    if (!r.ok())
        return cli.fail(r.error);
    cli.out << Tr::tr("The bot goes on (HTTP %1)").arg(r.status) << Qt::endl;
    return Ok;
}

} // namespace amodesk::cli

#include "CliContext.h"
#include "Commands.h"
#include "ListRunner.h"
#include "NamedRows.h"
#include "Output.h"
#include "EventFilterOptions.h"

#include "Translations.h"
#include "api/ApiClient.h"
#include "domain/EntityTypeNames.h"
#include "domain/Event.h"
#include "domain/EventFilter.h"
#include "services/ApiEndpoints.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

int list(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    addFilterOptions(p);
    CliContext::addListOptions(p, Tr::tr("Events per page, at most 100."), EventFilter::kMaxLimit);
    if (!cli.parse(p, 0, 0))
        return Usage;

    ValidationIssues issues;
    EventFilter f = readFilter(p, issues);
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > EventFilter::kMaxLimit)
        issues.append({QStringLiteral("--limit"), Tr::tr("must be from 1 to %1").arg(EventFilter::kMaxLimit)});
    const int page = p.value(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        issues.append({QStringLiteral("--page"), Tr::tr("must be 1 or more")});
    if (p.isSet(QStringLiteral("all")) && p.isSet(QStringLiteral("page")))
        return cli.usage(Tr::tr("--page and --all exclude each other"));
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    for (const ValidationIssue &i : f.validate())
        issues.append({i.field, i.message});
    if (!issues.isEmpty())
        return cli.reject(issues);

    const QByteArray query = f.toQuery().encode();
    if (p.isSet(QStringLiteral("print-url")))
        return cli.printRequestUrl(p, EventsApi::listPath(), query, page, limit);
    if (!cli.open(p))
        return cli.exitCode();
    NamedRows rows(cli, format);
    const int code = runPages(cli, EventsApi::listPath(), query, QStringLiteral("events"), limit, page, p.isSet(QStringLiteral("all")),
                              [&](const QJsonArray &items) { rows.addPage(items); }, &Event::problemIn);
    rows.finish();
    return code;
}

int get(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The event's ID."));
    p.addOption({QStringLiteral("with"), Tr::tr("Also load these, comma-separated."), Tr::tr("A,B")});
    CliContext::addGetFormatOption(p);
    if (!cli.parse(p, 1, 1))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!cli.open(p))
        return cli.exitCode();
    const QString id = p.positionalArguments().first();
    QueryString q;
    if (p.isSet(QStringLiteral("with")))
        q.add(QStringLiteral("with"), p.value(QStringLiteral("with")));
    const ApiResult r = cli.call(EventsApi::one(id, q.encode()));
    if (!r.ok())
        return cli.fail(r.error);
    if (r.isEmpty())
        return cli.fail(ApiError::make(ApiError::Kind::NotFound, Tr::tr("there is no event %1").arg(id)));
    NamedRows::printOne(cli, format, r.json.object());
    return Ok;
}

int types(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addOption({QStringLiteral("lang"), Tr::tr("ru, en, es or pt; by default the language of these messages."), Tr::tr("LANG")});
    p.addOption({QStringLiteral("format"), Tr::tr("table, json or csv."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 0, 0))
        return Usage;
    const QString lang = p.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !QStringList{QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}.contains(lang))
        return cli.reject({{QStringLiteral("--lang"), Tr::tr("must be ru, en, es or pt")}});
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!cli.open(p))
        return cli.exitCode();
    const ApiResult r = cli.call(EventsApi::types(lang.isEmpty() ? apiLanguageCode() : lang));
    if (!r.ok())
        return cli.fail(r.error);
    Output output(cli.out, format, {Tr::tr("key"), Tr::tr("type"), Tr::tr("name")});
    for (const QJsonValue &v : r.json.object().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("events_types")).toArray())
        output.add({v[QStringLiteral("key")].toString(), QString::number(v[QStringLiteral("type")].toInt()), v[QStringLiteral("lang")].toString()}, v);
    output.finish();
    return Ok;
}
} // namespace

int eventsCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return list(cli);
    if (verb == u"get")
        return get(cli);
    if (verb == u"types")
        return types(cli);
    if (verb == u"revert")
        return revertEvents(cli);
    return cli.usage(Tr::tr("events commands: list, get, types, revert"));
}

} // namespace amodesk::cli

#include "CliContext.h"
#include "Commands.h"
#include "ListRunner.h"
#include "NamedRows.h"
#include "Output.h"

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

bool toIds(const QStringList &values, QList<qint64> &out)
{
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            out << part.trimmed().toLongLong(&ok);
            if (!ok)
                return false;
        }
    }
    return true;
}

QList<qint64> idsOf(const QJsonValue &v, bool *ok)
{
    QList<qint64> out;
    *ok = true;
    if (v.isDouble()) {
        out << v.toInteger();
    } else if (v.isString()) {
        *ok = toIds({v.toString()}, out);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue id = item.isObject() ? item.toObject().value(QStringLiteral("status_id")) : item;
            if (!id.isDouble())
                *ok = false;
            out << id.toInteger();
        }
    } else {
        *ok = false;
    }
    return out;
}

// --value-before / --value-after: {"leads_statuses":[{"pipeline_id":1,"status_id":2}], "responsible_user_id":[1,2], ...}
bool readValueFilter(const QString &option, const QString &text, EventValueFilter &f, ValidationIssues &issues)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        issues.append({option, Tr::tr("must be a JSON object such as {\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":142}]}")});
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = option + u'.' + it.key();
        bool ok = true;
        if (it.key() == u"leads_statuses") {
            for (const QJsonValue &v : it.value().toArray()) {
                const QJsonObject s = v.toObject();
                ok = ok && s.value(QStringLiteral("status_id")).isDouble();
                f.leadsStatuses.append({s.value(QStringLiteral("pipeline_id")).toInteger(), s.value(QStringLiteral("status_id")).toInteger()});
            }
            ok = ok && it.value().isArray() && !f.leadsStatuses.isEmpty();
        } else if (it.key() == u"customers_statuses") {
            f.customersStatuses = idsOf(it.value(), &ok);
        } else if (it.key() == u"responsible_user_id") {
            f.responsibleUserIds = idsOf(it.value(), &ok);
        } else if (it.key() == u"custom_field_values") {
            f.customFieldEnumIds = idsOf(it.value(), &ok);
        } else if (it.key() == u"value") {
            f.value = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
        } else {
            issues.append({field, Tr::tr("is not a value filter; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values or value")});
            continue;
        }
        if (!ok)
            issues.append({field, Tr::tr("has the wrong shape")});
    }
    return issues.isEmpty();
}

int list(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addOption({QStringLiteral("type"), Tr::tr("Event type (repeatable), e.g. lead_status_changed or custom_field_ID_value_changed."), Tr::tr("T")});
    p.addOption({QStringLiteral("entity"), Tr::tr("Entity type (repeatable): lead, contact, company, customer, task, catalog_ID."), Tr::tr("E")});
    p.addOption({QStringLiteral("entity-id"), Tr::tr("Entity ID (repeatable, at most 10, with exactly one --entity)."), Tr::tr("N")});
    p.addOption({QStringLiteral("created-by"), Tr::tr("User ID (repeatable, at most 10)."), Tr::tr("N")});
    p.addOption({QStringLiteral("id"), Tr::tr("Event ID (repeatable)."), Tr::tr("ID")});
    p.addOption({QStringLiteral("from"), Tr::tr("Created at or after: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("to"), Tr::tr("Created at or before: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("value-before"), Tr::tr("Value filter as JSON, e.g. {\"responsible_user_id\":[504141]}."), Tr::tr("JSON")});
    p.addOption({QStringLiteral("value-after"), Tr::tr("Value filter as JSON, e.g. {\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":142}]}."), Tr::tr("JSON")});
    p.addOption({QStringLiteral("with"), Tr::tr("Also load: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name."), Tr::tr("A,B")});
    CliContext::addListOptions(p, Tr::tr("Events per page, at most 100."), EventFilter::kMaxLimit);
    if (!cli.parse(p, 0, 0))
        return Usage;

    EventFilter f;
    ValidationIssues issues;
    f.types = p.values(QStringLiteral("type"));
    for (const QString &e : p.values(QStringLiteral("entity")))
        f.entities << singularEntityType(e);
    f.ids = p.values(QStringLiteral("id"));
    if (!toIds(p.values(QStringLiteral("entity-id")), f.entityIds))
        issues.append({QStringLiteral("--entity-id"), Tr::tr("must be numbers")});
    if (!toIds(p.values(QStringLiteral("created-by")), f.createdBy))
        issues.append({QStringLiteral("--created-by"), Tr::tr("must be user IDs")});
    for (const char *name : {"from", "to"}) {
        const QString key = QLatin1String(name);
        if (!p.isSet(key))
            continue;
        const auto t = CliContext::parseTime(p.value(key));
        if (!t)
            issues.append({QStringLiteral("--") + key, Tr::tr("\"%1\" is neither Unix seconds nor an ISO 8601 date").arg(p.value(key))});
        else
            (key == u"from" ? f.createdFrom : f.createdTo) = *t;
    }
    if (p.isSet(QStringLiteral("value-before")))
        readValueFilter(QStringLiteral("--value-before"), p.value(QStringLiteral("value-before")), f.valueBefore, issues);
    if (p.isSet(QStringLiteral("value-after")))
        readValueFilter(QStringLiteral("--value-after"), p.value(QStringLiteral("value-after")), f.valueAfter, issues);
    if (p.isSet(QStringLiteral("with")))
        f.with = p.value(QStringLiteral("with")).split(u',', Qt::SkipEmptyParts);
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
    return cli.usage(Tr::tr("events commands: list, get, types"));
}

} // namespace amodesk::cli

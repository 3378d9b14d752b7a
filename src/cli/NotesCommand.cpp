#include "CliContext.h"
#include "Commands.h"
#include "ListRunner.h"
#include "NamedRows.h"
#include "NoteWriter.h"
#include "Output.h"

#include "api/QueryString.h"
#include "domain/EntityTypeNames.h"
#include "domain/WriteRules.h"
#include "services/ApiEndpoints.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
constexpr int kMaxNotesLimit = 250;

// The entity type as URLs name it, from "lead" or "leads" and so on.
int list(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addOption({QStringLiteral("entity-id"), Tr::tr("Only notes of this entity (repeatable)."), Tr::tr("N")});
    p.addOption({QStringLiteral("type"), Tr::tr("Note type (repeatable)."), Tr::tr("T")});
    p.addOption({QStringLiteral("id"), Tr::tr("Note ID (repeatable)."), Tr::tr("N")});
    p.addOption({QStringLiteral("updated-from"), Tr::tr("Changed at or after: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("updated-to"), Tr::tr("Changed at or before: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("order"), Tr::tr("updated_at or id, then :asc or :desc."), Tr::tr("FIELD:DIR")});
    CliContext::addListOptions(p, Tr::tr("Notes per page, at most 250."), kMaxNotesLimit);
    if (!cli.parse(p, 1, 1))
        return Usage;
    QString entity;
    if (!cli.readEntityType(p.positionalArguments().first(), entity))
        return Rejected;
    ValidationIssues issues;
    QueryString q;
    for (const char *option : {"id", "entity-id"}) {
        const QString name = QLatin1String(option);
        const QStringList ids = CliContext::idsOption(p, name, issues);
        if (!ids.isEmpty())
            q.addList({QStringLiteral("filter"), name == u"id" ? QStringLiteral("id") : QStringLiteral("entity_id")}, ids);
    }
    if (p.isSet(QStringLiteral("type")))
        q.addList({QStringLiteral("filter"), QStringLiteral("note_type")}, p.values(QStringLiteral("type")));
    if (const auto t = CliContext::timeOption(p, QStringLiteral("updated-from"), issues))
        q.add({QStringLiteral("filter"), QStringLiteral("updated_at"), QStringLiteral("from")}, QString::number(*t));
    if (const auto t = CliContext::timeOption(p, QStringLiteral("updated-to"), issues))
        q.add({QStringLiteral("filter"), QStringLiteral("updated_at"), QStringLiteral("to")}, QString::number(*t));
    if (p.isSet(QStringLiteral("order"))) {
        const QStringList order = p.value(QStringLiteral("order")).split(u':');
        if (order.size() != 2 || (order[0] != u"updated_at" && order[0] != u"id") || (order[1] != u"asc" && order[1] != u"desc"))
            issues.append({QStringLiteral("--order"), Tr::tr("must be updated_at or id, then :asc or :desc")});
        else
            q.add({QStringLiteral("order"), order[0]}, order[1]);
    }
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxNotesLimit)
        issues.append({QStringLiteral("--limit"), Tr::tr("must be from 1 to %1").arg(kMaxNotesLimit)});
    const int page = qMax(1, p.value(QStringLiteral("page")).toInt());
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!issues.isEmpty())
        return cli.reject(issues);
    const QString path = NotesApi::listPath(entity);
    if (p.isSet(QStringLiteral("print-url")))
        return cli.printRequestUrl(p, path, q.encode(), page, limit);
    if (!cli.open(p))
        return cli.exitCode();
    NamedRows rows(cli, format, entity);
    const int code = runPages(cli, path, q.encode(), QStringLiteral("notes"), limit, page, p.isSet(QStringLiteral("all")),
                              [&](const QJsonArray &items) { rows.addPage(items); });
    rows.finish();
    return code;
}

int get(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The note's ID."));
    CliContext::addGetFormatOption(p);
    if (!cli.parse(p, 2, 2))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    QString entity;
    bool ok = false;
    const qint64 id = p.positionalArguments().at(1).toLongLong(&ok);
    if (!cli.readEntityType(p.positionalArguments().at(0), entity))
        return Rejected;
    if (!ok)
        return cli.reject({{QStringLiteral("ID"), Tr::tr("must be a number")}});
    if (!cli.open(p))
        return cli.exitCode();
    const ApiResult r = cli.call(NotesApi::one(entity, id));
    if (!r.ok())
        return cli.fail(r.error);
    if (r.isEmpty())
        return cli.fail(ApiError::make(ApiError::Kind::NotFound, Tr::tr("there is no note %1 among the %2").arg(id).arg(entity)));
    NamedRows::printOne(cli, format, r.json.object(), entity);
    return Ok;
}

// add and edit: a JSON array (or one object) of notes, checked, then written through the outbox.
int write(CliContext &cli, bool edit)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addOption({QStringLiteral("json"), Tr::tr("The notes as JSON (an array or one object), or - for standard input."), Tr::tr("FILE")});
    p.addOption({QStringLiteral("batch-size"), Tr::tr("Notes per request, 1 to 250 (default 100)."), Tr::tr("N"), QStringLiteral("100")});
    if (!cli.parse(p, 1, 1))
        return Usage;
    bool batchOk = false;
    const int batchSize = p.value(QStringLiteral("batch-size")).toInt(&batchOk);
    if (!batchOk || batchSize < 1 || batchSize > kMaxEntitiesPerWrite)
        return cli.reject({{QStringLiteral("--batch-size"), Tr::tr("must be from 1 to %1").arg(kMaxEntitiesPerWrite)}});
    QString entity;
    if (!cli.readEntityType(p.positionalArguments().first(), entity))
        return Rejected;
    if (!p.isSet(QStringLiteral("json")))
        return cli.usage(Tr::tr("--json FILE (or - for standard input) is required"));
    QJsonDocument doc;
    if (!cli.readJson(p.value(QStringLiteral("json")), doc))
        return Rejected;
    const QJsonArray notes = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    ValidationIssues issues;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (!notes[i].isObject()) {
            issues.append({QStringLiteral("[%1]").arg(i), Tr::tr("must be a note object")});
            continue;
        }
        for (const ValidationIssue &issue : checkNote(notes[i].toObject(), edit, true))
            issues.append({QStringLiteral("[%1] ").arg(i) + issue.field, issue.message});
    }
    if (notes.isEmpty())
        issues.append({QStringLiteral("--json"), Tr::tr("holds no notes")});
    if (!issues.isEmpty())
        return cli.reject(issues);
    if (!cli.open(p))
        return cli.exitCode();
    return writeNotesThroughOutbox(cli, entity, notes, edit, batchSize);
}
} // namespace

int notesCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return list(cli);
    if (verb == u"get")
        return get(cli);
    if (verb == u"add")
        return write(cli, false);
    if (verb == u"edit")
        return write(cli, true);
    return cli.usage(Tr::tr("notes commands: list, get, add, edit"));
}

} // namespace amodesk::cli

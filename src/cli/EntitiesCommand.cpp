#include "CliContext.h"
#include "Commands.h"
#include "JournalRuns.h"
#include "ListRunner.h"
#include "Output.h"
#include "WaitFor.h"

#include "describe/EventDescriber.h"
#include "domain/Entity.h"
#include "describe/TimelineText.h"
#include "domain/EntityTypeNames.h"
#include "domain/TimeText.h"
#include "history/EntityTimeline.h"
#include "revert/PlanChecks.h"
#include "revert/UpdatePlan.h"
#include "services/AccountDirectory.h"
#include "services/ApiEndpoints.h"
#include "api/QueryString.h"
#include "services/EntityNames.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

int history(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The entity's ID."));
    p.addOption({QStringLiteral("format"), Tr::tr("table, json or csv."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 2, 2))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    QString type;
    if (!cli.readEntityType(p.positionalArguments().at(0), type))
        return Rejected;
    bool numeric = false;
    const qint64 id = p.positionalArguments().at(1).toLongLong(&numeric);
    if (!numeric || id <= 0)
        return cli.reject({{QStringLiteral("ID"), Tr::tr("\"%1\" is not an ID").arg(p.positionalArguments().at(1))}});
    if (!cli.open(p))
        return cli.exitCode();

    EntityTimeline timeline(cli.api());
    const ApiError error = waitForFinished(timeline, [&] { timeline.load(type, id); });
    if (error.kind == ApiError::Kind::NotFound)
        return cli.fail(ApiError::make(ApiError::Kind::NotFound, Tr::tr("there is no %1 %2").arg(singularEntityType(type)).arg(id)));
    if (error.isError())
        return cli.fail(error);

    AccountDirectory directory(cli.api());
    EntityNames names(cli.api());
    EventDescriber describer(&directory);
    describer.setNames(&names);
    const TimelineText text(describer);
    if (format != Format::Json) {
        cli.loadDirectory(directory);
        for (const TimelineItem &item : timeline.items())
            text.details(item); // asks for the names of linked entities
        if (names.pending()) {
            QEventLoop wait;
            QObject::connect(&names, &EntityNames::idle, &wait, &QEventLoop::quit);
            wait.exec();
        }
    }
    QStringList columns = TimelineText::columns();
    for (QString &c : columns)
        c = c.toLower();
    Output output(cli.out, format, columns);
    for (const TimelineItem &item : timeline.items()) {
        const QJsonObject raw{{QStringLiteral("kind"), item.kind == TimelineItem::Kind::Event ? QStringLiteral("event") : QStringLiteral("note")},
                              {QStringLiteral("created_at"), item.createdAt}, {QStringLiteral("item"), item.raw}};
        output.add({isoTime(item.createdAt), text.author(item), text.what(item), text.details(item)}, raw);
    }
    output.finish();
    return Ok;
}
QStringList entityColumns()
{
    return {Tr::tr("id"), Tr::tr("name"), Tr::tr("stage"), Tr::tr("responsible"), Tr::tr("sale"), Tr::tr("tags"), Tr::tr("changed")};
}

QStringList entityRow(const Entity &e, const AccountDirectory &d)
{
    QString stage;
    if (e.type == u"leads" && e.statusId)
        stage = QStringLiteral("%1 › %2").arg(d.pipelineName(e.pipelineId), d.leadStatusName(e.pipelineId, e.statusId));
    else if (e.type == u"customers" && e.statusId)
        stage = d.customerStatusName(e.statusId);
    const QString owner = d.userName(e.responsibleUserId);
    const bool priced = e.type == u"leads" || e.type == u"customers";
    return {QString::number(e.id), e.name, stage, owner.isEmpty() ? QString::number(e.responsibleUserId) : owner,
            priced ? QString::number(e.price) : QString(), e.tags.join(QStringLiteral(", ")), isoTime(e.updatedAt)};
}

int list(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addOption({QStringLiteral("id"), Tr::tr("Entity ID (repeatable, or comma-separated)."), Tr::tr("N")});
    p.addOption({QStringLiteral("query"), Tr::tr("Only entities whose fields contain this text, as the web interface's search finds them."), Tr::tr("TEXT")});
    CliContext::addListOptions(p, Tr::tr("Entities per page, at most 250."), EntitiesApi::kMaxPerPage);
    if (!cli.parse(p, 1, 1))
        return Usage;
    QString type;
    if (!cli.readEntityType(p.positionalArguments().first(), type))
        return Rejected;
    ValidationIssues issues;
    QueryString q;
    const QStringList ids = CliContext::idsOption(p, QStringLiteral("id"), issues);
    if (!ids.isEmpty())
        q.addList({QStringLiteral("filter"), QStringLiteral("id")}, ids);
    if (!p.value(QStringLiteral("query")).trimmed().isEmpty())
        q.add(QStringLiteral("query"), p.value(QStringLiteral("query")).trimmed());
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > EntitiesApi::kMaxPerPage)
        issues.append({QStringLiteral("--limit"), Tr::tr("must be from 1 to %1").arg(EntitiesApi::kMaxPerPage)});
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    if (!issues.isEmpty())
        return cli.reject(issues);
    const QString path = EntitiesApi::listPath(type);
    const int page = qMax(1, p.value(QStringLiteral("page")).toInt());
    if (p.isSet(QStringLiteral("print-url")))
        return cli.printRequestUrl(p, path, q.encode(), page, limit);
    if (!cli.open(p))
        return cli.exitCode();
    AccountDirectory directory(cli.api());
    if (format != Format::Json)
        cli.loadDirectory(directory);
    Output output(cli.out, format, entityColumns());
    const int code = runList(cli, path, q.encode(), type, limit, page, p.isSet(QStringLiteral("all")), [&](const QJsonObject &item) {
        output.add(entityRow(Entity::fromJson(item, type), directory), item);
    });
    output.finish();
    return code;
}
// PATCH items of one entity type, through the journal: read the entities, plan one change per
// field, refuse bad input before anything is sent, then apply (or only print with --dry-run).
int update(CliContext &cli)
{
    QCommandLineParser p;
    CliContext::addAccountOptions(p);
    p.addPositionalArgument(QStringLiteral("ENTITY_TYPE"), Tr::tr("leads, contacts, companies or customers."));
    p.addOption({QStringLiteral("json"), Tr::tr("The PATCH items, a JSON array, from this file or - for standard input."), Tr::tr("FILE")});
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Print the plan: for every entity and field, the value to set, the value now and the change's state. Nothing is sent.")});
    addPlanFormatOption(p);
    if (!cli.parse(p, 1, 1))
        return Usage;
    Format format;
    if (!readPlanFormat(cli, p, format))
        return Usage;
    if (!p.isSet(QStringLiteral("json")))
        return cli.usage(Tr::tr("give the items with --json FILE (or --json - for standard input)"));
    QString type;
    if (!cli.readEntityType(p.positionalArguments().first(), type))
        return Rejected;
    QJsonDocument doc;
    if (!cli.readJson(p.value(QStringLiteral("json")), doc))
        return Rejected;
    if (!doc.isArray() || doc.array().isEmpty())
        return cli.reject({{QStringLiteral("--json"), Tr::tr("must be a non-empty JSON array of PATCH items such as [{\"id\":1,\"status_id\":142}]")}});
    if (!cli.open(p))
        return cli.exitCode();
    RevertJournal journal(cli.accountKey());
    if (!p.isSet(QStringLiteral("dry-run"))) {
        if (const int code = resumeUnfinished(cli, journal))
            return code;
    }
    CurrentEntities current;
    int code = Ok;
    if (!readCurrent(cli, {{type, idsToUpdate(doc.array())}}, current, &code))
        return code;
    ValidationIssues issues;
    QList<RevertChange> plan = planUpdate(type, doc.array(), current, issues);
    AccountDirectory directory(cli.api());
    cli.loadDirectory(directory);
    checkAgainstAccount(plan, directory);
    for (const RevertChange &c : std::as_const(plan)) {
        if (c.state == RevertChange::State::Unsupported)
            issues.append({QStringLiteral("%1 %2 %3").arg(singularEntityType(type)).arg(c.entityId).arg(c.field), c.reason});
    }
    if (!issues.isEmpty())
        return cli.reject(issues);
    return planOrApply(cli, plan, {p.isSet(QStringLiteral("dry-run")), false, format, &directory}, QStringLiteral("update"), {});
}
} // namespace

int entitiesCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"list")
        return list(cli);
    if (verb == u"update")
        return update(cli);
    if (verb == u"history")
        return history(cli);
    return cli.usage(Tr::tr("entities commands: list, update, history"));
}

} // namespace amodesk::cli

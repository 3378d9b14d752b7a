#include "CliContext.h"
#include "Commands.h"
#include "Output.h"

#include "describe/EventDescriber.h"
#include "describe/TimelineText.h"
#include "domain/EntityTypeNames.h"
#include "domain/TimeText.h"
#include "history/EntityTimeline.h"
#include "services/AccountDirectory.h"
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
    const QString type = pluralEntityType(p.positionalArguments().at(0));
    bool numeric = false;
    const qint64 id = p.positionalArguments().at(1).toLongLong(&numeric);
    ValidationIssues issues;
    if (type.isEmpty())
        issues.append({QStringLiteral("ENTITY_TYPE"), Tr::tr("must be leads, contacts, companies or customers")});
    if (!numeric || id <= 0)
        issues.append({QStringLiteral("ID"), Tr::tr("\"%1\" is not an ID").arg(p.positionalArguments().at(1))});
    if (!issues.isEmpty())
        return cli.reject(issues);
    if (!cli.open(p))
        return cli.exitCode();

    EntityTimeline timeline(cli.api());
    ApiError error;
    QEventLoop loop;
    QObject::connect(&timeline, &EntityTimeline::finished, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    timeline.load(type, id);
    loop.exec();
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
} // namespace

int entitiesCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"history")
        return history(cli);
    return cli.usage(Tr::tr("entities commands: history"));
}

} // namespace amodesk::cli

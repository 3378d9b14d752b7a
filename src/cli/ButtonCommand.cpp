#include "CliContext.h"
#include "Commands.h"

#include "button/ButtonConfigReader.h"
#include "button/ButtonSnippets.h"

#include <QCoreApplication>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

// Prints the configuration snippet of a preset saved in the app, for a site's deploy script.
int snippet(CliContext &cli)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PRESET.json"), Tr::tr("A website button preset saved by AmoDesk, or the configuration object as amoCRM documents it "
                                                                 "({\"onlinechat\": {...}}); - for standard input."));
    if (!cli.parse(p, 1, 1))
        return Usage;
    QJsonDocument doc;
    if (!cli.readJson(p.positionalArguments().first(), doc))
        return Rejected;
    ChatButtonConfig config;
    QString error;
    if (!readButtonConfig(doc.object(), config, &error))
        return cli.reject({{QStringLiteral("PRESET.json"), error}});
    const ValidationIssues issues = config.check();
    if (!issues.isEmpty())
        return cli.reject(issues);
    cli.out << configSnippet(config);
    return Ok;
}
} // namespace

int buttonCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"snippet")
        return snippet(cli);
    return cli.usage(Tr::tr("button commands: snippet"));
}

} // namespace amodesk::cli

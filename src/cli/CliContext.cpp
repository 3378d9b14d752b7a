#include "CliContext.h"
#include "Translations.h"
#include "services/AccountDirectory.h"
#include "domain/EntityTypeNames.h"
#include "domain/JsonText.h"
#include "Output.h"

#include "api/ApiClient.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"
#include "log/SecretRedactor.h"
#include "api/Pager.h"
#include "services/ApiEndpoints.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
}

CliContext::CliContext(const QString &cmd, const QStringList &args) : command(cmd), arguments(args), out(stdout), err(stderr) {}

namespace {
// QCommandLineParser's help begins "Usage: PROGRAM [options] ARGS...", PROGRAM as it was run (a
// full path, maybe) and without the command; the command goes in its place.
QString helpFor(const QCommandLineParser &parser, const QString &program, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(u'\n');
    const qsizetype at = help.left(lineEnd).indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), command);
    return help;
}

// The names of the positional arguments, as the help's first line lists them after the program
// and its (translated) "[options]".
QStringList positionalNames(const QCommandLineParser &parser, const QString &program)
{
    const QString usageLine = parser.helpText().section(u'\n', 0, 0);
    const qsizetype at = usageLine.indexOf(program);
    QStringList names;
    for (const QString &token : usageLine.mid(at < 0 ? usageLine.size() : at + program.size()).split(u' ', Qt::SkipEmptyParts)) {
        if (!token.startsWith(u'['))
            names << token;
    }
    return names;
}
} // namespace

CliContext::~CliContext() = default;

void CliContext::addAccountOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("account"), Tr::tr("The account to use (default: $AMODESK_ACCOUNT, the only one, or the last used)."), Tr::tr("NAME")});
    parser.addOption({QStringLiteral("base-url"), Tr::tr("Session only: the account's address, used with --long-lived-token-stdin; nothing is stored."), Tr::tr("URL")});
    parser.addOption({QStringLiteral("long-lived-token-stdin"), Tr::tr("Session only: read a long-lived token from standard input.")});
}

void CliContext::addListOptions(QCommandLineParser &parser, const QString &limitHelp, int maxLimit)
{
    parser.addOption({QStringLiteral("limit"), limitHelp, Tr::tr("N"), QString::number(maxLimit)});
    parser.addOption({QStringLiteral("page"), Tr::tr("The page to read."), Tr::tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("all"), Tr::tr("Read every page.")});
    parser.addOption({QStringLiteral("format"), Tr::tr("table, json or csv."), Tr::tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("print-url"), Tr::tr("Print the request URL and send nothing.")});
}

void CliContext::addGetFormatOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), Tr::tr("json (the item as the API gives it), table or csv."), Tr::tr("FORMAT"), QStringLiteral("json")});
}

int CliContext::printRequestUrl(const QCommandLineParser &parser, const QString &path, const QByteArray &query, int page, int limit)
{
    Account account;
    if (!resolveAccount(parser, account))
        return m_exitCode;
    out << Pager::pageUrl(account.baseUrl, path, query, page, limit) << Qt::endl;
    return Ok;
}

bool CliContext::parse(QCommandLineParser &parser, int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpFor(parser, arguments.value(0), command);
        out.flush();
        std::exit(Ok);
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional) {
        const QStringList missing = positionalNames(parser, arguments.value(0)).mid(n, minPositional - n);
        usage(Tr::tr("missing %1 (see %2 --help)").arg(missing.isEmpty() ? Tr::tr("arguments") : missing.join(u' '), command));
        return false;
    }
    if (maxPositional >= 0 && n > maxPositional) {
        usage(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().last()));
        return false;
    }
    return true;
}

bool CliContext::resolveAccount(const QCommandLineParser &parser, Account &account)
{
    if (parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("long-lived-token-stdin"))) {
        if (!parser.isSet(QStringLiteral("base-url")) || !parser.isSet(QStringLiteral("long-lived-token-stdin"))) {
            usage(Tr::tr("--base-url and --long-lived-token-stdin go together"));
            return false;
        }
        QString why;
        account.baseUrl = normalizeBaseUrl(parser.value(QStringLiteral("base-url")), &why);
        if (account.baseUrl.isEmpty()) {
            reject({{QStringLiteral("--base-url"), why}});
            return false;
        }
        account.name = QStringLiteral("session");
        account.sessionOnly = true;
        m_stdinSecret = readSecretFromStdin();
        return true;
    }
    AccountStore store;
    QString name = parser.value(QStringLiteral("account"));
    if (name.isEmpty())
        name = qEnvironmentVariable("AMODESK_ACCOUNT");
    std::optional<Account> found;
    if (!name.isEmpty()) {
        found = store.byName(name);
        if (!found) {
            usage(Tr::tr("there is no account named \"%1\"; see amodesk-cli account list").arg(name));
            return false;
        }
    } else {
        found = store.lastUsed();
        if (!found) {
            usage(Tr::tr("no account yet: add one with amodesk-cli account add"));
            return false;
        }
    }
    account = *found;
    return true;
}

ApiClient *CliContext::open(const QCommandLineParser &parser)
{
    if (!resolveAccount(parser, m_account))
        return nullptr;
    if (m_account.sessionOnly) {
        m_vault = std::make_unique<MemoryVault>();
        m_session = std::make_unique<AccountSession>(m_account, m_vault.get());
        m_session->openWithLongLivedToken(m_stdinSecret);
        return m_session->api();
    }
    m_vault = std::make_unique<KeychainVault>();
    m_session = std::make_unique<AccountSession>(m_account, m_vault.get());
    QEventLoop loop;
    ApiError error;
    QObject::connect(m_session.get(), &AccountSession::ready, &loop, &QEventLoop::quit);
    QObject::connect(m_session.get(), &AccountSession::failed, &loop, [&](const ApiError &e) { error = e; loop.quit(); });
    m_session->open();
    if (!m_session->api())
        loop.exec();
    if (error.isError()) {
        fail(error);
        return nullptr;
    }
    AccountStore().touch(m_account.id);
    return m_session->api();
}

ApiClient *CliContext::api() const
{
    return m_session ? m_session->api() : nullptr;
}

QString CliContext::accountKey() const
{
    if (!m_account.id.isEmpty())
        return m_account.id;
    return QStringLiteral("session-") + QString::fromLatin1(QCryptographicHash::hash(m_account.baseUrl.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

ApiResult CliContext::call(const ApiRequest &request)
{
    ApiReply *reply = api()->send(request);
    if (reply->isFinished())
        return reply->result();
    // The result is taken in the slot: the reply deletes itself once it has told its end.
    ApiResult result;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, [&] {
        result = reply->result();
        loop.quit();
    });
    loop.exec();
    return result;
}

int CliContext::fail(const ApiError &error)
{
    err << "amodesk-cli: " << terminalSafe(SecretRedactor::instance().redact(error.message()), false) << Qt::endl;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return m_exitCode = NetworkFailed;
    case ApiError::Kind::Rejected:
        return m_exitCode = Rejected;
    default:
        return m_exitCode = ApiFailed;
    }
}

int CliContext::reject(const ValidationIssues &issues)
{
    for (const ValidationIssue &i : issues)
        err << "amodesk-cli: " << (i.field.isEmpty() ? QString() : i.field + QStringLiteral(": ")) << i.message << Qt::endl;
    err << "amodesk-cli: " << Tr::tr("nothing was sent") << Qt::endl;
    return m_exitCode = Rejected;
}

int CliContext::usage(const QString &message)
{
    err << "amodesk-cli: " << message << Qt::endl;
    return m_exitCode = Usage;
}

bool CliContext::readJson(const QString &fileOrDash, QJsonDocument &doc)
{
    QFile file;
    if (fileOrDash == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            usage(Tr::tr("cannot read standard input"));
            return false;
        }
    } else {
        file.setFileName(fileOrDash);
        if (!file.open(QIODevice::ReadOnly)) {
            usage(Tr::tr("cannot read %1: %2").arg(fileOrDash, file.errorString()));
            return false;
        }
    }
    const ParsedJson parsed = parseJson(file.readAll());
    if (!parsed.ok()) {
        reject({{fileOrDash == u"-" ? Tr::tr("standard input") : fileOrDash,
                 Tr::tr("not valid JSON: %1 at character %2").arg(parsed.error).arg(parsed.offset)}});
        return false;
    }
    doc = parsed.value.isArray() ? QJsonDocument(parsed.value.toArray()) : QJsonDocument(parsed.value.toObject());
    return true;
}

QString CliContext::readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    const QString secret = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
    SecretRedactor::instance().add(secret);
    return secret;
}

bool CliContext::progressWanted() const
{
    return isatty(2);
}

bool CliContext::readEntityType(const QString &given, QString &plural)
{
    plural = pluralEntityType(given);
    if (!plural.isEmpty())
        return true;
    reject({{QStringLiteral("ENTITY_TYPE"), Tr::tr("must be leads, contacts, companies or customers, not \"%1\"").arg(given)}});
    return false;
}

QStringList CliContext::idsOption(const QCommandLineParser &p, const QString &option, ValidationIssues &issues)
{
    QStringList ids;
    for (const QString &v : p.values(option)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            part.trimmed().toLongLong(&ok);
            if (!ok)
                issues.append({QStringLiteral("--") + option, Tr::tr("\"%1\" is not an ID").arg(part)});
            ids << part.trimmed();
        }
    }
    return ids;
}

void CliContext::loadDirectory(AccountDirectory &directory)
{
    QEventLoop loop;
    QObject::connect(&directory, &AccountDirectory::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&directory, &AccountDirectory::failed, &loop, [&](const ApiError &error) {
        err << Tr::tr("warning: the account's names could not be read (%1); ids are shown instead").arg(error.message()) << Qt::endl;
        loop.quit();
    });
    directory.load(apiLanguageCode());
    loop.exec();
}

std::optional<qint64> CliContext::parseTime(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        return dt.toSecsSinceEpoch();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay().toSecsSinceEpoch();
    return std::nullopt;
}

std::optional<qint64> CliContext::timeOption(const QCommandLineParser &p, const QString &option, ValidationIssues &issues)
{
    if (!p.isSet(option))
        return std::nullopt;
    const auto t = parseTime(p.value(option));
    if (!t)
        issues.append({QStringLiteral("--") + option, Tr::tr("\"%1\" is neither Unix seconds nor an ISO 8601 date").arg(p.value(option))});
    return t;
}

} // namespace amodesk::cli

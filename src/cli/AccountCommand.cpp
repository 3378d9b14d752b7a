#include "CliContext.h"
#include "Commands.h"
#include "Output.h"

#include "auth/AccountSetup.h"
#include "auth/AccountStore.h"
#include "auth/LoopbackReceiver.h"
#include "auth/SecretVault.h"
#include "services/AccountContext.h"
#include "store/LocalStore.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUuid>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

// Runs a setup step to its end: true when it added or removed, else prints why.
bool finish(CliContext &cli, AccountSetup &setup, Account *added)
{
    QEventLoop loop;
    ApiError error;
    QObject::connect(&setup, &AccountSetup::added, &loop, [&](const Account &a) { if (added) *added = a; loop.quit(); });
    QObject::connect(&setup, &AccountSetup::removed, &loop, &QEventLoop::quit);
    QObject::connect(&setup, &AccountSetup::failed, &loop, [&](const ApiError &e) { error = e; loop.quit(); });
    loop.exec();
    if (error.isError()) {
        cli.fail(error);
        return false;
    }
    return true;
}

bool keychainAvailable(CliContext &cli, KeychainVault &vault)
{
    QEventLoop loop;
    bool ok = false;
    QString why;
    vault.probe([&](bool o, const QString &w) { ok = o; why = w; loop.quit(); });
    loop.exec();
    if (!ok)
        cli.err << "amodesk-cli: " << why << '\n'
                << "amodesk-cli: " << Tr::tr("to use an account without storing it, pass --base-url URL --long-lived-token-stdin to each command") << Qt::endl;
    return ok;
}

void openBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    QProcess::startDetached(QStringLiteral("cmd"), {QStringLiteral("/c"), QStringLiteral("start"), QString(), url.toString()});
#elif defined(Q_OS_MACOS)
    QProcess::startDetached(QStringLiteral("open"), {url.toString()});
#else
    QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString()});
#endif
}

// The code from the browser: the consent page redirects to our loopback listener.
QString codeFromBrowser(CliContext &cli, const Account &account, int *exitCode)
{
    LoopbackReceiver receiver;
    const QString state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString why;
    if (!receiver.listen(QUrl(account.redirectUri), state, &why)) {
        *exitCode = cli.reject({{QStringLiteral("--redirect-uri"), why}});
        return {};
    }
    const QUrl consent = consentPageUrl(account.baseUrl, account.clientId, state);
    cli.err << Tr::tr("Open this address in a browser and allow access:") << '\n' << consent.toString() << Qt::endl;
    openBrowser(consent);
    QEventLoop loop;
    QString code;
    QObject::connect(&receiver, &LoopbackReceiver::codeReceived, &loop, [&](const QString &c) { code = c; loop.quit(); });
    QObject::connect(&receiver, &LoopbackReceiver::denied, &loop, [&](const QString &e) { why = e; loop.quit(); });
    QTimer::singleShot(10 * 60 * 1000, &loop, [&] { why = Tr::tr("no answer from the browser in 10 minutes"); loop.quit(); });
    loop.exec();
    if (code.isEmpty()) {
        *exitCode = cli.fail(ApiError::make(ApiError::Kind::Unauthorized, why == u"access_denied" ? Tr::tr("access was refused in the browser") : why));
    }
    return code;
}

int add(CliContext &cli)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Add an account: with a long-lived token, or through OAuth with a code or the browser."));
    p.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("A name for the account, used with --account."));
    p.addOption({QStringLiteral("base-url"), Tr::tr("The account's address: subdomain.amocrm.ru, subdomain.kommo.com or a URL."), Tr::tr("URL")});
    p.addOption({QStringLiteral("long-lived-token-stdin"), Tr::tr("Read a long-lived token from standard input.")});
    p.addOption({QStringLiteral("client-id"), Tr::tr("The integration's ID."), Tr::tr("ID")});
    p.addOption({QStringLiteral("client-secret-stdin"), Tr::tr("Read the integration's secret key from standard input.")});
    p.addOption({QStringLiteral("redirect-uri"), Tr::tr("The integration's redirect URI."), Tr::tr("URI")});
    p.addOption({QStringLiteral("code"), Tr::tr("The authorization code from the integration's settings (valid 20 minutes)."), Tr::tr("CODE")});
    p.addOption({QStringLiteral("browser"), Tr::tr("Sign in through the browser; the redirect URI must be http://127.0.0.1:PORT/...")});
    if (!cli.parse(p, 1, 1))
        return Usage;
    const bool longLived = p.isSet(QStringLiteral("long-lived-token-stdin"));
    const bool oauth = p.isSet(QStringLiteral("client-id")) || p.isSet(QStringLiteral("client-secret-stdin")) || p.isSet(QStringLiteral("code"))
        || p.isSet(QStringLiteral("browser")) || p.isSet(QStringLiteral("redirect-uri"));
    if (longLived == oauth)
        return cli.usage(Tr::tr("use either --long-lived-token-stdin or --client-id with --client-secret-stdin, --redirect-uri and --code or --browser"));
    if (oauth && (!p.isSet(QStringLiteral("client-id")) || !p.isSet(QStringLiteral("client-secret-stdin")) || !p.isSet(QStringLiteral("redirect-uri"))
                  || p.isSet(QStringLiteral("code")) == p.isSet(QStringLiteral("browser"))))
        return cli.usage(Tr::tr("OAuth needs --client-id, --client-secret-stdin, --redirect-uri and one of --code or --browser"));
    if (!p.isSet(QStringLiteral("base-url")))
        return cli.usage(Tr::tr("--base-url is required"));

    Account account;
    account.name = p.positionalArguments().first();
    QString why;
    account.baseUrl = normalizeBaseUrl(p.value(QStringLiteral("base-url")), &why);
    if (account.baseUrl.isEmpty())
        return cli.reject({{QStringLiteral("--base-url"), why}});
    AccountStore store;
    if (store.byName(account.name))
        return cli.reject({{QStringLiteral("NAME"), Tr::tr("an account named \"%1\" exists already; remove it first").arg(account.name)}});
    KeychainVault vault;
    if (!keychainAvailable(cli, vault))
        return ApiFailed;
    const QString secret = cli.readSecretFromStdin();
    if (secret.isEmpty())
        return cli.reject({{longLived ? QStringLiteral("--long-lived-token-stdin") : QStringLiteral("--client-secret-stdin"), Tr::tr("nothing was read from standard input")}});

    AccountSetup setup(&vault, &store);
    Account added;
    if (longLived) {
        setup.addWithLongLivedToken(account, secret);
    } else {
        account.clientId = p.value(QStringLiteral("client-id"));
        account.redirectUri = p.value(QStringLiteral("redirect-uri"));
        QString code = p.value(QStringLiteral("code"));
        if (p.isSet(QStringLiteral("browser"))) {
            int exitCode = Ok;
            code = codeFromBrowser(cli, account, &exitCode);
            if (code.isEmpty())
                return exitCode;
        }
        setup.addWithCode(account, secret, code);
    }
    if (!finish(cli, setup, &added))
        return cli.exitCode(); // a timeout is a network failure (5), a refusal an API one (4)
    cli.out << Tr::tr("Added \"%1\": %2 (%3)").arg(added.name, added.accountName, added.baseUrl) << Qt::endl;
    return Ok;
}

int list(CliContext &cli)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), Tr::tr("table, json or csv."), Tr::tr("FORMAT"), QStringLiteral("table")});
    if (!cli.parse(p, 0, 0))
        return Usage;
    Format format;
    if (!parseFormat(p.value(QStringLiteral("format")), format))
        return cli.usage(Tr::tr("--format must be table, json or csv"));
    Output output(cli.out, format, {Tr::tr("name"), Tr::tr("account"), Tr::tr("address"), Tr::tr("sign-in"), Tr::tr("last used")});
    for (const Account &a : AccountStore().all()) {
        const QString auth = a.auth == Account::Auth::OAuth ? QStringLiteral("oauth") : QStringLiteral("long-lived token");
        output.add({a.name, a.accountName, a.baseUrl, auth, a.lastUsed.isValid() ? isoTime(a.lastUsed.toSecsSinceEpoch()) : QString()},
                   QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("account_name"), a.accountName}, {QStringLiteral("account_id"), a.accountId},
                               {QStringLiteral("base_url"), a.baseUrl}, {QStringLiteral("auth"), auth}});
    }
    output.finish();
    return Ok;
}

int remove(CliContext &cli)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The account to remove, with its secrets and everything AmoDesk keeps of it."));
    p.addOption({QStringLiteral("force"), Tr::tr("Remove it even when its outbox holds notes amoCRM has not confirmed; they are thrown away.")});
    if (!cli.parse(p, 1, 1))
        return Usage;
    AccountStore store;
    const auto account = store.byName(p.positionalArguments().first());
    if (!account)
        return cli.usage(Tr::tr("there is no account named \"%1\"").arg(p.positionalArguments().first()));
    const int unconfirmed = localstore::unconfirmedNotes(account->id);
    if (unconfirmed != 0 && !p.isSet(QStringLiteral("force"))) {
        cli.err << "amodesk-cli: "
                << (unconfirmed < 0 ? Tr::tr("the outbox of \"%1\" cannot be read, so it is not known whether it holds unsent notes").arg(account->name)
                                    : Tr::tr("the outbox of \"%1\" holds %n note(s) amoCRM has not confirmed: removing the account throws its outbox away", nullptr, unconfirmed)
                                          .arg(account->name))
                << '\n' << "amodesk-cli: " << Tr::tr("send them first (run the command that queued them again, or open the account in AmoDesk), or pass --force")
                << Qt::endl;
        return Rejected;
    }
    KeychainVault vault;
    AccountSetup setup(&vault, &store);
    setup.remove(*account);
    if (!finish(cli, setup, nullptr))
        return cli.exitCode();
    AccountContext(nullptr, nullptr, account->baseUrl, account->id).purgeLocalData(); // as the app does
    cli.out << Tr::tr("Removed \"%1\" with its secrets and local data").arg(account->name) << Qt::endl;
    return Ok;
}
} // namespace

int accountCommand(CliContext &cli, const QString &verb)
{
    if (verb == u"add")
        return add(cli);
    if (verb == u"list")
        return list(cli);
    if (verb == u"remove")
        return remove(cli);
    return cli.usage(Tr::tr("account commands: add, list, remove"));
}

} // namespace amodesk::cli

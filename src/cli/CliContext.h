#pragma once

#include "api/ApiRequest.h"
#include "auth/Account.h"
#include "domain/Validation.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace amodesk {

class AccountDirectory;
class AccountSession;
class ApiClient;
class SecretVault;

namespace cli {

// Exit codes promised to scripts.
enum Exit { Ok = 0, Usage = 2, Rejected = 3, ApiFailed = 4, NetworkFailed = 5 };

// What every command shares: its arguments, the account it works on, blocking calls through
// the request pipeline, and where output and messages go.
class CliContext
{
public:
    // The command ("amodesk-cli GROUP VERB") and its arguments: the program first, then what
    // follows the verb.
    CliContext(const QString &command, const QStringList &arguments);
    ~CliContext();

    QString command;
    QStringList arguments;
    QTextStream out;
    QTextStream err;

    // Adds --account and the session-only pair --base-url/--long-lived-token-stdin.
    static void addAccountOptions(QCommandLineParser &parser);
    // --limit (up to maxLimit), --page, --all, --format and --print-url of the list commands.
    static void addListOptions(QCommandLineParser &parser, const QString &limitHelp, int maxLimit);
    // --format of the get commands: json (the item as the API gave it), table or csv.
    static void addGetFormatOption(QCommandLineParser &parser);
    // Prints the URL a list request would use, without opening the account's secrets.
    int printRequestUrl(const QCommandLineParser &parser, const QString &path, const QByteArray &query, int page, int limit);
    // Parses or prints the error and returns false (exit Usage).
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional);

    // The account named by --account, $AMODESK_ACCOUNT, the only one, or the last used.
    bool resolveAccount(const QCommandLineParser &parser, Account &account);
    // Chooses the account as open() does, without opening its secrets (for its local files).
    bool chooseAccount(const QCommandLineParser &parser) { return resolveAccount(parser, m_account); }
    // Opens the account's pipeline; prints why not and returns nullptr (then exitCode() says why).
    ApiClient *open(const QCommandLineParser &parser);
    int exitCode() const { return m_exitCode; }
    ApiResult call(const ApiRequest &request);
    ApiClient *api() const;
    QString baseUrl() const { return m_account.baseUrl; }
    QString accountKey() const; // names the account's files (outbox): its id, or its URL's hash

    int fail(const ApiError &error);                 // prints it, returns its exit code
    int reject(const ValidationIssues &issues);      // prints them, returns Rejected
    int usage(const QString &message);               // prints it, returns Usage
    bool readJson(const QString &fileOrDash, QJsonDocument &doc); // prints why not
    QString readSecretFromStdin();
    bool progressWanted() const;                     // stderr is a terminal

    // leads, contacts, companies or customers for either form of those; otherwise prints why.
    bool readEntityType(const QString &given, QString &plural);
    // The IDs of a repeatable --OPTION, each value possibly comma-separated; an issue for each that is not one.
    static QStringList idsOption(const QCommandLineParser &p, const QString &option, ValidationIssues &issues);
    // Loads the account's names in the messages' language; a warning when they cannot be read.
    void loadDirectory(AccountDirectory &directory);

    static std::optional<qint64> parseTime(const QString &text); // Unix seconds or ISO 8601
    // The time of --OPTION if it is set and reads as a time; an issue naming it if it does not.
    static std::optional<qint64> timeOption(const QCommandLineParser &p, const QString &option, ValidationIssues &issues);

private:
    Account m_account;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountSession> m_session;
    QString m_stdinSecret;
    int m_exitCode = Ok;
};

} // namespace cli
} // namespace amodesk

#pragma once

#include "api/ApiRequest.h"
#include "domain/Widget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The requests of the account's API that the app, its models and the CLI send, and the reading
// of their answers: each path, and the encoding of what goes into it, is written here once.
namespace amodesk {

struct EventsApi {
    static QString listPath();
    static QString typesPath();
    static QByteArray ofEntityQuery(const QString &entityType, qint64 entityId); // the events of one entity
    static ApiRequest newest(const QByteArray &query, int limit); // the first page, newest first
    static ApiRequest one(const QString &id, const QByteArray &query = {});
    static ApiRequest types(const QString &languageCode);
    static QList<QJsonObject> eventsIn(const ApiResult &answer);
};

struct NotesApi {
    static QString listPath(const QString &entityType); // leads, contacts, companies or customers
    static QString ofEntityPath(const QString &entityType, qint64 entityId); // the notes of one entity
    static ApiRequest byIds(const QString &entityType, const QList<qint64> &ids);
    static ApiRequest one(const QString &entityType, qint64 id);
    static QList<QJsonObject> notesIn(const ApiResult &answer);
};

// The lists the account's names come from (AccountDirectory).
struct DirectoryApi {
    static QString usersPath();
    static QString pipelinesPath();
    static QString customerStatusesPath();
    static QString customFieldsPath(const QString &entityType); // leads, contacts, companies or customers
};

// Leads, contacts, companies and customers (entityType is the plural of the path).
struct EntitiesApi {
    static constexpr int kMaxPerPage = 250;
    static QString listPath(const QString &entityType);
    // At most kMaxPerPage; with links, also the entities each is linked to (what a revert of
    // links reads; the sandbox and amoCRM take longer to answer it).
    static ApiRequest byIds(const QString &entityType, const QList<qint64> &ids, bool withLinks = false);
    static ApiRequest search(const QString &entityType, const QString &text, int limit);
    static ApiRequest update(const QString &entityType, const QJsonArray &items); // PATCH of at most kMaxPerPage
    // POST …/link or …/unlink of [{entity_id, to_entity_id, to_entity_type}].
    static ApiRequest link(const QString &entityType, const QJsonArray &items, bool link);
    static QList<QJsonObject> entitiesIn(const ApiResult &answer, const QString &entityType);
};

struct WidgetsApi {
    static QString listPath();
    static ApiRequest one(const QString &code);
    static ApiRequest install(const QString &code, const QJsonObject &settings);
    static ApiRequest uninstall(const QString &code);
    static Widget widgetIn(const ApiResult &answer); // of one(), or of install()
};

struct BotApi {
    enum class Kind { Salesbot, Marketingbot };
    // POST .../{salesbot|marketingbot}/{bot_id}/continue/{continue_id} with data and execute_handlers.
    static ApiRequest continueBot(Kind kind, qint64 botId, qint64 continueId, const QJsonObject &body);
};

} // namespace amodesk

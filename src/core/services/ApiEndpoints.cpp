#include "ApiEndpoints.h"

#include "api/QueryString.h"
#include "domain/NoteFilter.h"

#include <QJsonArray>
#include <QUrl>

namespace amodesk {

namespace {
const QString kApi = QStringLiteral("/api/v4/");

QString segment(const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); }

QList<QJsonObject> embedded(const ApiResult &answer, const QString &key)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : answer.json.object().value(QStringLiteral("_embedded")).toObject().value(key).toArray())
        out << v.toObject();
    return out;
}
// filter[id][]=... with room for all of them on one page.
QByteArray byIdsQuery(const QList<qint64> &ids, int limit)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QueryString q;
    q.addList({QStringLiteral("filter"), QStringLiteral("id")}, list);
    q.add(QStringLiteral("limit"), QString::number(limit));
    return q.encode();
}
} // namespace

QString EventsApi::listPath() { return kApi + QStringLiteral("events"); }

QByteArray EventsApi::ofEntityQuery(const QString &entityType, qint64 entityId)
{
    QueryString q;
    q.add({QStringLiteral("filter"), QStringLiteral("entity")}, entityType);
    q.add({QStringLiteral("filter"), QStringLiteral("entity_id")}, QString::number(entityId));
    return q.encode();
}

QString EventsApi::typesPath() { return listPath() + QStringLiteral("/types"); }

QString DirectoryApi::usersPath() { return kApi + QStringLiteral("users"); }

QString DirectoryApi::pipelinesPath() { return kApi + QStringLiteral("leads/pipelines"); }

QString DirectoryApi::customerStatusesPath() { return kApi + QStringLiteral("customers/statuses"); }

QString DirectoryApi::customFieldsPath(const QString &entityType) { return kApi + segment(entityType) + QStringLiteral("/custom_fields"); }

ApiRequest EventsApi::newest(const QByteArray &query, int limit)
{
    return ApiRequest::get(listPath(), query + (query.isEmpty() ? "" : "&") + "limit=" + QByteArray::number(limit));
}

ApiRequest EventsApi::one(const QString &id, const QByteArray &query) { return ApiRequest::get(listPath() + u'/' + segment(id), query); }

ApiRequest EventsApi::types(const QString &languageCode)
{
    QueryString q;
    q.add(QStringLiteral("language_code"), languageCode);
    return ApiRequest::get(typesPath(), q.encode());
}

QList<QJsonObject> EventsApi::eventsIn(const ApiResult &answer) { return embedded(answer, QStringLiteral("events")); }

QString NotesApi::listPath(const QString &entityType) { return kApi + segment(entityType) + QStringLiteral("/notes"); }

QString NotesApi::ofEntityPath(const QString &entityType, qint64 entityId)
{
    return kApi + segment(entityType) + u'/' + QString::number(entityId) + QStringLiteral("/notes");
}

ApiRequest NotesApi::byIds(const QString &entityType, const QList<qint64> &ids)
{
    return ApiRequest::get(listPath(entityType), byIdsQuery(ids, kMaxNotesPerPage));
}

ApiRequest NotesApi::one(const QString &entityType, qint64 id) { return ApiRequest::get(listPath(entityType) + u'/' + QString::number(id)); }

QList<QJsonObject> NotesApi::notesIn(const ApiResult &answer) { return embedded(answer, QStringLiteral("notes")); }

QString EntitiesApi::listPath(const QString &entityType) { return kApi + segment(entityType); }

ApiRequest EntitiesApi::byIds(const QString &entityType, const QList<qint64> &ids, bool withLinks)
{
    // What each type can be linked to, beyond the companies a lead or contact always lists.
    static const QHash<QString, QString> linked{{QStringLiteral("leads"), QStringLiteral("contacts")},
                                                {QStringLiteral("contacts"), QStringLiteral("leads,customers")},
                                                {QStringLiteral("companies"), QStringLiteral("leads,contacts,customers")},
                                                {QStringLiteral("customers"), QStringLiteral("contacts,companies")}};
    QByteArray query = byIdsQuery(ids, kMaxPerPage);
    if (withLinks && linked.contains(entityType))
        query += "&with=" + linked.value(entityType).toLatin1();
    return ApiRequest::get(listPath(entityType), query);
}

ApiRequest EntitiesApi::search(const QString &entityType, const QString &text, int limit)
{
    QueryString q;
    q.add(QStringLiteral("query"), text.trimmed());
    q.add(QStringLiteral("limit"), QString::number(limit));
    return ApiRequest::get(listPath(entityType), q.encode());
}

ApiRequest EntitiesApi::update(const QString &entityType, const QJsonArray &items)
{
    return ApiRequest::write("PATCH", listPath(entityType), QJsonDocument(items));
}

ApiRequest EntitiesApi::link(const QString &entityType, const QJsonArray &items, bool link)
{
    return ApiRequest::write("POST", listPath(entityType) + (link ? QStringLiteral("/link") : QStringLiteral("/unlink")), QJsonDocument(items));
}

QList<QJsonObject> EntitiesApi::entitiesIn(const ApiResult &answer, const QString &entityType) { return embedded(answer, entityType); }

QString WidgetsApi::listPath() { return kApi + QStringLiteral("widgets"); }

ApiRequest WidgetsApi::one(const QString &code) { return ApiRequest::get(listPath() + u'/' + segment(code)); }

ApiRequest WidgetsApi::install(const QString &code, const QJsonObject &settings)
{
    return ApiRequest::write("POST", listPath() + u'/' + segment(code), QJsonDocument(settings));
}

ApiRequest WidgetsApi::uninstall(const QString &code) { return ApiRequest::write("DELETE", listPath() + u'/' + segment(code), QJsonDocument()); }

Widget WidgetsApi::widgetIn(const ApiResult &answer) { return Widget::fromJson(answer.json.object()); }

ApiRequest BotApi::continueBot(Kind kind, qint64 botId, qint64 continueId, const QJsonObject &body)
{
    const QString bot = kind == Kind::Salesbot ? QStringLiteral("salesbot") : QStringLiteral("marketingbot");
    return ApiRequest::write("POST", kApi + QStringLiteral("%1/%2/continue/%3").arg(bot).arg(botId).arg(continueId), QJsonDocument(body));
}

} // namespace amodesk

#include "AccountDirectory.h"
#include "services/ApiEndpoints.h"

#include "api/ApiClient.h"
#include "api/Pager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amodesk {

AccountDirectory::AccountDirectory(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

QList<QPair<QString, qint64>> sortedByName(const QHash<qint64, QString> &names)
{
    QList<QPair<QString, qint64>> out;
    out.reserve(names.size());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.append({it.value(), it.key()});
    std::sort(out.begin(), out.end());
    return out;
}

void AccountDirectory::fetch(const QString &path, const QByteArray &query, const QString &embedded, int limit,
                             std::function<void(const QJsonArray &)> take)
{
    // 250 users or 50 fields a page: far more than any account has, and a server that keeps
    // sending pages, or the same page, cannot keep us reading.
    constexpr int kMaxDirectoryPages = 200;
    ++m_pending;
    auto *pager = new Pager(m_api, path, query, embedded, limit, this);
    pager->setPageCap(kMaxDirectoryPages);
    connect(pager, &Pager::page, this, [take](int, const QJsonArray &items) { take(items); });
    connect(pager, &Pager::finished, this, [this, pager](const ApiError &error) {
        if (!error.isError() && !pager->isClosed()) {
            pager->fetchNext();
            return;
        }
        pager->deleteLater();
        done(error);
    });
    pager->fetchNext();
}

void AccountDirectory::done(const ApiError &error)
{
    if (error.isError() && !m_firstError.isError())
        m_firstError = error;
    if (--m_pending > 0)
        return;
    m_loaded = true;
    if (m_firstError.isError())
        Q_EMIT failed(m_firstError);
    else
        Q_EMIT loaded();
}

void AccountDirectory::load(const QString &language)
{
    m_language = language;
    auto named = [](const QJsonArray &items, QHash<qint64, QString> &into) {
        for (const QJsonValue &v : items)
            into.insert(v[QStringLiteral("id")].toInteger(), v[QStringLiteral("name")].toString());
    };
    fetch(DirectoryApi::usersPath(), {}, QStringLiteral("users"), 250, [this, named](const QJsonArray &users) { named(users, m_users); });
    fetch(DirectoryApi::pipelinesPath(), {}, QStringLiteral("pipelines"), 50, [this](const QJsonArray &pipelines) {
        for (const QJsonValue &p : pipelines) {
            const qint64 pipeline = p[QStringLiteral("id")].toInteger();
            m_pipelines.insert(pipeline, p[QStringLiteral("name")].toString());
            for (const QJsonValue &s : p[QStringLiteral("_embedded")][QStringLiteral("statuses")].toArray()) {
                m_leadStatuses.insert({pipeline, s[QStringLiteral("id")].toInteger()}, s[QStringLiteral("name")].toString());
                m_stagesByPipeline[pipeline].append({s[QStringLiteral("id")].toInteger(), s[QStringLiteral("name")].toString()});
            }
        }
    });
    fetch(DirectoryApi::customerStatusesPath(), {}, QStringLiteral("statuses"), 250,
          [this, named](const QJsonArray &statuses) { named(statuses, m_customerStatuses); });
    for (const char *entity : {"leads", "contacts", "companies", "customers"}) {
        fetch(DirectoryApi::customFieldsPath(QLatin1String(entity)), {}, QStringLiteral("custom_fields"), 50,
              [this, entity](const QJsonArray &fields) {
            for (const QJsonValue &f : fields) {
                m_fields.insert(f[QStringLiteral("id")].toInteger(), f[QStringLiteral("name")].toString());
                m_fieldTypes.insert(f[QStringLiteral("id")].toInteger(), f[QStringLiteral("type")].toString());
                m_fieldsByEntity[QLatin1String(entity)].append(f[QStringLiteral("id")].toInteger());
                for (const QJsonValue &en : f[QStringLiteral("enums")].toArray()) {
                    m_enums.insert(en[QStringLiteral("id")].toInteger(), en[QStringLiteral("value")].toString());
                    m_enumsByField[f[QStringLiteral("id")].toInteger()].append({en[QStringLiteral("id")].toInteger(), en[QStringLiteral("value")].toString()});
                }
            }
        });
    }
    const QByteArray lang = QStringList{QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}.contains(language)
        ? language.toLatin1() : QByteArray("en");
    fetch(EventsApi::typesPath(), "language_code=" + lang, QStringLiteral("events_types"), 50, [this](const QJsonArray &types) {
        for (const QJsonValue &t : types)
            m_eventTypes.insert(t[QStringLiteral("key")].toString(), t[QStringLiteral("lang")].toString());
    });
}

QString AccountDirectory::userName(qint64 id) const { return m_users.value(id); }
QString AccountDirectory::pipelineName(qint64 id) const { return m_pipelines.value(id); }
QString AccountDirectory::leadStatusName(qint64 pipelineId, qint64 statusId) const
{
    const QString exact = m_leadStatuses.value({pipelineId, statusId});
    if (!exact.isEmpty())
        return exact;
    for (auto it = m_leadStatuses.cbegin(); it != m_leadStatuses.cend(); ++it) { // 142/143 are shared
        if (it.key().second == statusId)
            return it.value();
    }
    return {};
}
QString AccountDirectory::customerStatusName(qint64 id) const { return m_customerStatuses.value(id); }
QString AccountDirectory::fieldName(qint64 id) const { return m_fields.value(id); }
QString AccountDirectory::enumValue(qint64 enumId) const { return m_enums.value(enumId); }
QString AccountDirectory::eventTypeName(const QString &key) const { return m_eventTypes.value(key, key); }
QList<QPair<qint64, QString>> AccountDirectory::leadStatuses(qint64 pipelineId) const { return m_stagesByPipeline.value(pipelineId); }

} // namespace amodesk

namespace amodesk {

namespace {
QJsonObject byId(const QHash<qint64, QString> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

void fill(QHash<qint64, QString> &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!into.contains(it.key().toLongLong()))
            into.insert(it.key().toLongLong(), it.value().toString());
    }
}
} // namespace

QByteArray AccountDirectory::toJson() const
{
    QJsonObject stages;
    for (auto it = m_stagesByPipeline.cbegin(); it != m_stagesByPipeline.cend(); ++it) {
        QJsonArray list;
        for (const auto &[id, name] : it.value())
            list.append(QJsonArray{id, name});
        stages.insert(QString::number(it.key()), list);
    }
    QJsonObject types;
    for (auto it = m_eventTypes.cbegin(); it != m_eventTypes.cend(); ++it)
        types.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("users"), byId(m_users)}, {QStringLiteral("pipelines"), byId(m_pipelines)},
                        {QStringLiteral("stages"), stages}, {QStringLiteral("customer_statuses"), byId(m_customerStatuses)},
                        {QStringLiteral("fields"), byId(m_fields)}, {QStringLiteral("field_types"), byId(m_fieldTypes)},
                        {QStringLiteral("enums"), byId(m_enums)},
                        {QStringLiteral("event_types"), types}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AccountDirectory::restore(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return;
    fill(m_users, o.value(QStringLiteral("users")).toObject());
    fill(m_pipelines, o.value(QStringLiteral("pipelines")).toObject());
    fill(m_customerStatuses, o.value(QStringLiteral("customer_statuses")).toObject());
    fill(m_fields, o.value(QStringLiteral("fields")).toObject());
    fill(m_fieldTypes, o.value(QStringLiteral("field_types")).toObject());
    fill(m_enums, o.value(QStringLiteral("enums")).toObject());
    const QJsonObject stages = o.value(QStringLiteral("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        const qint64 pipeline = it.key().toLongLong();
        if (m_stagesByPipeline.contains(pipeline))
            continue;
        for (const QJsonValue &pair : it.value().toArray()) {
            const qint64 id = pair.toArray().at(0).toInteger();
            const QString name = pair.toArray().at(1).toString();
            m_stagesByPipeline[pipeline].append({id, name});
            m_leadStatuses.insert({pipeline, id}, name);
        }
    }
    const QJsonObject types = o.value(QStringLiteral("event_types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        if (!m_eventTypes.contains(it.key()))
            m_eventTypes.insert(it.key(), it.value().toString());
    }
}

} // namespace amodesk

#include "EntityReader.h"

#include "api/ApiClient.h"
#include "services/ApiEndpoints.h"

#include <QTimer>

namespace amodesk {

EntityReader::EntityReader(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

void EntityReader::start(const QHash<QString, QList<qint64>> &wanted, bool withLinks)
{
    m_entities.clear();
    m_error = {};
    m_read = m_total = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (qsizetype at = 0; at < it.value().size(); at += EntitiesApi::kMaxPerPage) {
            const QList<qint64> ids = it.value().mid(at, EntitiesApi::kMaxPerPage);
            m_total += int(ids.size());
            ApiReply *reply = m_api->send(EntitiesApi::byIds(it.key(), ids, withLinks));
            m_replies.append(reply);
            const QString type = it.key();
            const int asked = int(ids.size());
            connect(reply, &ApiReply::finished, this, [this, reply, type, asked] { answered(reply, type, asked); });
        }
    }
    if (m_replies.isEmpty())
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_error); });
}

void EntityReader::cancel()
{
    abortAll(m_replies);
}

void EntityReader::answered(ApiReply *reply, const QString &type, int asked)
{
    m_replies.removeAll(reply);
    const ApiResult &r = reply->result();
    if (!r.ok() && !m_error.isError()) {
        m_error = r.error;
        cancel();
    } else if (r.ok()) {
        for (const QJsonObject &o : EntitiesApi::entitiesIn(r, type))
            m_entities[type].insert(o.value(QStringLiteral("id")).toInteger(), Entity::fromJson(o, type));
    }
    m_read += asked;
    Q_EMIT progress(m_read, m_total);
    if (m_replies.isEmpty())
        Q_EMIT finished(m_error);
}

} // namespace amodesk

#include "EntityNames.h"

#include "api/ApiClient.h"
#include "services/ApiEndpoints.h"

#include <QTimer>

namespace amodesk {

namespace {
QList<QPair<qint64, QString>> entitiesOf(const ApiResult &r, const QString &entityType)
{
    QList<QPair<qint64, QString>> out;
    for (const QJsonObject &e : EntitiesApi::entitiesIn(r, entityType))
        out.append({e[QStringLiteral("id")].toInteger(), e[QStringLiteral("name")].toString()});
    return out;
}
} // namespace

EntityNames::EntityNames(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

QString EntityNames::name(const QString &entityType, qint64 id)
{
    const auto known = m_names.value(entityType);
    const auto it = known.constFind(id);
    if (it != known.cend())
        return *it;
    if (!m_requested.value(entityType).contains(id)) {
        m_wanted[entityType].insert(id);
        if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, this, &EntityNames::flush);
        }
    }
    return {};
}

void EntityNames::flush()
{
    m_flushQueued = false;
    for (auto it = m_wanted.begin(); it != m_wanted.end(); ++it) {
        const QString entityType = it.key();
        QList<qint64> ids(it.value().cbegin(), it.value().cend());
        m_requested[entityType].unite(it.value());
        for (qsizetype from = 0; from < ids.size(); from += EntitiesApi::kMaxPerPage) {
            const QList<qint64> chunk = ids.mid(from, EntitiesApi::kMaxPerPage);
            ApiReply *reply = m_api->send(EntitiesApi::byIds(entityType, chunk));
            ++m_inFlight;
            connect(reply, &ApiReply::finished, this, [this, reply, entityType, chunk] {
                --m_inFlight;
                auto &names = m_names[entityType];
                const auto entities = entitiesOf(reply->result(), entityType);
                for (const auto &e : entities)
                    names.insert(e.first, e.second);
                if (!reply->result().ok()) { // asked again the next time it is shown, not at once
                    for (qint64 id : chunk)
                        m_requested[entityType].remove(id);
                }
                if (!entities.isEmpty()) // a repaint on nothing new would ask again for what failed
                    Q_EMIT arrived();
                if (!pending())
                    Q_EMIT idle();
            });
        }
    }
    m_wanted.clear();
}

void EntityNames::search(const QString &entityType, const QString &text)
{
    ApiReply *reply = m_api->send(EntitiesApi::search(entityType, text, 50));
    connect(reply, &ApiReply::finished, this, [this, reply, entityType] {
        const auto entities = entitiesOf(reply->result(), entityType);
        auto &names = m_names[entityType];
        for (const auto &e : entities)
            names.insert(e.first, e.second);
        Q_EMIT found(entityType, entities);
    });
}

} // namespace amodesk

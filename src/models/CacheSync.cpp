#include "CacheSync.h"

#include "EventCacheModel.h"
#include "EventColumns.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"
#include "services/EventSync.h"

namespace amodesk {

CacheSync *CacheSync::open(AccountContext *account, EventCacheModel *model, QObject *parent)
{
    EventCache *cache = account ? account->eventCache() : nullptr;
    return cache ? new CacheSync(account, cache, model, parent) : nullptr;
}

CacheSync::CacheSync(AccountContext *account, EventCache *cache, EventCacheModel *model, QObject *parent)
    : QObject(parent), m_cache(cache),
      m_sync(new EventSync(account->api(), cache, [model](const Event &e) { return EventColumns::searchText(e, model->describer()); }, this)),
      m_directory(account->directory())
{
    m_sync->setObjectName(QStringLiteral("eventSync"));
    connect(m_sync, &EventSync::finished, this, &CacheSync::ended);
}

void CacheSync::start()
{
    if (m_directory && !m_directory->isLoaded()) {
        connect(m_directory, &AccountDirectory::loaded, this, &CacheSync::fetch, Qt::SingleShotConnection);
        connect(m_directory, &AccountDirectory::failed, this, &CacheSync::fetch, Qt::SingleShotConnection);
    } else {
        fetch();
    }
}

void CacheSync::fetch()
{
    if (!m_sync->resumePending())
        m_sync->fetchNewer();
}

void CacheSync::ended(const ApiError &error)
{
    m_offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    m_lastError = (error.isError() && !m_offline && error.kind != ApiError::Kind::Cancelled) ? error.message() : QString();
    Q_EMIT finished();
}

} // namespace amodesk

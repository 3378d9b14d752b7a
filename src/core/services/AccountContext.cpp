#include "AccountContext.h"

#include "cache/EventCache.h"
#include "outbox/NoteOutbox.h"
#include "revert/RevertJournal.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"
#include "store/LocalStore.h"

namespace amodesk {

AccountContext::AccountContext(ApiClient *api, AccountDirectory *directory, const QString &baseUrl, const QString &accountId, QObject *parent)
    : QObject(parent), m_api(api), m_directory(directory), m_baseUrl(baseUrl), m_accountId(accountId)
{
}

AccountContext::~AccountContext() = default;

EntityNames *AccountContext::entityNames()
{
    if (!m_names && m_api)
        m_names = new EntityNames(m_api, this);
    return m_names;
}

EventCache *AccountContext::eventCache()
{
    if (!m_cacheTried && !m_purged && !m_accountId.isEmpty()) {
        m_cacheTried = true;
        m_cache = std::make_unique<EventCache>(EventCache::pathFor(m_accountId));
        if (!m_cache->isOpen())
            m_cache.reset();
        else
            keepNamesWithCache();
    }
    return m_cache.get();
}

// The names kept with the cache read right at once, and offline; fresh ones replace them. They
// are kept per language: event types read in Russian stay out of a Spanish window.
void AccountContext::keepNamesWithCache()
{
    if (!m_directory)
        return;
    const QString key = QStringLiteral("directory/") + m_directory->language();
    const auto keep = [this, key] {
        if (m_cache)
            m_cache->setState(key, QString::fromUtf8(m_directory->toJson()));
    };
    if (m_directory->isLoaded())
        keep();
    else
        m_directory->restore(m_cache->state(key).toUtf8());
    connect(m_directory, &AccountDirectory::loaded, this, keep);
}

NoteOutbox *AccountContext::outbox(QString *error)
{
    if (!m_outbox && !m_purged && !m_accountId.isEmpty()) {
        auto opened = std::make_unique<NoteOutbox>(NoteOutbox::pathFor(m_accountId));
        if (!opened->isOpen()) {
            if (error)
                *error = opened->errorString();
            return nullptr;
        }
        m_outbox = std::move(opened);
    }
    return m_outbox.get();
}

RevertJournal *AccountContext::journal()
{
    if (!m_journal && !m_purged && !m_accountId.isEmpty())
        m_journal = std::make_unique<RevertJournal>(m_accountId);
    return m_journal.get();
}

void AccountContext::clearEventCache()
{
    m_cache.reset();
    m_cacheTried = false;
    if (!m_accountId.isEmpty())
        localstore::removeEventCache(m_accountId);
}

void AccountContext::purgeLocalData()
{
    m_purged = true;
    m_cache.reset();
    m_outbox.reset();
    m_journal.reset();
    if (!m_accountId.isEmpty())
        localstore::purgeAccount(m_accountId);
}

} // namespace amodesk

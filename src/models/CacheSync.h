#pragma once

#include <QObject>

namespace amodesk {

class AccountContext;
class AccountDirectory;
class EventCache;
class EventCacheModel;
class EventSync;
struct ApiError;

// An account's event cache kept in step with amoCRM for the events pane: an EventSync over the
// cache that indexes each event in the words the cache model shows, started once the account's
// names are in (a person searches for names, not ids), and what its last run said.
class CacheSync : public QObject
{
    Q_OBJECT
public:
    // nullptr when the account has no cache to keep (then the API is read directly).
    static CacheSync *open(AccountContext *account, EventCacheModel *model, QObject *parent);

    // Syncs now, or once the account's names have come.
    void start();

    EventCache *cache() const { return m_cache; }
    EventSync *sync() const { return m_sync; }
    bool isOffline() const { return m_offline; } // the last run could not reach the account
    QString lastError() const { return m_lastError; } // of the last run: empty when it did its work, was cancelled or was offline

Q_SIGNALS:
    void finished(); // a run ended; isOffline() and lastError() say how

private:
    CacheSync(AccountContext *account, EventCache *cache, EventCacheModel *model, QObject *parent);
    void fetch();
    void ended(const ApiError &error);

    EventCache *m_cache;
    EventSync *m_sync;
    AccountDirectory *m_directory;
    bool m_offline = false;
    QString m_lastError;
};

} // namespace amodesk

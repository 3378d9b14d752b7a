#pragma once

#include <QObject>
#include <memory>

namespace amodesk {

class AccountDirectory;
class ApiClient;
class EntityNames;
class EventCache;
class NoteOutbox;
class RevertJournal;

// One signed-in account as the panes share it: its API client (and through it the account's
// request budget), its directory of names, its event cache, its note outbox and its journal. The files are
// opened at first use and closed with the context; purgeLocalData() deletes them.
class AccountContext : public QObject
{
    Q_OBJECT

public:
    // Neither the client nor the directory is owned. Without an account id nothing is kept on disk.
    AccountContext(ApiClient *api, AccountDirectory *directory, const QString &baseUrl, const QString &accountId, QObject *parent = nullptr);
    ~AccountContext() override;

    ApiClient *api() const { return m_api; }
    AccountDirectory *directory() const { return m_directory; }
    QString baseUrl() const { return m_baseUrl; }
    QString accountId() const { return m_accountId; }

    // Names of the account's leads, contacts, companies and customers, fetched as asked for.
    EntityNames *entityNames();
    // nullptr when the file cannot be opened (then the panes read the API directly).
    EventCache *eventCache();
    // nullptr when it cannot be opened, with the reason in *error.
    NoteOutbox *outbox(QString *error = nullptr);
    // The journal of reverts and bulk changes; nullptr without an account id.
    RevertJournal *journal();

    // Closes the event cache and deletes it; the next eventCache() starts an empty one. Whoever
    // used the cache must have let go of it.
    void clearEventCache();

    // Closes the files and deletes everything kept of the account (see localstore::purgeAccount).
    // Whoever used the cache or the outbox must have let go of them.
    void purgeLocalData();

private:
    void keepNamesWithCache();

    ApiClient *m_api;
    AccountDirectory *m_directory;
    QString m_baseUrl;
    QString m_accountId;
    EntityNames *m_names = nullptr;
    std::unique_ptr<EventCache> m_cache;
    std::unique_ptr<NoteOutbox> m_outbox;
    std::unique_ptr<RevertJournal> m_journal;
    bool m_cacheTried = false;
    bool m_purged = false; // nothing is opened (and so made) again
};

} // namespace amodesk

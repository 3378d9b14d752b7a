#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "cache/EventCache.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace amodesk {

class ApiClient;
class NoteTexts;
class Pager;

// Fills an account's event cache from the API: what is newer than the cache, one page older
// than it (as a view scrolls), or every event of a period with progress. A period sync keeps
// how far it got in the cache, so after a crash or a lost connection it goes on from there.
class EventSync : public QObject
{
    Q_OBJECT
public:
    enum class Placement { Newer, Older, Anywhere };

    EventSync(ApiClient *api, EventCache *cache, EventCache::SearchText searchText, QObject *parent = nullptr);

    // An empty cache gets the newest kFirstPages pages; following asks in the background.
    void fetchNewer(ApiRequest::Priority priority = ApiRequest::Priority::Interactive);
    void fetchOlder();            // one page older than the oldest cached event
    void syncPeriod(qint64 from, qint64 to);
    bool resumePending();         // continues an interrupted period sync; false when there is none
    void cancel();
    bool isRunning() const { return m_pager != nullptr; }
    // Older events may be read: the bottom was not reached, and the last run did not fail (a
    // failed run is not asked again by scrolling; the next sync that succeeds allows it again).
    bool hasOlder() const { return m_hasOlder && !m_lastRunFailed; }
    bool notesPending() const; // note texts still on their way

    static constexpr int kFirstPages = 10;

Q_SIGNALS:
    void stored(int added, amodesk::EventSync::Placement where);
    void progress(qint64 events, double eventsPerSecond, double fraction, qint64 etaSeconds);
    void finished(const amodesk::ApiError &error);
    void noteTextsStored(); // texts of note events arrived after their page

private:
    void run(const QByteArray &query, Placement where, bool all, int maxPages = 0,
             ApiRequest::Priority priority = ApiRequest::Priority::Interactive);

    QPointer<ApiClient> m_api;
    EventCache *m_cache;
    EventCache::SearchText m_searchText;
    Pager *m_pager = nullptr;
    bool m_hasOlder = true;
    bool m_lastRunFailed = false;
    NoteTexts *m_noteTexts;
    qint64 m_from = 0, m_to = 0, m_reached = 0, m_events = 0;
    bool m_period = false;
    QElapsedTimer m_clock;
};

} // namespace amodesk
Q_DECLARE_METATYPE(amodesk::EventSync::Placement)

#include "EventSync.h"

#include "api/ApiClient.h"
#include "api/Pager.h"
#include "domain/EventFilter.h"
#include "services/ApiEndpoints.h"
#include "services/NoteTexts.h"

#include <QJsonArray>

namespace amodesk {

namespace {
constexpr int kPage = 100;
const QString kPeriodKey = QStringLiteral("period_sync"); // "from,to,reached"
}

EventSync::EventSync(ApiClient *api, EventCache *cache, EventCache::SearchText searchText, QObject *parent)
    : QObject(parent), m_api(api), m_cache(cache), m_searchText(std::move(searchText)), m_noteTexts(new NoteTexts(api, this))
{
    connect(m_noteTexts, &NoteTexts::arrived, this, [this](const QHash<QString, QString> &texts) {
        m_cache->setNoteTexts(texts);
        Q_EMIT noteTextsStored();
    });
}

void EventSync::run(const QByteArray &query, Placement where, bool all, int maxPages, ApiRequest::Priority priority)
{
    cancel();
    if (!m_api)
        return;
    // Names come along, so the cache shows and finds them without the account at hand.
    const QByteArray withNames = "with=lead_name%2Ccontact_name%2Ccompany_name%2Ccustomer_name%2Ccatalog_element_name";
    m_pager = new Pager(m_api, EventsApi::listPath(), query.isEmpty() ? withNames : query + '&' + withNames,
                        QStringLiteral("events"), kPage, this);
    if (maxPages > 0)
        m_pager->setMaxPages(maxPages);
    m_pager->setPriority(priority);
    m_pager->setItemCheck(&Event::problemIn);
    m_clock.start();
    m_events = 0;
    Pager *pager = m_pager;
    connect(pager, &Pager::page, this, [this, where](int, const QJsonArray &items) {
        QList<Event> events;
        events.reserve(items.size());
        for (const QJsonValue &v : items)
            events.append(Event::fromJson(v.toObject()));
        QList<Event> fresh;
        const int added = m_cache->store(events, m_searchText, &fresh);
        m_noteTexts->fetch(fresh); // following reads the newest second again: only what is new needs its texts
        m_events += events.size();
        if (where == Placement::Older && added == 0)
            m_hasOlder = false; // the page held nothing we did not have: this is the bottom
        if (m_period && !events.isEmpty()) {
            m_reached = events.last().createdAt;
            m_cache->setState(kPeriodKey, QStringLiteral("%1,%2,%3").arg(m_from).arg(m_to).arg(m_reached));
            const double fraction = m_to > m_from ? double(m_to - m_reached) / double(m_to - m_from) : 1.0;
            const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
            Q_EMIT progress(m_events, m_events / seconds, fraction, fraction > 0 ? qint64(seconds / fraction * (1 - fraction)) : -1);
        }
        if (added > 0)
            Q_EMIT stored(added, where);
    });
    connect(pager, &Pager::finished, this, [this, pager, where](const ApiError &error) {
        if (pager != m_pager)
            return;
        if (where == Placement::Older && pager->atEnd() && pager->pagesDelivered() == 0)
            m_hasOlder = false;
        m_lastRunFailed = error.isError() && error.kind != ApiError::Kind::Cancelled;
        if (m_period && !error.isError())
            m_cache->setState(kPeriodKey, {}); // done: nothing to resume
        m_period = false;
        m_pager = nullptr;
        pager->deleteLater();
        Q_EMIT finished(error);
    });
    if (all)
        pager->fetchAll(4);
    else
        pager->fetchNext();
}

bool EventSync::notesPending() const
{
    return m_noteTexts->pending();
}

void EventSync::fetchNewer(ApiRequest::Priority priority)
{
    const qint64 newest = m_cache->newestCreatedAt();
    if (newest == 0) {
        run({}, Placement::Anywhere, true, kFirstPages, priority);
        return;
    }
    EventFilter f;
    f.createdFrom = newest; // that second again: what we have is skipped by id
    run(f.toQuery().encode(), Placement::Newer, true, 0, priority);
}

void EventSync::fetchOlder()
{
    const qint64 oldest = m_cache->oldestCreatedAt();
    if (oldest == 0) {
        fetchNewer();
        return;
    }
    EventFilter f;
    f.createdTo = oldest;
    run(f.toQuery().encode(), Placement::Older, false);
}

void EventSync::syncPeriod(qint64 from, qint64 to)
{
    EventFilter f;
    f.createdFrom = from;
    f.createdTo = to;
    m_period = true;
    m_from = from;
    m_to = to;
    m_reached = to;
    m_cache->setState(kPeriodKey, QStringLiteral("%1,%2,%3").arg(from).arg(to).arg(to));
    run(f.toQuery().encode(), Placement::Anywhere, true, 0, ApiRequest::Priority::Background);
    m_period = true; // run() cancels a previous run, which clears the flag
}

bool EventSync::resumePending()
{
    const QStringList saved = m_cache->state(kPeriodKey).split(u',');
    if (saved.size() != 3)
        return false;
    const qint64 from = saved[0].toLongLong(), to = saved[1].toLongLong(), reached = saved[2].toLongLong();
    EventFilter f;
    f.createdFrom = from;
    f.createdTo = reached; // the part not yet read; the boundary second again, skipped by id
    m_period = true;
    m_from = from;
    m_to = to;
    m_reached = reached;
    run(f.toQuery().encode(), Placement::Anywhere, true, 0, ApiRequest::Priority::Background);
    m_period = true;
    return true;
}

void EventSync::cancel()
{
    if (!m_pager)
        return;
    Pager *pager = m_pager;
    m_pager = nullptr;
    m_period = false;
    pager->cancel();
    pager->deleteLater();
}

} // namespace amodesk

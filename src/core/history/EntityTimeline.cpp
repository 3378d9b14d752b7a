#include "EntityTimeline.h"

#include "api/ApiClient.h"
#include "api/Pager.h"
#include "domain/EntityTypeNames.h"
#include "services/ApiEndpoints.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace amodesk {

namespace {
constexpr int kEventsPerPage = 100;
constexpr int kNotesPerPage = 250;

// An event that only says a note was added, when the note itself is in the timeline.
bool onlyAddsOneOf(const Event &e, const QSet<qint64> &noteIds)
{
    return !e.after.isEmpty() && e.before.isEmpty() && std::all_of(e.after.cbegin(), e.after.cend(), [&noteIds](const EventChange &c) {
        return c.kind == EventChange::Kind::Note && noteIds.contains(c.id);
    });
}
} // namespace

EntityTimeline::EntityTimeline(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

QList<TimelineItem> EntityTimeline::merged(const QList<QJsonObject> &events, const QList<QJsonObject> &notes)
{
    QList<TimelineItem> out;
    QSet<qint64> noteIds;
    for (const QJsonObject &json : notes)
        noteIds.insert(json.value(QStringLiteral("id")).toInteger());
    for (const QJsonObject &json : events) {
        TimelineItem item;
        item.event = Event::fromJson(json);
        if (onlyAddsOneOf(item.event, noteIds))
            continue;
        item.kind = TimelineItem::Kind::Event;
        item.createdAt = item.event.createdAt;
        item.createdBy = item.event.createdBy;
        item.type = item.event.type;
        item.id = item.event.id;
        item.raw = json;
        out.append(item);
    }
    for (const QJsonObject &json : notes) {
        TimelineItem item;
        item.kind = TimelineItem::Kind::Note;
        item.createdAt = json.value(QStringLiteral("created_at")).toInteger();
        item.createdBy = json.value(QStringLiteral("created_by")).toInteger();
        item.type = json.value(QStringLiteral("note_type")).toString();
        item.id = QString::number(json.value(QStringLiteral("id")).toInteger());
        item.raw = json;
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineItem &a, const TimelineItem &b) { return a.createdAt > b.createdAt; });
    return out;
}

void EntityTimeline::load(const QString &entityType, qint64 entityId)
{
    cancel();
    m_eventItems.clear();
    m_noteItems.clear();
    m_items.clear();
    m_error = {};
    m_entity = {};
    m_type = pluralEntityType(entityType);
    m_running = 3;
    ApiReply *reply = m_api->send(EntitiesApi::byIds(m_type, {entityId}));
    m_entityReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const QList<QJsonObject> found = EntitiesApi::entitiesIn(reply->result(), m_type);
        if (!found.isEmpty())
            m_entity = Entity::fromJson(found.first(), m_type);
        done(reply->result().error);
    });
    m_events = new Pager(m_api, EventsApi::listPath(), EventsApi::ofEntityQuery(singularEntityType(entityType), entityId),
                         QStringLiteral("events"), kEventsPerPage, this);
    m_notes = new Pager(m_api, NotesApi::ofEntityPath(m_type, entityId), {}, QStringLiteral("notes"), kNotesPerPage, this);
    for (Pager *pager : {m_events.data(), m_notes.data()}) {
        QList<QJsonObject> *into = pager == m_events ? &m_eventItems : &m_noteItems;
        connect(pager, &Pager::page, this, [this, into](int, const QJsonArray &items) {
            for (const QJsonValue &v : items)
                into->append(v.toObject());
            Q_EMIT progress(int(m_eventItems.size() + m_noteItems.size()));
        });
        connect(pager, &Pager::finished, this, [this, pager](const ApiError &error) {
            pager->deleteLater();
            done(error);
        });
        pager->fetchAll(2);
    }
}

void EntityTimeline::cancel()
{
    if (m_entityReply && !m_entityReply->isFinished())
        m_entityReply->abort();
    for (Pager *pager : {m_events.data(), m_notes.data()}) {
        if (pager)
            pager->cancel();
    }
}

void EntityTimeline::done(const ApiError &error)
{
    --m_running;
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (m_running > 0) {
        if (m_error.isError())
            cancel(); // the other list's end comes back here
        return;
    }
    if (!m_error.isError()) {
        m_items = merged(m_eventItems, m_noteItems);
        if (m_entity.id == 0 && m_items.isEmpty())
            m_error = ApiError::make(ApiError::Kind::NotFound);
    }
    Q_EMIT finished(m_error);
}

} // namespace amodesk

#pragma once

#include "api/ApiError.h"
#include "domain/Entity.h"
#include "domain/Event.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace amodesk {

class ApiClient;
class ApiReply;
class Pager;

// One entry of an entity's history: an event of the log or a note of the entity.
struct TimelineItem {
    enum class Kind { Event, Note };
    Kind kind = Kind::Event;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString type; // the event's type, or the note's note_type
    QString id;   // the event's id, or the note's id
    Event event;  // when it is an event
    QJsonObject raw; // as the API gave it
};

// The whole history of a lead, contact, company or customer, as the card feed of the web
// interface shows it: its events and its notes together, newest first. An event that only says
// a note was added gives way to the note itself (when the note is still there).
class EntityTimeline : public QObject
{
    Q_OBJECT
public:
    explicit EntityTimeline(ApiClient *api, QObject *parent = nullptr);

    void load(const QString &entityType, qint64 entityId); // either form of the type
    void cancel();
    const QList<TimelineItem> &items() const { return m_items; } // newest first, once finished
    // The entity as it is now; an id of 0 when the account no longer has it (deleted).
    const Entity &entity() const { return m_entity; }

    // A timeline from items read elsewhere (newest first): what the CLI and tests build from JSON.
    static QList<TimelineItem> merged(const QList<QJsonObject> &events, const QList<QJsonObject> &notes);

Q_SIGNALS:
    void progress(int itemsRead);
    // No error when both lists were read whole; NotFound when the account never had the entity.
    void finished(const amodesk::ApiError &error);

private:
    void done(const ApiError &error);

    ApiClient *m_api;
    QPointer<Pager> m_events, m_notes;
    QPointer<ApiReply> m_entityReply;
    QList<QJsonObject> m_eventItems, m_noteItems;
    QList<TimelineItem> m_items;
    Entity m_entity;
    QString m_type;
    ApiError m_error;
    int m_running = 0;
};

} // namespace amodesk

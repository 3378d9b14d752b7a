#pragma once

#include "domain/Entity.h"
#include "domain/Event.h"

#include <QJsonValue>

namespace amodesk {

// One change a revert makes: one field of one entity back to the value it had before the
// earliest of the selected events that touched it.
struct RevertChange {
    enum class State {
        Ready,       // the entity still holds what the last event left
        Conflict,    // changed since by someone else: skipped unless included
        Already,     // the entity already holds the value to restore
        Unsupported, // reason says why
    };
    QString entityType; // leads, contacts, companies or customers (the event's own type otherwise)
    qint64 entityId = 0;
    QString entityName;
    QString field;      // status, responsible_user_id, name, price, custom_field:ID, tag:NAME, or the event type
    QJsonValue restore; // as the plan prints it (see RevertPlan.cpp)
    QJsonValue current;
    QJsonValue expected; // what the last event left
    State state = State::Unsupported;
    QString reason;
    QStringList eventIds;
    QJsonObject patch; // what goes into the entity's PATCH item, beside its id

    static QString stateName(State state); // ready, conflict, already, unsupported
    QJsonObject toJson() const;   // as plans print it
    QJsonObject toRecord() const; // all of it, as the journal keeps it
    static RevertChange fromRecord(const QJsonObject &record);
};

using CurrentEntities = QHash<QString, QHash<qint64, Entity>>; // type -> id -> entity

// A field of an entity (status, responsible_user_id, name, price, custom_field:ID, tag:NAME) in the
// plan's values.
QJsonValue fieldValueOf(const Entity &entity, const QString &field);
// The change's state (ready, conflict, already, or unsupported for a deleted entity) and PATCH,
// against the entities as they are now.
void settleChange(RevertChange &change, const CurrentEntities &current);

// The entities the events are about, by type: what has to be read before planning.
QHash<QString, QList<qint64>> entitiesToRead(const QList<Event> &events);
QHash<QString, QList<qint64>> entitiesOf(const QList<RevertChange> &changes); // by type, each once
// Whether the events or changes touch links: then the entities are read with their links.
bool changesLinks(const QList<Event> &events);
bool changesLinks(const QList<RevertChange> &changes);

// Plans the revert of the events, in no particular order, against the entities as they are
// now (an entity missing from `current` is taken as deleted). Newest changes of a field last.
QList<RevertChange> planRevert(const QList<Event> &events, const CurrentEntities &current);

// The changes back again: each one's restore becomes what is expected now and the other way
// round, read against the entities as they are now (undo of an applied revert).
QList<RevertChange> undoPlan(const QList<RevertChange> &applied, const CurrentEntities &current);

// A change of a run that was cut off, read again against the entities as they are now: Already
// when it arrived, Ready when it is still to be sent (an included conflict too, while the value
// is the one it overrode), Conflict when someone changed the value since the run began.
RevertChange resumed(const RevertChange &sent, const CurrentEntities &current);

// One PATCH of one entity type, and the changes (by their index in the list given) it carries.
struct RevertBatch {
    enum class Action { Update, Link, Unlink }; // PATCH, or POST …/link or …/unlink
    QString entityType;
    QJsonArray body;
    QList<int> changes;
    Action action = Action::Update;
};
// The batches of the ready changes (and the conflicts, when included): PATCH batches with one item
// per entity and all its changes, then the links to make and to undo; at most batchSize items each.
QList<RevertBatch> revertBatches(const QList<RevertChange> &changes, int batchSize, bool includeConflicts = false);
// Only the PATCH bodies, of one entity type.
QList<QJsonArray> revertBodies(const QList<RevertChange> &changes, const QString &entityType, int batchSize, bool includeConflicts = false);

} // namespace amodesk

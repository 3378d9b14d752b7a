#pragma once

#include "domain/Entity.h"
#include "domain/Event.h"
#include "RevertChange.h"

#include <QJsonValue>

namespace amodesk {


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


} // namespace amodesk

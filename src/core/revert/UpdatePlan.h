#pragma once

#include "RevertPlan.h"
#include "domain/Validation.h"

namespace amodesk {

// A bulk change as PATCH items of one entity type (leads, contacts, companies or customers):
// one change per entity and field, to go through the journal like a revert, so that it can be
// undone. Each is checked against the entity as it is now: ready, or already when the entity
// has that value (unsupported when the entity is gone). Understood keys: id, name, price (a
// customer's next_price), responsible_user_id, pipeline_id and status_id (a lead's stage; a
// customer's status_id), custom_fields_values, tags_to_add and tags_to_delete. Anything else is
// an issue naming the item and the key; while there are issues, nothing of the plan may be sent.
QList<RevertChange> planUpdate(const QString &entityType, const QJsonArray &items, const CurrentEntities &current, ValidationIssues &issues);

// The ids the items change: what has to be read before planning. Items without an id are left out.
QList<qint64> idsToUpdate(const QJsonArray &items);

} // namespace amodesk

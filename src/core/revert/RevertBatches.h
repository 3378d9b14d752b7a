#pragma once

#include "RevertChange.h"

#include <QJsonArray>
#include <QList>

namespace amodesk {

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

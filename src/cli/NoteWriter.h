#pragma once

#include <QJsonArray>
#include <QString>

namespace amodesk::cli {

class CliContext;

// Writes notes through the account's persistent outbox and waits until the server has
// confirmed every one. Adds are keyed by their place and content in the input, so a run
// interrupted and started again with the same input sends only what was not confirmed.
int writeNotesThroughOutbox(CliContext &cli, const QString &entityType, const QJsonArray &notes, bool edit, int batchSize);

} // namespace amodesk::cli

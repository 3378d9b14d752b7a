#pragma once

#include <QString>

namespace amodesk {

// What AmoDesk keeps on disk is one store for all its programs: the app and amodesk-cli read
// and write the same accounts, outboxes, caches and presets (setApplicationIdentity() names
// them both "AmoDesk", whatever the program's name).
namespace localstore {

// Earlier versions kept amodesk-cli's accounts and files apart, under its own name. They are
// moved into the shared store once; what would overwrite something there is left in place and
// reported. Returns one line per file left behind (empty when all moved). Call at start, after
// setApplicationIdentity().
QStringList migrateEarlierProgramStores();

// The folder of the account's saved website-button presets.
QString buttonPresetDir(const QString &accountId);

// Notes of the account's outbox that amoCRM has not confirmed (pending, sent or failed): 0
// when it has no outbox, -1 when its outbox cannot be read. Creates nothing.
int unconfirmedNotes(const QString &accountId);

// The account's event cache on disk: its size in bytes (0 when there is none), and its removal.
// The cache must be closed before it is removed.
qint64 eventCacheBytes(const QString &accountId);
void removeEventCache(const QString &accountId);

// Deletes everything kept of the account apart from its keychain secrets: event cache, outbox,
// presets, revert journal, and every setting that names it. Its outbox and cache must be closed first.
void purgeAccount(const QString &accountId);

} // namespace localstore
} // namespace amodesk

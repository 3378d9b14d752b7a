#include "LocalStore.h"

#include "AppInfo.h"
#include "cache/EventCache.h"
#include "outbox/NoteOutbox.h"
#include "revert/RevertJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace amodesk::localstore {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LocalStore) };

const QString kEarlierCli = QStringLiteral("amodesk-cli");
const QStringList kFolders{QStringLiteral("outbox"), QStringLiteral("cache"), QStringLiteral("button-presets")};
const QStringList kSqliteSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString sharedRoot() { return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)); }
// Where an earlier amodesk-cli kept its files: beside the shared folder, under its own name.
QString earlierRoot() { return QDir::cleanPath(sharedRoot() + QStringLiteral("/../") + kEarlierCli); }

// The same file under the earlier program's folder.
QString inEarlierRoot(const QString &sharedPath) { return earlierRoot() + sharedPath.mid(sharedRoot().size()); }

QString freeName(const QString &name, const QStringList &taken)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    return candidate;
}

// Accounts and settings of the earlier program that the shared settings do not have. An
// account whose name is taken gets a free one, and says so.
void mergeSettings(QSettings &earlier, QSettings &shared, QStringList *report)
{
    QStringList names;
    shared.beginGroup(QStringLiteral("accounts"));
    const QStringList sharedIds = shared.childGroups();
    for (const QString &id : sharedIds)
        names << shared.value(id + QStringLiteral("/name")).toString();
    shared.endGroup();
    for (const QString &key : earlier.allKeys()) {
        if (key.startsWith(QStringLiteral("outboxes/")) || shared.contains(key))
            continue; // an outbox's key follows its file
        QVariant value = earlier.value(key);
        const QStringList parts = key.split(u'/');
        if (parts.size() == 3 && parts[0] == u"accounts" && parts[2] == u"name" && !sharedIds.contains(parts[1])) {
            const QString name = freeName(value.toString(), names);
            if (name != value.toString())
                *report << Tr::tr("amodesk-cli's account \"%1\" is now called \"%2\": the app has an account of that name").arg(value.toString(), name);
            names << name;
            value = name;
        }
        shared.setValue(key, value);
    }
}

void moveFolder(const QString &folder, QSettings &earlier, QSettings &shared, QStringList *report)
{
    const QDir from(earlierRoot() + u'/' + folder);
    if (!from.exists())
        return;
    QDir().mkpath(sharedRoot() + u'/' + folder);
    for (const QFileInfo &entry : from.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = sharedRoot() + u'/' + folder + u'/' + entry.fileName();
        if (QFileInfo::exists(target) || !QFile::rename(entry.filePath(), target)) {
            *report << Tr::tr("%1 was left where it is: the shared store has a file of that name").arg(QDir::toNativeSeparators(entry.filePath()));
            continue;
        }
        const QString key = NoteOutbox::continuityKey(entry.filePath());
        if (earlier.contains(key))
            shared.setValue(NoteOutbox::continuityKey(target), earlier.value(key));
    }
    from.rmdir(from.path()); // only when emptied
}
} // namespace

QStringList migrateEarlierProgramStores()
{
    QStringList report;
    QSettings earlier(QCoreApplication::organizationName(), kEarlierCli);
    const bool hasSettings = !earlier.allKeys().isEmpty();
    if (!hasSettings && !QFileInfo::exists(earlierRoot()))
        return report;
    QSettings shared;
    mergeSettings(earlier, shared, &report);
    for (const QString &folder : kFolders)
        moveFolder(folder, earlier, shared, &report);
    QDir().rmdir(earlierRoot());
    shared.sync();
    if (shared.status() != QSettings::NoError) {
        report << Tr::tr("the settings %1 could not be written; amodesk-cli's earlier settings were kept").arg(QDir::toNativeSeparators(shared.fileName()));
        return report;
    }
    earlier.clear();
    earlier.sync();
    if (QFileInfo(earlier.fileName()).isFile())
        QFile::remove(earlier.fileName());
    return report;
}

QString buttonPresetDir(const QString &accountId)
{
    return sharedRoot() + QStringLiteral("/button-presets/") + safeFileName(accountId);
}

int unconfirmedNotes(const QString &accountId)
{
    const QString path = NoteOutbox::pathFor(accountId);
    if (!QFileInfo::exists(path))
        return 0;
    const NoteOutbox outbox(path);
    return outbox.isOpen() ? outbox.unconfirmed() : -1;
}

qint64 eventCacheBytes(const QString &accountId)
{
    qint64 bytes = 0;
    for (const QString &suffix : kSqliteSuffixes)
        bytes += QFileInfo(EventCache::pathFor(accountId) + suffix).size();
    return bytes;
}

void removeEventCache(const QString &accountId)
{
    for (const QString &suffix : kSqliteSuffixes)
        QFile::remove(EventCache::pathFor(accountId) + suffix);
}

void purgeAccount(const QString &accountId)
{
    QSettings settings;
    for (const QString &path : {EventCache::pathFor(accountId), NoteOutbox::pathFor(accountId)}) {
        settings.remove(NoteOutbox::continuityKey(path));
        for (const QString &suffix : kSqliteSuffixes) {
            QFile::remove(path + suffix);
            QFile::remove(inEarlierRoot(path) + suffix); // one the migration had to leave behind
        }
    }
    QDir(buttonPresetDir(accountId)).removeRecursively();
    QDir(inEarlierRoot(buttonPresetDir(accountId))).removeRecursively();
    QDir(RevertJournal::dirFor(accountId)).removeRecursively();
    // Settings that name it (its saved filters, its notes' order, ...); the account's own
    // entry goes with its secrets (AccountSetup::remove).
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(QStringLiteral("accounts/")) && key.split(u'/').contains(accountId))
            settings.remove(key);
    }
}

} // namespace amodesk::localstore

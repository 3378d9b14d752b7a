#include "NoteOutbox.h"
#include "ProcessAlive.h"
#include "AppInfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(NoteOutbox) };

const char *const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL", // a confirmed write must survive a power cut as well as a crash
    "PRAGMA busy_timeout=10000",
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL,"
    " state INTEGER NOT NULL, entity_type TEXT NOT NULL, note TEXT NOT NULL, request_id TEXT NOT NULL,"
    " origin_key TEXT UNIQUE, error TEXT, note_id INTEGER NOT NULL DEFAULT 0, queued_at INTEGER NOT NULL,"
    " sent_at INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, owner TEXT, lease INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state)",
    "CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, draft TEXT NOT NULL, saved_at INTEGER NOT NULL)",
    // born_at: when this file began; verify_since: set when it replaced a lost outbox (see continuity()).
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
};

const QString kColumns = QStringLiteral("id, kind, state, entity_type, note, request_id, origin_key, error, note_id, queued_at, sent_at, attempts, owner, lease");

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

// A set of row ids bound as one value: SQLite looks up numbered parameters by a linear scan,
// so thousands of "?" cost seconds where one JSON array costs nothing.
const QString kIdSet = QStringLiteral("(SELECT value FROM json_each(?))");

QVariant idSet(const QList<qint64> &ids)
{
    QByteArray json = "[";
    for (qint64 id : ids) {
        if (json.size() > 1)
            json += ',';
        json += QByteArray::number(id);
    }
    return QString::fromLatin1(json + ']');
}
} // namespace

QString NoteOutbox::pathFor(const QString &accountKey)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/outbox");
    QDir().mkpath(dir);
    return dir + u'/' + safeFileName(accountKey) + QStringLiteral(".notes.sqlite");
}

QString NoteOutbox::continuityKey(const QString &path)
{
    const QByteArray where = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("outboxes/") + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex());
}

NoteOutbox::NoteOutbox(const QString &path) : m_connection(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    const auto damaged = [this, &path] {
        m_error = Tr::tr("the outbox %1 is damaged (%2) and was left as it is. Move it aside and try again: "
                         "notes it held that were not confirmed are then looked up on the server before they are sent.")
                      .arg(QDir::toNativeSeparators(path), m_error);
    };
    if (!db.open()) {
        m_error = db.lastError().text();
        damaged();
        return;
    }
    for (const char *statement : kSchema) {
        if (!exec(QString::fromLatin1(statement))) {
            damaged();
            return;
        }
    }
    if (!continuity(path)) {
        damaged();
        return;
    }
    m_open = true;
}

// Notes queued from an input (an origin key) are known here once queued, so a rerun sends
// none twice. A file that replaced a lost one (deleted, emptied, moved aside) cannot vouch
// for that: the settings remember when the account's outbox began, and keyed notes queued
// into a later one are first looked up on the server, among the notes made since then.
bool NoteOutbox::continuity(const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        m_error = q.lastError().text();
        return false;
    }
    qint64 bornAt = 0;
    while (q.next()) {
        if (q.value(0).toString() == u"born_at")
            bornAt = q.value(1).toLongLong();
        else if (q.value(0).toString() == u"verify_since")
            m_verifySince = q.value(1).toLongLong();
    }
    QSettings settings;
    const QString key = continuityKey(path);
    const qint64 earlier = settings.value(key).toLongLong();
    if (bornAt == 0) { // begun just now
        bornAt = now();
        if (earlier > 0)
            m_verifySince = earlier;
        if (!exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('born_at', ?), ('verify_since', ?)"), {bornAt, m_verifySince}))
            return false;
    }
    if (earlier == 0 || (m_verifySince == 0 && earlier != bornAt)) // the first outbox, or the one that was there
        settings.setValue(key, bornAt);
    return true;
}

NoteOutbox::~NoteOutbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool NoteOutbox::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<OutboxItem> NoteOutbox::select(const QString &where, const QVariantList &values) const
{
    QList<OutboxItem> items;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return items;
    }
    while (q.next()) {
        OutboxItem it;
        it.id = q.value(0).toLongLong();
        it.kind = OutboxItem::Kind(q.value(1).toInt());
        it.state = OutboxItem::State(q.value(2).toInt());
        it.entityType = q.value(3).toString();
        it.note = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        it.requestId = q.value(5).toString();
        it.originKey = q.value(6).toString();
        it.error = q.value(7).toString();
        it.noteId = q.value(8).toLongLong();
        it.queuedAt = q.value(9).toLongLong();
        it.sentAt = q.value(10).toLongLong();
        it.attempts = q.value(11).toInt();
        it.owner = q.value(12).toString();
        it.lease = q.value(13).toLongLong();
        items.append(it);
    }
    return items;
}

qint64 NoteOutbox::enqueue(OutboxItem::Kind kind, const QString &entityType, const QJsonObject &note, const QString &originKey,
                           std::optional<OutboxItem::State> *known)
{
    if (known)
        known->reset();
    if (!originKey.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT id, state FROM outbox WHERE origin_key = ?"));
        q.addBindValue(originKey);
        if (q.exec() && q.next()) {
            if (known)
                *known = OutboxItem::State(q.value(1).toInt());
            return q.value(0).toLongLong();
        }
    }
    QJsonObject body = note;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (kind == OutboxItem::Kind::Add)
        body.insert(QStringLiteral("request_id"), requestId);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, state, entity_type, note, request_id, origin_key, queued_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // A keyed note this outbox cannot vouch for waits as if its answer were lost: the sender
    // looks for it among the notes made since the lost outbox began, and sends it only if absent.
    const bool unvouched = kind == OutboxItem::Kind::Add && !originKey.isEmpty() && m_verifySince > 0;
    q.addBindValue(int(kind));
    q.addBindValue(int(unvouched ? OutboxItem::State::Sent : OutboxItem::State::Pending));
    q.addBindValue(entityType);
    q.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
    q.addBindValue(requestId);
    q.addBindValue(originKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(originKey));
    q.addBindValue(now());
    q.addBindValue(unvouched ? m_verifySince : 0);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

OutboxItem NoteOutbox::item(qint64 id) const
{
    const QList<OutboxItem> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? OutboxItem{} : found.first();
}

QList<OutboxItem> NoteOutbox::items(const QList<OutboxItem::State> &states) const
{
    if (states.isEmpty())
        return select(QStringLiteral("ORDER BY id"), {});
    QVariantList values;
    for (OutboxItem::State s : states)
        values << int(s);
    return select(QStringLiteral("WHERE state IN (%1) ORDER BY id").arg(placeholders(values.size())), values);
}

QHash<qint64, OutboxItem> NoteOutbox::itemsById(const QList<qint64> &ids) const
{
    QHash<qint64, OutboxItem> out;
    if (ids.isEmpty())
        return out;
    for (const OutboxItem &it : select(QStringLiteral("WHERE id IN ") + kIdSet, {idSet(ids)}))
        out.insert(it.id, it);
    return out;
}

int NoteOutbox::count(OutboxItem::State state) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.addBindValue(int(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int NoteOutbox::unconfirmed() const
{
    return count(OutboxItem::State::Pending) + count(OutboxItem::State::Sent) + count(OutboxItem::State::Failed);
}

QSet<qint64> NoteOutbox::confirmedNoteIds(const QString &entityType) const
{
    QSet<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT note_id FROM outbox WHERE state = ? AND kind = ? AND entity_type = ? AND note_id <> 0"));
    q.addBindValue(int(OutboxItem::State::Confirmed));
    q.addBindValue(int(OutboxItem::Kind::Add));
    q.addBindValue(entityType);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

QList<OutboxItem> NoteOutbox::claim(OutboxItem::State state, const QString &owner, int limit, int leaseSeconds, const QList<qint64> &ids)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    // Who holds what is read first; only the rows taken are read whole.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, owner, lease FROM outbox WHERE state = ?") + (ids.isEmpty() ? QString() : QStringLiteral(" AND id IN ") + kIdSet)
              + QStringLiteral(" ORDER BY id"));
    q.addBindValue(int(state));
    if (!ids.isEmpty())
        q.addBindValue(idSet(ids));
    QList<qint64> taken;
    if (q.exec()) {
        while (taken.size() < limit && q.next()) {
            const QString holder = q.value(1).toString();
            // A lease ends when it runs out or when its process is gone (a killed amodesk-cli).
            if (holder.isEmpty() || holder == owner || q.value(2).toLongLong() < now() || !isProcessAlive(holder.section(u':', 0, 0).toLongLong()))
                taken << q.value(0).toLongLong();
        }
    } else {
        m_error = q.lastError().text();
    }
    q.finish();
    if (!taken.isEmpty())
        exec(QStringLiteral("UPDATE outbox SET owner = ?, lease = ? WHERE id IN ") + kIdSet, {owner, now() + leaseSeconds, idSet(taken)});
    const QList<OutboxItem> found = taken.isEmpty() ? QList<OutboxItem>() : select(QStringLiteral("WHERE id IN ") + kIdSet + QStringLiteral(" ORDER BY id"), {idSet(taken)});
    exec(QStringLiteral("COMMIT"));
    return found;
}

void NoteOutbox::release(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    exec(QStringLiteral("UPDATE outbox SET owner = NULL, lease = 0 WHERE id IN ") + kIdSet, {idSet(ids)});
}

bool NoteOutbox::markSent(const QList<qint64> &ids, qint64 when)
{
    if (ids.isEmpty())
        return true;
    return exec(QStringLiteral("UPDATE outbox SET state = ?, sent_at = CASE WHEN sent_at = 0 THEN ? ELSE sent_at END,"
                               " attempts = attempts + 1 WHERE id IN ") + kIdSet, {int(OutboxItem::State::Sent), when, idSet(ids)});
}

bool NoteOutbox::markConfirmed(qint64 id, qint64 noteId)
{
    return exec(QStringLiteral("UPDATE outbox SET state = ?, note_id = ?, error = NULL, owner = NULL, lease = 0 WHERE id = ?"),
                {int(OutboxItem::State::Confirmed), noteId, id});
}

bool NoteOutbox::markPending(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    return exec(QStringLiteral("UPDATE outbox SET state = ?, owner = NULL, lease = 0 WHERE id IN ") + kIdSet, {int(OutboxItem::State::Pending), idSet(ids)});
}

bool NoteOutbox::markFailed(qint64 id, const QString &reason)
{
    return exec(QStringLiteral("UPDATE outbox SET state = ?, error = ?, owner = NULL, lease = 0 WHERE id = ?"),
                {int(OutboxItem::State::Failed), reason, id});
}

bool NoteOutbox::retry(qint64 id)
{
    return exec(QStringLiteral("UPDATE outbox SET state = ?, error = NULL, attempts = 0 WHERE id = ? AND state = ?"),
                {int(OutboxItem::State::Pending), id, int(OutboxItem::State::Failed)});
}

bool NoteOutbox::discard(qint64 id)
{
    // A Sent row may already be on the server: it is reconciled, never dropped unseen.
    return exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN (?, ?)"),
                {id, int(OutboxItem::State::Pending), int(OutboxItem::State::Failed)});
}

int NoteOutbox::clearConfirmed()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE state = ? AND origin_key IS NULL"));
    q.addBindValue(int(OutboxItem::State::Confirmed));
    return q.exec() ? q.numRowsAffected() : 0;
}

void NoteOutbox::saveDraft(const QString &key, const QJsonObject &draft)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO drafts (key, draft, saved_at) VALUES (?, ?, ?)"),
         {key, QJsonDocument(draft).toJson(QJsonDocument::Compact), now()});
}

QJsonObject NoteOutbox::draft(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT draft FROM drafts WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object() : QJsonObject{};
}

void NoteOutbox::removeDraft(const QString &key)
{
    exec(QStringLiteral("DELETE FROM drafts WHERE key = ?"), {key});
}

} // namespace amodesk

#include "EventCache.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace amodesk {

namespace {
const char *const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    ("CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,"
     " type TEXT NOT NULL, entity_type TEXT, entity_id INTEGER, created_by INTEGER, json TEXT NOT NULL)"),
    "CREATE INDEX IF NOT EXISTS events_by_time ON events(created_at DESC, seq DESC)",
    "CREATE INDEX IF NOT EXISTS events_by_type ON events(type, created_at DESC, seq DESC)",
    "CREATE INDEX IF NOT EXISTS events_by_author ON events(created_by, created_at DESC, seq DESC)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_text USING fts5(words, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS note_texts(event_id TEXT PRIMARY KEY, text TEXT NOT NULL)",
};

QString orderBy(EventCache::Order order, const QString &table = {})
{
    const QString t = table.isEmpty() ? QString() : table + u'.';
    switch (order) {
    case EventCache::Order::OldestFirst: return QStringLiteral(" ORDER BY %1created_at ASC, %1seq ASC").arg(t);
    case EventCache::Order::ByType: return QStringLiteral(" ORDER BY %1type, %1created_at DESC, %1seq DESC").arg(t);
    case EventCache::Order::ByAuthor: return QStringLiteral(" ORDER BY %1created_by, %1created_at DESC, %1seq DESC").arg(t);
    case EventCache::Order::NewestFirst: break;
    }
    return QStringLiteral(" ORDER BY %1created_at DESC, %1seq DESC").arg(t);
}

const QString kMatching = QStringLiteral(" WHERE seq IN (SELECT rowid FROM events_text WHERE events_text MATCH :match)");
} // namespace

QString EventCache::pathFor(const QString &accountId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/cache");
    QDir().mkpath(dir);
    return dir + u'/' + accountId + QStringLiteral(".events.sqlite");
}

EventCache::EventCache(const QString &path) : m_connection(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = q.lastError().text();
            return;
        }
    }
    m_open = true;
}

EventCache::~EventCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString EventCache::ftsQuery(const QString &userText)
{
    QStringList terms;
    for (QString word : userText.split(QRegularExpression(QStringLiteral("[\\s,;:«»\"()]+")), Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms << u'"' + word + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

int EventCache::store(const QList<Event> &events, const SearchText &searchText, QList<Event> *addedEvents)
{
    if (!m_open || events.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery insert(db), words(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO events(id, created_at, type, entity_type, entity_id, created_by, json)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    words.prepare(QStringLiteral("INSERT INTO events_text(rowid, words) VALUES(?, ?)"));
    int added = 0;
    for (const Event &e : events) {
        insert.addBindValue(e.id);
        insert.addBindValue(e.createdAt);
        insert.addBindValue(e.type);
        insert.addBindValue(e.entityType);
        insert.addBindValue(e.entityId);
        insert.addBindValue(e.createdBy);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(e.raw).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            continue;
        }
        if (insert.numRowsAffected() == 1) {
            words.addBindValue(insert.lastInsertId());
            words.addBindValue(searchText(e));
            words.exec();
            ++added;
            if (addedEvents)
                addedEvents->append(e);
        }
    }
    db.commit();
    return added;
}

void EventCache::setNoteTexts(const QHash<QString, QString> &textByEventId)
{
    if (!m_open || textByEventId.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery keep(db), words(db);
    keep.prepare(QStringLiteral("INSERT OR IGNORE INTO note_texts(event_id, text) VALUES(?, ?)"));
    words.prepare(QStringLiteral("UPDATE events_text SET words = words || ' ' || ? WHERE rowid = (SELECT seq FROM events WHERE id = ?)"));
    for (auto it = textByEventId.cbegin(); it != textByEventId.cend(); ++it) {
        keep.addBindValue(it.key());
        keep.addBindValue(it.value());
        if (keep.exec() && keep.numRowsAffected() == 1) {
            words.addBindValue(it.value());
            words.addBindValue(it.key());
            words.exec();
        }
    }
    db.commit();
}

qint64 EventCache::count(const QString &search) const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString match = ftsQuery(search);
    // Every event has its one row of words, so the full-text table alone counts the matches.
    q.prepare(match.isEmpty() ? QStringLiteral("SELECT count(*) FROM events")
                              : QStringLiteral("SELECT count(*) FROM events_text WHERE events_text MATCH :match"));
    if (!match.isEmpty())
        q.bindValue(QStringLiteral(":match"), match);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Event> EventCache::window(qint64 offset, int limit, const QString &search, Order order) const
{
    QList<Event> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString match = ftsQuery(search);
    // Order and page the small keys first; only the page's rows bring their JSON and note.
    const QString page = QStringLiteral("SELECT seq FROM events") + (match.isEmpty() ? QString() : kMatching) + orderBy(order)
        + QStringLiteral(" LIMIT :limit OFFSET :offset");
    q.prepare(QStringLiteral("SELECT e.json, n.text FROM (") + page + QStringLiteral(") AS p JOIN events e ON e.seq = p.seq"
              " LEFT JOIN note_texts n ON n.event_id = e.id") + orderBy(order, QStringLiteral("e")));
    if (!match.isEmpty())
        q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return out;
    out.reserve(limit);
    while (q.next()) {
        out.append(Event::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
        out.last().noteText = q.value(1).toString();
    }
    return out;
}

QList<EventCache::DayCount> EventCache::countsByDay(qint64 from, qint64 to, int utcOffsetSeconds) const
{
    QList<DayCount> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ((created_at + :offset) / 86400) * 86400 - :offset AS day, type, count(*) FROM events"
                             " WHERE created_at BETWEEN :from AND :to GROUP BY day, type ORDER BY day"));
    q.bindValue(QStringLiteral(":offset"), utcOffsetSeconds);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

qint64 EventCache::newestCreatedAt() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return m_open && q.exec(QStringLiteral("SELECT max(created_at) FROM events")) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 EventCache::oldestCreatedAt() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return m_open && q.exec(QStringLiteral("SELECT min(created_at) FROM events")) && q.next() ? q.value(0).toLongLong() : 0;
}

void EventCache::setState(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO state(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.exec();
}

QString EventCache::state(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace amodesk

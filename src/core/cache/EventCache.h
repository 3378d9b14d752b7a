#pragma once

#include "domain/Event.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace amodesk {

// The synced events of one account in SQLite, newest first, with a full-text index over the
// words a person reads in them (names, values, note texts). Events never change, so a stored
// event is never written again.
class EventCache
{
public:
    explicit EventCache(const QString &path);
    ~EventCache();
    EventCache(const EventCache &) = delete;
    EventCache &operator=(const EventCache &) = delete;

    static QString pathFor(const QString &accountId); // in the user's data folder
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    using SearchText = std::function<QString(const Event &)>;
    // The number new to the cache; with `added`, also which they were.
    int store(const QList<Event> &events, const SearchText &searchText, QList<Event> *added = nullptr);

    enum class Order { NewestFirst, OldestFirst, ByType, ByAuthor };
    // Note texts of note events, by event id; they join the event's searchable words.
    void setNoteTexts(const QHash<QString, QString> &textByEventId);
    qint64 count(const QString &search = {}) const;
    QList<Event> window(qint64 offset, int limit, const QString &search = {}, Order order = Order::NewestFirst) const;
    struct DayCount { qint64 dayStart; QString type; int count; };
    // Events a day by type, days starting at local midnight, within [from, to].
    QList<DayCount> countsByDay(qint64 from, qint64 to, int utcOffsetSeconds) const;
    qint64 newestCreatedAt() const; // 0 when empty
    qint64 oldestCreatedAt() const;

    void setState(const QString &key, const QString &value);
    QString state(const QString &key) const;

    static QString ftsQuery(const QString &userText); // "иван пост" -> "иван"* AND "пост"*

private:
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace amodesk

#pragma once

#include "HttpProbe.h"

#include <QJsonArray>
#include <functional>

namespace testing {

// The ids an entity's history must list, read from the account past the client: its notes, and
// its events but those that only point at one of those notes. `get` reads one path.
inline QStringList timelineIds(const std::function<HttpResult(const QString &)> &get, const QString &plural, const QString &singular, qint64 id)
{
    QStringList ids;
    for (const QJsonValue &n : get(QStringLiteral("/api/v4/%1/%2/notes?limit=250").arg(plural).arg(id)).json()[QStringLiteral("_embedded")][QStringLiteral("notes")].toArray())
        ids << QString::number(n[QStringLiteral("id")].toInteger());
    const QStringList noteIds = ids;
    for (int page = 1;; ++page) {
        const QJsonArray events = get(QStringLiteral("/api/v4/events?limit=100&page=%1&filter[entity]=%2&filter[entity_id]=%3").arg(page).arg(singular).arg(id))
                                      .json()[QStringLiteral("_embedded")][QStringLiteral("events")].toArray();
        for (const QJsonValue &e : events) {
            bool pointsAtANote = e[QStringLiteral("value_before")].toArray().isEmpty() && !e[QStringLiteral("value_after")].toArray().isEmpty();
            for (const QJsonValue &after : e[QStringLiteral("value_after")].toArray())
                pointsAtANote = pointsAtANote && noteIds.contains(QString::number(after[QStringLiteral("note")][QStringLiteral("id")].toInteger()));
            if (!pointsAtANote)
                ids << e[QStringLiteral("id")].toString();
        }
        if (events.size() < 100)
            return ids;
    }
}

} // namespace testing

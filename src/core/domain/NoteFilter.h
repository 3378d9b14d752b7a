#pragma once

#include "Validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace amodesk {

// What GET /api/v4/{entity_type}/notes can be asked for (seed 004): note and entity ids,
// note types, a window on updated_at, and the order.
struct NoteFilter {
    QList<qint64> ids;
    QList<qint64> entityIds;
    QStringList noteTypes;
    qint64 updatedFrom = 0; // Unix seconds; 0 = open
    qint64 updatedTo = 0;
    QString orderField;     // "", "updated_at" or "id"
    bool descending = false;

    bool isEmpty() const;
    ValidationIssues check() const;
    QByteArray toQuery() const; // without page and limit
    QJsonObject toJson() const;
    static NoteFilter fromJson(const QJsonObject &json);
    bool operator==(const NoteFilter &other) const = default;
};

constexpr int kMaxNotesPerPage = 250;

} // namespace amodesk

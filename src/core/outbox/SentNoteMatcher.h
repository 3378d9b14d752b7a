#pragma once

#include "NoteOutbox.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace amodesk {

// After an add whose answer was lost, finds which of the sent notes the server did create.
// The API keeps no request_id, so a note is recognised by its content: same entity, same
// type, the same params as sent, created no earlier than the first sending (less `skew`), and
// not claimed by another outbox row already. Identical notes are paired one to one, oldest first.
class SentNoteMatcher
{
public:
    SentNoteMatcher(const QSet<qint64> &alreadyClaimed, qint64 skewSeconds = 600);
    // Returns outbox row id -> note id for the rows found among serverNotes.
    QHash<qint64, qint64> match(const QList<OutboxItem> &sent, const QJsonArray &serverNotes);

    static bool sameParams(const QJsonObject &sent, const QJsonObject &stored);

private:
    QSet<qint64> m_claimed;
    qint64 m_skew;
};

} // namespace amodesk

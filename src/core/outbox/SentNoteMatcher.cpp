#include "SentNoteMatcher.h"

#include <QVariant>
#include <algorithm>

namespace amodesk {

namespace {
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject())
        return SentNoteMatcher::sameParams(a.toObject(), b.toObject());
    if (a.isDouble() || b.isDouble()) // "120" and 120 are the same duration to the API
        return a.toVariant().toString().trimmed() == b.toVariant().toString().trimmed();
    return a == b || a.toVariant().toString().trimmed() == b.toVariant().toString().trimmed();
}
} // namespace

SentNoteMatcher::SentNoteMatcher(const QSet<qint64> &alreadyClaimed, qint64 skewSeconds)
    : m_claimed(alreadyClaimed), m_skew(skewSeconds)
{
}

bool SentNoteMatcher::sameParams(const QJsonObject &sent, const QJsonObject &stored)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (!stored.contains(it.key()) || !sameValue(it.value(), stored.value(it.key())))
            return false;
    }
    return true;
}

QHash<qint64, qint64> SentNoteMatcher::match(const QList<OutboxItem> &sent, const QJsonArray &serverNotes)
{
    QList<QJsonObject> candidates;
    for (const QJsonValue &v : serverNotes)
        candidates.append(v.toObject());
    std::sort(candidates.begin(), candidates.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toInteger() < b.value(QStringLiteral("id")).toInteger();
    });
    QList<OutboxItem> rows = sent;
    std::sort(rows.begin(), rows.end(), [](const OutboxItem &a, const OutboxItem &b) { return a.id < b.id; });

    QHash<qint64, qint64> found;
    for (const OutboxItem &row : rows) {
        const QJsonObject &note = row.note;
        for (const QJsonObject &c : candidates) {
            const qint64 noteId = c.value(QStringLiteral("id")).toInteger();
            if (m_claimed.contains(noteId)
                || c.value(QStringLiteral("entity_id")).toInteger() != note.value(QStringLiteral("entity_id")).toInteger()
                || c.value(QStringLiteral("note_type")).toString() != note.value(QStringLiteral("note_type")).toString()
                || c.value(QStringLiteral("created_at")).toInteger() < row.sentAt - m_skew
                || !sameParams(note.value(QStringLiteral("params")).toObject(), c.value(QStringLiteral("params")).toObject()))
                continue;
            m_claimed.insert(noteId);
            found.insert(row.id, noteId);
            break;
        }
    }
    return found;
}

} // namespace amodesk

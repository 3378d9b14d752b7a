#pragma once

#include <QJsonObject>
#include <QString>

namespace amodesk {

// One note write waiting for, or confirmed by, the server.
struct OutboxItem {
    enum class Kind { Add, Edit };
    // Pending: not sent, or known not to have been done. Sent: sent, answer not heard yet;
    // the server may have done it. Confirmed: the server's answer (or its note list) says done.
    // Failed: the server refused it; the reason says why. Nothing leaves but by confirmation
    // or the user's discard.
    enum class State { Pending, Sent, Confirmed, Failed };

    qint64 id = 0;
    Kind kind = Kind::Add;
    State state = State::Pending;
    QString entityType;    // leads, contacts, companies, customers
    QJsonObject note;      // the item of the request body; an Add carries its request_id
    QString requestId;
    QString originKey;     // who queued it and for which input: the same key is never queued twice
    QString error;         // the server's reason, for Failed
    qint64 noteId = 0;     // the note on the server, once confirmed (an Edit: the note edited)
    qint64 queuedAt = 0;
    qint64 sentAt = 0;     // first time it left (Unix seconds): notes older than that are not it
    int attempts = 0;
    QString owner;         // the sender working on it ("pid:uuid"), if any
    qint64 lease = 0;      // until when that sender holds it
};

QString outboxStateName(OutboxItem::State state); // pending, sent, confirmed, failed

} // namespace amodesk

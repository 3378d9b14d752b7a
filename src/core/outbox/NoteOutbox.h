#pragma once

#include "OutboxItem.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace amodesk {

// The persistent outbox of one account's note writes (SQLite, one file per account), and the
// editor's drafts. Every write is stored here before it is sent and stays until the server
// confirms it. Several processes (the app and amodesk-cli) may share the file: a sender claims
// the rows it works on with a lease, so two never send the same row at once.
class NoteOutbox
{
public:
    explicit NoteOutbox(const QString &path);
    ~NoteOutbox();
    NoteOutbox(const NoteOutbox &) = delete;
    NoteOutbox &operator=(const NoteOutbox &) = delete;

    static QString pathFor(const QString &accountKey);
    // The setting that remembers when the outbox at `path` began (see continuity()).
    static QString continuityKey(const QString &path);
    bool isOpen() const { return m_open; }
    // When the outbox this one replaced began (0: it replaced none): keyed notes are looked up first.
    qint64 verifySince() const { return m_verifySince; }
    QString errorString() const { return m_error; }

    // Stores the write and returns its row; with an originKey already stored, returns that
    // row instead and stores nothing (its state in *known). 0 on a storage error.
    qint64 enqueue(OutboxItem::Kind kind, const QString &entityType, const QJsonObject &note, const QString &originKey = {},
                   std::optional<OutboxItem::State> *known = nullptr);

    OutboxItem item(qint64 id) const;
    QList<OutboxItem> items(const QList<OutboxItem::State> &states = {}) const;
    QHash<qint64, OutboxItem> itemsById(const QList<qint64> &ids) const; // in a few queries, however many
    int count(OutboxItem::State state) const;
    int unconfirmed() const; // pending, sent and failed: not (yet) confirmed by amoCRM
    // Note ids other rows were confirmed as: a note claimed once is never claimed again.
    QSet<qint64> confirmedNoteIds(const QString &entityType) const;

    // Claims up to `limit` rows in `state` (all when ids is empty, else only those) for
    // `owner` until `leaseSeconds` from now; rows leased to another live owner are skipped.
    QList<OutboxItem> claim(OutboxItem::State state, const QString &owner, int limit, int leaseSeconds, const QList<qint64> &ids = {});
    void release(const QList<qint64> &ids);

    // Changes made between these two reach the disk together, with one sync instead of one each.
    bool beginBatch() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commitBatch() { return exec(QStringLiteral("COMMIT")); }

    bool markSent(const QList<qint64> &ids, qint64 when);
    bool markConfirmed(qint64 id, qint64 noteId);
    bool markPending(const QList<qint64> &ids);
    bool markFailed(qint64 id, const QString &reason);
    bool retry(qint64 id);     // a failed row goes back to pending
    bool discard(qint64 id);   // a pending or failed row is dropped by the user
    int clearConfirmed();

    // Drafts of the note editor, by a key the editor chooses.
    void saveDraft(const QString &key, const QJsonObject &draft);
    QJsonObject draft(const QString &key) const;
    void removeDraft(const QString &key);

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    QList<OutboxItem> select(const QString &where, const QVariantList &values) const;
    bool continuity(const QString &path);

    QString m_connection;
    bool m_open = false;
    qint64 m_verifySince = 0;
    mutable QString m_error;
};

} // namespace amodesk

#include "OutboxSender.h"
#include "services/ApiEndpoints.h"

#include "SentNoteMatcher.h"
#include "api/ApiClient.h"
#include "api/Pager.h"
#include "api/QueryString.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <memory>

namespace amodesk {

namespace {
constexpr int kLeaseSeconds = 180;
constexpr int kReconcileRows = 100;
constexpr qint64 kClockSkewSeconds = 600;


QList<qint64> idsOf(const QList<OutboxItem> &rows)
{
    QList<qint64> ids;
    for (const OutboxItem &r : rows)
        ids << r.id;
    return ids;
}

bool accountRefuses(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::PaymentRequired:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Blocked:
    case ApiError::Kind::Secrets:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}
} // namespace

OutboxSender::OutboxSender(ApiClient *api, NoteOutbox *outbox, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(outbox),
      m_owner(QStringLiteral("%1:%2").arg(QCoreApplication::applicationPid()).arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::step);
}

void OutboxSender::start()
{
    if (m_busy)
        return;
    m_busy = true;
    m_stall = {};
    m_troubles = 0;
    step();
}

void OutboxSender::step()
{
    if (!m_busy || m_openGroups > 0 || m_retry.isActive())
        return;
    if (m_stall.isError()) { // the account refuses writes: report once nothing is on its way
        if (m_inFlight == 0) {
            m_busy = false;
            Q_EMIT stalled(std::exchange(m_stall, {}));
        }
        return;
    }
    // Rows whose answer was lost come first: they must be settled before anything like them is
    // sent, and only while nothing of ours is on its way, so that a note still being made is
    // never taken for the lost one.
    if (m_inFlight == 0) {
        const QList<OutboxItem> unsettled = m_outbox->claim(OutboxItem::State::Sent, m_owner, kReconcileRows, kLeaseSeconds, m_scope);
        if (!unsettled.isEmpty()) {
            m_settleFirst = false;
            reconcile(unsettled);
            return;
        }
    } else if (m_settleFirst) {
        return;
    }
    // Batches are independent requests: several go at once, paced by the account's budget.
    // Each is claimed under an owner of its own, so no other step takes its rows meanwhile.
    while (m_inFlight < m_concurrency) {
        const QString batchOwner = m_owner + u'/' + QString::number(++m_batches);
        const QList<OutboxItem> pending = m_outbox->claim(OutboxItem::State::Pending, batchOwner, m_batch, kLeaseSeconds, m_scope);
        if (pending.isEmpty())
            break;
        // One request carries one kind of write on one entity type.
        QList<OutboxItem> batch, rest;
        for (const OutboxItem &row : pending)
            (row.kind == pending.first().kind && row.entityType == pending.first().entityType ? batch : rest).append(row);
        m_outbox->release(idsOf(rest));
        QList<OutboxItem> sendable;
        for (const OutboxItem &row : batch) {
            if (row.attempts >= m_maxAttempts)
                m_outbox->markFailed(row.id, tr("Gave up after %n attempt(s): %1", nullptr, row.attempts).arg(m_lastTrouble));
            else
                sendable.append(row);
        }
        if (sendable.size() != batch.size())
            Q_EMIT changed();
        if (!sendable.isEmpty())
            send(sendable);
    }
    if (m_inFlight == 0)
        finish();
}

void OutboxSender::reconcile(const QList<OutboxItem> &rows)
{
    QHash<QString, QList<OutboxItem>> adds;
    QList<qint64> edits;
    for (const OutboxItem &row : rows) {
        if (row.kind == OutboxItem::Kind::Edit)
            edits << row.id; // sending the same edit again changes nothing more
        else
            adds[row.entityType].append(row);
    }
    m_outbox->markPending(edits);
    if (adds.isEmpty()) {
        Q_EMIT changed();
        step();
        return;
    }
    m_openGroups = int(adds.size());
    for (auto it = adds.cbegin(); it != adds.cend(); ++it)
        reconcileGroup(it.key(), it.value());
}

void OutboxSender::reconcileGroup(const QString &entityType, const QList<OutboxItem> &rows)
{
    QStringList entityIds;
    qint64 since = rows.first().sentAt;
    for (const OutboxItem &row : rows) {
        const QString id = QString::number(row.note.value(QStringLiteral("entity_id")).toInteger());
        if (!entityIds.contains(id))
            entityIds << id;
        since = qMin(since, row.sentAt);
    }
    QueryString q;
    q.addList({QStringLiteral("filter"), QStringLiteral("entity_id")}, entityIds);
    q.add({QStringLiteral("filter"), QStringLiteral("updated_at"), QStringLiteral("from")}, QString::number(since - kClockSkewSeconds));
    auto *pager = new Pager(m_api, NotesApi::listPath(entityType), q.encode(), QStringLiteral("notes"), 250, this);
    auto found = std::make_shared<QJsonArray>();
    connect(pager, &Pager::page, this, [found](int, const QJsonArray &items) {
        for (const QJsonValue &v : items)
            found->append(v);
    });
    connect(pager, &Pager::finished, this, [this, pager, found, rows, entityType](const ApiError &error) {
        pager->deleteLater();
        if (error.isError()) {
            m_outbox->release(idsOf(rows)); // still Sent: settled on a later try
            m_lastTrouble = error.message();
        } else {
            SentNoteMatcher matcher(m_outbox->confirmedNoteIds(entityType), kClockSkewSeconds);
            const QHash<qint64, qint64> done = matcher.match(rows, *found);
            QList<qint64> notDone;
            m_outbox->beginBatch();
            for (const OutboxItem &row : rows) {
                if (done.contains(row.id))
                    m_outbox->markConfirmed(row.id, done.value(row.id));
                else
                    notDone << row.id;
            }
            m_outbox->markPending(notDone); // the server has no such note: it was never made
            m_outbox->commitBatch();
            Q_EMIT changed();
        }
        if (--m_openGroups > 0)
            return;
        if (error.isError())
            retryAfterTrouble(error);
        else
            step();
    });
    pager->fetchAll(2);
}

void OutboxSender::send(const QList<OutboxItem> &rows)
{
    const bool add = rows.first().kind == OutboxItem::Kind::Add;
    // Written down before the request leaves: a crash from here on leaves the rows Sent, to be settled.
    m_outbox->markSent(idsOf(rows), QDateTime::currentSecsSinceEpoch());
    Q_EMIT changed();
    QJsonArray body;
    for (const OutboxItem &row : rows)
        body.append(row.note);
    ApiReply *reply = m_api->send(ApiRequest::write(add ? "POST" : "PATCH", NotesApi::listPath(rows.first().entityType), QJsonDocument(body)));
    ++m_inFlight;
    auto handle = [this, rows, reply] { onSent(rows, reply); };
    if (reply->isFinished())
        QTimer::singleShot(0, this, handle);
    else
        connect(reply, &ApiReply::finished, this, handle);
}

void OutboxSender::onSent(const QList<OutboxItem> &rows, ApiReply *reply)
{
    --m_inFlight;
    const ApiResult &r = reply->result();
    if (!r.ok()) {
        if (r.error.maybeCommitted) { // stays Sent; read back once the batches on their way are in
            m_settleFirst = true;
            m_outbox->release(idsOf(rows));
            m_lastTrouble = r.error.message();
            retryAfterTrouble(r.error);
        } else {
            failRows(rows, r.error);
        }
        return;
    }
    m_troubles = 0;
    QHash<QString, qint64> byRequest;
    QSet<qint64> edited;
    for (const QJsonValue &v : r.json.object().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        byRequest.insert(n.value(QStringLiteral("request_id")).toVariant().toString(), n.value(QStringLiteral("id")).toInteger());
        edited.insert(n.value(QStringLiteral("id")).toInteger());
    }
    if (r.json.object().contains(QStringLiteral("id"))) // one note edited by its own URL
        edited.insert(r.json.object().value(QStringLiteral("id")).toInteger());
    QList<qint64> unheard;
    m_outbox->beginBatch();
    for (const OutboxItem &row : rows) {
        const qint64 noteId = row.kind == OutboxItem::Kind::Add ? byRequest.value(row.requestId)
                                                                 : (edited.contains(row.note.value(QStringLiteral("id")).toInteger())
                                                                        ? row.note.value(QStringLiteral("id")).toInteger() : 0);
        if (noteId != 0)
            m_outbox->markConfirmed(row.id, noteId);
        else
            unheard << row.id;
    }
    m_outbox->release(unheard); // an answer that leaves a row out: it stays Sent and is read back
    m_outbox->commitBatch();
    m_settleFirst = m_settleFirst || !unheard.isEmpty();
    Q_EMIT changed();
    step();
}

void OutboxSender::failRows(const QList<OutboxItem> &rows, const ApiError &error)
{
    if (accountRefuses(error.kind)) {
        m_outbox->markPending(idsOf(rows)); // refused before anything was done: kept for later
        Q_EMIT changed();
        m_stall = error;
        step();
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        m_outbox->markPending(idsOf(rows));
        retryAfterTrouble(error);
        return;
    }
    // The whole request was refused: rows named in the answer failed, the others were not done.
    QHash<QString, QStringList> reasons;
    for (const FieldProblem &f : error.fields)
        reasons[f.requestId].append(f.path.isEmpty() ? f.detail : f.path + QStringLiteral(": ") + f.detail);
    QList<qint64> innocent;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const OutboxItem &row = rows[i];
        QStringList why = reasons.value(row.requestId) + reasons.value(QString::number(i));
        if (reasons.isEmpty())
            why << error.message();
        if (why.isEmpty())
            innocent << row.id;
        else
            m_outbox->markFailed(row.id, why.join(QStringLiteral("; ")));
    }
    m_outbox->markPending(innocent);
    Q_EMIT changed();
    step();
}

void OutboxSender::retryAfterTrouble(const ApiError &error)
{
    ++m_troubles;
    const int delay = error.retryAfterSeconds > 0 ? int(qMin<qint64>(error.retryAfterSeconds, 120) * 1000) : qMin(5000, 100 << qMin(m_troubles, 6));
    m_retry.start(delay);
}

void OutboxSender::finish()
{
    m_busy = false;
    Q_EMIT idle();
}

} // namespace amodesk

#include "NoteWriter.h"

#include "CliContext.h"
#include "Output.h"

#include "api/ApiClient.h"
#include "log/SecretRedactor.h"
#include "outbox/NoteOutbox.h"
#include "outbox/OutboxSender.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
constexpr int kMaxWaitRounds = 600; // rows another process is sending: wait for it, up to ~10 minutes

QString originKey(const QString &entityType, qsizetype index, const QJsonObject &note)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(entityType.toUtf8());
    h.addData(QByteArray::number(index));
    h.addData(QJsonDocument(note).toJson(QJsonDocument::Compact));
    return QStringLiteral("cli:") + QString::fromLatin1(h.result().toHex());
}

bool settled(const OutboxItem &row)
{
    return row.state == OutboxItem::State::Confirmed || row.state == OutboxItem::State::Failed;
}
} // namespace

int writeNotesThroughOutbox(CliContext &cli, const QString &entityType, const QJsonArray &notes, bool edit, int batchSize)
{
    NoteOutbox outbox(NoteOutbox::pathFor(cli.accountKey()));
    if (!outbox.isOpen()) {
        cli.err << "amodesk-cli: " << Tr::tr("cannot open the outbox: %1").arg(outbox.errorString()) << Qt::endl;
        return ApiFailed;
    }
    QList<qint64> rows;
    int confirmedBefore = 0;
    outbox.beginBatch();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject note = notes[i].toObject();
        const OutboxItem::Kind kind = edit ? OutboxItem::Kind::Edit : OutboxItem::Kind::Add;
        std::optional<OutboxItem::State> known;
        const qint64 row = outbox.enqueue(kind, entityType, note, edit ? QString() : originKey(entityType, i, note), &known);
        if (row == 0) {
            outbox.commitBatch(); // what was stored before stays: queued once, never twice
            cli.err << "amodesk-cli: " << Tr::tr("cannot store note %1 in the outbox: %2").arg(i).arg(outbox.errorString()) << Qt::endl;
            return ApiFailed;
        }
        if (known == OutboxItem::State::Confirmed)
            ++confirmedBefore;
        rows << row;
    }
    if (!outbox.commitBatch()) {
        cli.err << "amodesk-cli: " << Tr::tr("cannot store the notes in the outbox: %1").arg(outbox.errorString()) << Qt::endl;
        return ApiFailed;
    }
    if (confirmedBefore > 0)
        cli.err << "amodesk-cli: " << Tr::tr("%n note(s) of this input already confirmed by an earlier run: not sent again", nullptr, confirmedBefore) << Qt::endl;

    OutboxSender sender(cli.api(), &outbox);
    sender.setScope(rows);
    sender.setBatchSize(batchSize);
    ApiError stall;
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    QObject::connect(&sender, &OutboxSender::stalled, &loop, [&](const ApiError &e) { stall = e; loop.quit(); });
    if (cli.progressWanted()) {
        QObject::connect(&sender, &OutboxSender::changed, &loop, [&] {
            int done = 0;
            for (const OutboxItem &row : outbox.itemsById(rows))
                done += settled(row) ? 1 : 0;
            cli.err << '\r' << Tr::tr("%1 of %2 notes confirmed").arg(done).arg(rows.size()) << Qt::flush;
        });
    }
    for (int round = 0; round < kMaxWaitRounds; ++round) {
        sender.start();
        if (sender.isBusy())
            loop.exec();
        if (stall.isError())
            break;
        const QHash<qint64, OutboxItem> now = outbox.itemsById(rows);
        if (now.size() == rows.size() && std::all_of(now.cbegin(), now.cend(), settled))
            break;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit); // rows leased to another sender
        loop.exec();
    }
    if (cli.progressWanted())
        cli.err << Qt::endl;

    Output output(cli.out, Format::Table, {Tr::tr("id"), Tr::tr("entity"), Tr::tr("state")});
    int failed = 0, open = 0;
    const QHash<qint64, OutboxItem> last = outbox.itemsById(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const OutboxItem row = last.value(rows[i]);
        if (row.state == OutboxItem::State::Failed) {
            ++failed;
            cli.err << "amodesk-cli: " << Tr::tr("note %1 refused: %2").arg(i).arg(SecretRedactor::instance().redact(row.error)) << Qt::endl;
        } else if (row.state != OutboxItem::State::Confirmed) {
            ++open;
        }
        output.add({row.noteId ? QString::number(row.noteId) : QString(), QString::number(row.note.value(QStringLiteral("entity_id")).toInteger()),
                    outboxStateName(row.state)}, QJsonObject{{QStringLiteral("id"), row.noteId}, {QStringLiteral("state"), outboxStateName(row.state)}});
    }
    output.finish();
    if (stall.isError())
        return cli.fail(stall);
    if (failed > 0)
        return Rejected;
    if (open > 0) {
        cli.err << "amodesk-cli: " << Tr::tr("%n note(s) not confirmed yet; run the same command again to finish", nullptr, open) << Qt::endl;
        return NetworkFailed;
    }
    return Ok;
}

} // namespace amodesk::cli

#include "NoteConflictCheck.h"

#include "NoteConflictDialog.h"
#include "services/NotesService.h"

#include <QHash>
#include <QWidget>

namespace amodesk {

void NoteConflictCheck::run(ApiClient *api, const QString &entityType, const QList<Note> &loaded, const QList<QJsonObject> &edits,
                            QWidget *parent, std::function<void(const Outcome &)> done)
{
    QList<qint64> ids;
    QHash<qint64, Note> before;
    for (const Note &n : loaded) {
        ids << n.id;
        before.insert(n.id, n);
    }
    NotesService(api).read(entityType, ids, parent, [parent, before, edits, done](const QList<Note> &notes, const ApiError &error) {
        Outcome outcome;
        outcome.error = error;
        if (error.isError()) {
            done(outcome);
            return;
        }
        QHash<qint64, Note> server;
        for (const Note &n : notes)
            server.insert(n.id, n);
        for (const QJsonObject &edit : edits) {
            const qint64 id = edit.value(QStringLiteral("id")).toInteger();
            const Note now = server.value(id);
            if (now.isNull() || now.updatedAt == before.value(id).updatedAt) {
                outcome.keep << edit;
                continue;
            }
            NoteConflictDialog conflict(before.value(id).raw, now.raw, edit, parent);
            const int choice = conflict.exec();
            if (choice == NoteConflictDialog::KeepMine) {
                outcome.keep << edit;
            } else if (choice == NoteConflictDialog::KeepTheirs) {
                outcome.theirs << now;
            } else {
                outcome.closed = true;
                break;
            }
        }
        done(outcome);
    });
}

} // namespace amodesk

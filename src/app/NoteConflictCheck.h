#pragma once

#include "api/ApiError.h"
#include "domain/Note.h"

#include <QJsonObject>
#include <functional>

class QWidget;

namespace amodesk {

class ApiClient;

// Reads the notes again just before an edit of them is queued: each one changed on the server
// since it was loaded is shown in both versions (NoteConflictDialog) and the user chooses.
struct NoteConflictCheck {
    struct Outcome {
        ApiError error;           // the notes could not be read: nothing is to be written
        QList<QJsonObject> keep;  // the edits still to be queued
        QList<Note> theirs;       // the server's versions the user kept instead of an edit
        bool closed = false;      // a choice was closed: nothing is to be written
    };
    static void run(ApiClient *api, const QString &entityType, const QList<Note> &loaded, const QList<QJsonObject> &edits,
                    QWidget *parent, std::function<void(const Outcome &)> done);
};

} // namespace amodesk

#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

// The params each writable note type needs (seed 004), checked the sandbox's own way.
// Returns field errors with paths like "params.phone"; empty when the note is acceptable.
QJsonArray checkNoteParams(const QString &noteType, const QJsonValue &params);
// The params of a note as the service keeps them: an attachment gains original_name, text and
// is_drive_attachment.
QJsonObject paramsAsStored(const QString &noteType, QJsonObject params);
QString noteEventType(const QString &noteType); // the *_note_added event a new note causes

} // namespace sandbox

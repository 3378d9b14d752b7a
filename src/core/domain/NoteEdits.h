#pragma once

#include "Note.h"

#include <QJsonObject>

namespace amodesk {

// The PATCH item that edits one existing note, from the editor's form.
// - edited: the form now ({note_type, params, responsible_user_id?});
// - shown: the form as it was first shown, to tell what the user changed;
// - batch: several notes are edited at once. One note takes the form's type and params whole;
//   in a batch, each note keeps its own params and takes only those the user changed (and only
//   when the params could be edited, paramsEditable: the notes are all of one type).
// The responsible user goes in when the user changed it. The item always holds id and
// entity_id; with nothing else, the note is left as it is (see changesNote).
QJsonObject noteEditItem(const Note &original, const QJsonObject &edited, const QJsonObject &shown, bool batch,
                         bool paramsEditable);
bool changesNote(const QJsonObject &editItem);

} // namespace amodesk

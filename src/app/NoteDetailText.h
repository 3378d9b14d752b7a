#pragma once

#include <QCoreApplication>
#include <QString>

namespace amodesk {

struct Note;
class NoteTableModel;

// All of one note for the detail beside the Notes table, as HTML: its type (and whether AmoDesk
// can write it), a link to its entity's card, who made and changed it when, each param, and the
// note as amoCRM sent it.
class NoteDetailText
{
    Q_DECLARE_TR_FUNCTIONS(NoteDetailText)
public:
    static QString html(const Note &n, const NoteTableModel &model, const QString &baseUrl);
};

} // namespace amodesk

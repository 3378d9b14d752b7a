#pragma once

#include "NoteForm.h"

class QWidget;

namespace amodesk {

// The editor of one note param as its spec asks (a line, a text, a choice), and its value as text.
QWidget *paramEditor(const NoteParamSpec &spec, QWidget *parent);
QString paramText(const QWidget *editor); // trimmed; a choice's value
void setParamText(QWidget *editor, const QString &value);

} // namespace amodesk

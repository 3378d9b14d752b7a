#pragma once

class QLineEdit;
class QWidget;

namespace amodesk {

// A row of a CSS colour field and a "Choose…" button that shows the colour typed and opens a
// colour dialog on it; the colour chosen is written back as #rrggbb, or rgba() when it is
// transparent. The button is named after the field with ".pick".
QWidget *withColourPicker(QLineEdit *field, QWidget *parent);

} // namespace amodesk

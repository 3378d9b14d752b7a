#pragma once

class QLineEdit;
class QToolButton;

namespace amodesk {

// Makes `pick` the "Choose…" button of a CSS colour field: it shows the colour typed and opens a
// colour dialog on it; the colour chosen is written back as #rrggbb, or rgba() when it is
// transparent. The button is named after the field with ".pick".
void attachColourPicker(QLineEdit *field, QToolButton *pick);

} // namespace amodesk

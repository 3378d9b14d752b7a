#pragma once

#include <QColor>
#include <QString>

namespace amodesk {

// The colours of messages (an error, a warning, a success) and of a field marked wrong, drawn
// from the application's palette: deep on a light window, light on a dark one, so they read on
// either. Taken when a message is shown.
enum class Tone { Error, Warning, Success };

QColor toneColour(Tone tone);
QString toneStyle(Tone tone);  // "color: #rrggbb;" for a label's style sheet
QString wrongFieldBorder();    // "border: 1px solid #rrggbb;"

} // namespace amodesk

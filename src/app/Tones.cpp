#include "Tones.h"

#include <QApplication>
#include <QPalette>

namespace amodesk {

QColor toneColour(Tone tone)
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Error: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Warning: return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xa0, 0x40, 0x00);
    case Tone::Success: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x7e, 0x34);
    }
    return {};
}

QString toneStyle(Tone tone)
{
    return QStringLiteral("color: %1;").arg(toneColour(tone).name());
}

QString wrongFieldBorder()
{
    return QStringLiteral("border: 1px solid %1;").arg(toneColour(Tone::Error).name());
}

} // namespace amodesk

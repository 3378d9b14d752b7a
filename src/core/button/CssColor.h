#pragma once

#include <QString>
#include <optional>

namespace amodesk {

struct CssRgba {
    int r = 0, g = 0, b = 0;
    int a = 255;
};

// A colour as a browser's CSS reads it, in the forms seed 001 allows: a name ("skyblue",
// "transparent"), hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba() and hsl()/hsla().
// Nothing for anything else.
std::optional<CssRgba> parseCssColor(const QString &text);

} // namespace amodesk

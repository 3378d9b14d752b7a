#pragma once

class QAbstractButton;

namespace amodesk {

// A checkable button that says "on" in every palette: checked, it takes the palette's highlight
// (Fusion's sunken shade all but vanishes in a dark palette). Follows palette changes.
void showCheckedClearly(QAbstractButton *button);

} // namespace amodesk

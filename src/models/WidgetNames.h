#pragma once

#include <QString>

namespace amodesk {

// The widgets API names a widget by its code only ("amo_google_sheets"); people read names
// ("Google Sheets"). The name is made from the code: the marketplace prefix dropped, words
// capitalised, brands and abbreviations spelt as their makers spell them.
QString readableWidgetName(const QString &code);

} // namespace amodesk

#pragma once

#include "ChatButtonConfig.h"

namespace amodesk {

// Reads a website button's configuration in either shape: a preset saved by AmoDesk, or the
// configuration object exactly as seed 001 documents it ({hidden, color, onlinechat: {mode,
// container, user_id, locale: {...}, theme: {...}}}). Keys neither shape knows are refused by
// their full path, as are values of the wrong kind; false with the reasons in *error.
bool readButtonConfig(const QJsonObject &json, ChatButtonConfig &config, QString *error);

} // namespace amodesk

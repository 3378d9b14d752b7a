#pragma once

#include <QtGlobal>

namespace amodesk {

// Whether a process with this id runs on this machine (false for 0 or negative ids).
bool isProcessAlive(qint64 pid);

} // namespace amodesk

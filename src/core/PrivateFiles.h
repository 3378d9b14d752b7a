#pragma once

namespace amodesk {

// Everything AmoDesk writes (settings, outbox, event cache, presets, logs) is its user's alone:
// files made from now on are 0600 in 0700 folders, and AmoDesk's folders made by an earlier
// version are tightened to the same. Call once at start, after setApplicationIdentity().
void keepFilesPrivate();

} // namespace amodesk

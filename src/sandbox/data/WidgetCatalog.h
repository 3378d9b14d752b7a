#pragma once

#include "AccountData.h"

namespace sandbox {

// The account's widget catalog: codes as amoCRM's marketplace names them, some installed, some
// of them this integration's own (clientId), with the settings forms of seed 003.
void addWidgets(AccountData &a, Rng &rng, const QString &clientId);

} // namespace sandbox

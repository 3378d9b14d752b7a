#pragma once

#include "RevertPlan.h"

namespace amodesk {

class AccountDirectory;

// Changes that would restore what the account no longer has are not sent: a stage no longer in
// its pipeline, a pipeline or customer stage that is gone, a user who left, a custom field or a
// choice of one that was deleted. Each becomes unsupported, saying what is missing. What the
// directory does not know (not loaded) is not judged.
void checkAgainstAccount(QList<RevertChange> &plan, const AccountDirectory &directory);

} // namespace amodesk

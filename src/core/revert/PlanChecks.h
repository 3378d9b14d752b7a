#pragma once

#include "RevertPlan.h"

namespace amodesk {

class AccountDirectory;

// Changes that would set what the account does not have are not sent: a stage not in its
// pipeline (gone since, or of another pipeline), a pipeline or customer stage that is gone, a user
// who left, a custom field or a choice of one that was deleted. Each becomes unsupported, saying what is missing. What the
// directory does not know (not loaded) is not judged.
void checkAgainstAccount(QList<RevertChange> &plan, const AccountDirectory &directory);

} // namespace amodesk

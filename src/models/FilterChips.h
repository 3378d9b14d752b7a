#pragma once

#include "domain/EventFilter.h"

#include <QList>
#include <functional>

namespace amodesk {

class AccountDirectory;

// A removable piece of the active filter, shown above the table.
struct FilterChip {
    QString label;
    std::function<void(EventFilter &)> remove;
};
QList<FilterChip> filterChips(const EventFilter &filter, const AccountDirectory *directory);

} // namespace amodesk

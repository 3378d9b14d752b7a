#pragma once

#include "domain/EventFilter.h"
#include "domain/Validation.h"

#include <QCommandLineParser>

namespace amodesk::cli {

// The filter options that events list and events revert share, and their reading into a
// filter; what is wrong goes into issues, named by option.
void addFilterOptions(QCommandLineParser &parser);
EventFilter readFilter(const QCommandLineParser &parser, ValidationIssues &issues);

} // namespace amodesk::cli

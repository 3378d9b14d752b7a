#pragma once

#include "CliContext.h"
#include "Output.h"

#include <functional>

namespace amodesk::cli {

// Reads a list through a Pager (one page, or --all with several in flight) and hands each item
// to the printer; shows progress on a terminal. Returns the exit code.
int runList(CliContext &cli, const QString &path, const QByteArray &query, const QString &embedded, int limit,
            int page, bool all, const std::function<void(const QJsonObject &)> &print);

} // namespace amodesk::cli

#pragma once

#include "CliContext.h"
#include "Output.h"
#include "api/ListPage.h"

#include <functional>

namespace amodesk::cli {

// Reads a list through a Pager (one page, or --all with several in flight) and hands each item
// to the printer; shows progress on a terminal. A page of the wrong shape, or an item the check
// refuses, is an error. Returns the exit code.
int runList(CliContext &cli, const QString &path, const QByteArray &query, const QString &embedded, int limit,
            int page, bool all, const std::function<void(const QJsonObject &)> &print, const ItemCheck &check = {});
// The same, a page at a time.
int runPages(CliContext &cli, const QString &path, const QByteArray &query, const QString &embedded, int limit,
             int page, bool all, const std::function<void(const QJsonArray &)> &print, const ItemCheck &check = {});

} // namespace amodesk::cli

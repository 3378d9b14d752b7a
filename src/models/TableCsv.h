#pragma once

#include <QString>

class QAbstractItemModel;

namespace amodesk {

// One CSV cell: quoted when it holds a comma, a quote or a line break.
QString csvCell(const QString &value);
// One CSV cell a spreadsheet opens: also written as text when it would be taken for a formula
// (=, +, -, @ first), so a name or a note typed by anyone cannot run in the admin's spreadsheet.
QString spreadsheetCell(const QString &value);

// Writes what a table shows (its header and every row's display text) to a CSV file in UTF-8
// with a byte-order mark, so spreadsheets read it right, atomically. A cell a spreadsheet would
// take for a formula is written as text. False with the reason in *error.
bool writeTableCsv(const QAbstractItemModel *model, const QString &path, QString *error);

} // namespace amodesk

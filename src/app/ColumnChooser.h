#pragma once

class QTableView;

namespace amodesk {

// The table's header offers, on a right click, the columns to show and hide.
void offerColumnChoice(QTableView *table);

} // namespace amodesk

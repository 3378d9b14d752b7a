#include "ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace amodesk {

void offerColumnChoice(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table, [table, header](const QPoint &at) {
        QMenu menu;
        for (int c = 0; c < header->count(); ++c) {
            QAction *a = menu.addAction(table->model()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!table->isColumnHidden(c));
            QObject::connect(a, &QAction::toggled, table, [table, c](bool on) { table->setColumnHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

} // namespace amodesk

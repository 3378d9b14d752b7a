#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace amodesk {

// Asks where to save the events shown (CSV, CSV for Excel or JSON, in the folder used last) and
// saves them; a failure is said in a message box.
class EventExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(EventExportDialog)
public:
    // What the status line says afterwards; empty when nothing was saved.
    static QString run(QWidget *parent, const QAbstractItemModel *shown, const QAbstractItemModel *source);
};

} // namespace amodesk

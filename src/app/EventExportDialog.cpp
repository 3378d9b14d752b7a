#include "EventExportDialog.h"

#include "EventExporter.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace amodesk {

QString EventExportDialog::run(QWidget *parent, const QAbstractItemModel *shown, const QAbstractItemModel *source)
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV (*.csv)"), excelFilter = tr("CSV for Excel (*.csv)"), jsonFilter = tr("JSON (*.json)");
    const QString offered = QDir(QSettings().value(QStringLiteral("events/export_dir"), QDir::homePath()).toString())
                                .filePath(EventExporter::suggestedFileName(QDate::currentDate()));
    const QString chosen = QFileDialog::getSaveFileName(parent, tr("Export events"), offered,
                                                        QStringList{csvFilter, excelFilter, jsonFilter}.join(QStringLiteral(";;")), &selectedFilter);
    if (chosen.isEmpty())
        return {};
    QSettings().setValue(QStringLiteral("events/export_dir"), QFileInfo(chosen).absolutePath());
    const EventExporter::Format format = selectedFilter == jsonFilter || chosen.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
        ? EventExporter::Format::Json
        : selectedFilter == excelFilter ? EventExporter::Format::CsvWithBom : EventExporter::Format::Csv;
    const QString path = EventExporter::withExtension(chosen, format);
    QString error;
    int written = 0;
    if (!EventExporter::write(shown, source, format, path, &error, &written)) {
        QMessageBox::warning(parent, tr("Export events"), error);
        return {};
    }
    return tr("%n event(s) saved to %1", nullptr, written).arg(QDir::toNativeSeparators(path));
}

} // namespace amodesk

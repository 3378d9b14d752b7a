#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QDate;

namespace amodesk {

class EventRows;

// Writes the events a view shows (through any proxy of an EventTableModel) to a file,
// atomically: CSV in UTF-8, optionally with a byte-order mark so Excel reads it right, or JSON.
class EventExporter
{
public:
    enum class Format { Csv, CsvWithBom, Json };
    static bool write(const QAbstractItemModel *view, const QAbstractItemModel *sourceModel, Format format,
                      const QString &path, QString *error, int *written = nullptr);
    // The name a save dialog offers: events-2026-12-01.csv
    static QString suggestedFileName(const QDate &day);
    // The path with the format's extension added when it has none of its own.
    static QString withExtension(const QString &path, Format format);
};

} // namespace amodesk

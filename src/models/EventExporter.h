#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

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
};

} // namespace amodesk

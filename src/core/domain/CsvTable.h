#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace amodesk {

// A CSV file as rows of fields (RFC 4180: quotes, doubled quotes, line breaks in quotes).
// The separator is guessed from the first line: comma, semicolon (Excel in Russian) or tab.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QChar separator = u',';

    // false with a message naming the line when the text is not CSV (an unclosed quote).
    static bool parse(const QString &text, CsvTable &table, QString *error);
    static bool readFile(const QString &path, CsvTable &table, QString *error);
};

} // namespace amodesk

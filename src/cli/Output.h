#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace amodesk::cli {

enum class Format { Table, Json, Csv };
bool parseFormat(const QString &text, Format &format);

// Rows printed as an aligned table, CSV with a header, or the items' raw JSON. Table and CSV
// cells are made terminal-safe.
class Output
{
public:
    Output(QTextStream &out, Format format, const QStringList &columns);
    void add(const QStringList &row, const QJsonValue &raw);
    void finish();

private:
    QTextStream &m_out;
    Format m_format;
    QStringList m_columns;
    QList<QStringList> m_rows;
    QJsonArray m_raw;
    bool m_headerWritten = false;
};

// One item: its JSON as the API gave it (the default of the get commands), or a table or CSV row.
void printOne(QTextStream &out, Format format, const QStringList &columns, const QStringList &row, const QJsonObject &raw);

QString csvField(const QString &value);
// The text with control and direction-changing characters shown as escapes (\x1b, \u202e), so
// text from the server cannot drive the terminal; newlines become spaces unless kept (CSV).
QString terminalSafe(const QString &value, bool keepNewlines);

} // namespace amodesk::cli

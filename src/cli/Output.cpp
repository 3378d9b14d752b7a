#include "Output.h"

#include <QDateTime>
#include <QJsonDocument>

namespace amodesk::cli {

bool parseFormat(const QString &text, Format &format)
{
    if (text == u"table") format = Format::Table;
    else if (text == u"json") format = Format::Json;
    else if (text == u"csv") format = Format::Csv;
    else return false;
    return true;
}

QString terminalSafe(const QString &value, bool keepNewlines)
{
    QString out;
    out.reserve(value.size());
    const QString text = keepNewlines ? QString(value).replace(QStringLiteral("\r\n"), QStringLiteral("\n")) : value;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (u == u'\n' && keepNewlines)
            out += c;
        else if (u == u'\n' || u == u'\t')
            out += u' ';
        else if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (bidi)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void printOne(QTextStream &out, Format format, const QStringList &columns, const QStringList &row, const QJsonObject &raw)
{
    if (format == Format::Json) {
        out << QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented));
        return;
    }
    Output output(out, format, columns);
    output.add(row, raw);
    output.finish();
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Output::Output(QTextStream &out, Format format, const QStringList &columns) : m_out(out), m_format(format), m_columns(columns) {}

void Output::add(const QStringList &row, const QJsonValue &raw)
{
    switch (m_format) {
    case Format::Json:
        m_raw.append(raw);
        break;
    case Format::Csv: { // streamed: a long --all run shows up as it comes
        if (!m_headerWritten) {
            QStringList header;
            for (const QString &c : m_columns)
                header << csvField(c);
            m_out << header.join(u',') << "\r\n";
            m_headerWritten = true;
        }
        QStringList cells;
        for (const QString &v : row)
            cells << csvField(terminalSafe(v, true));
        m_out << cells.join(u',') << "\r\n";
        break;
    }
    case Format::Table: {
        QStringList safe;
        for (const QString &v : row)
            safe << terminalSafe(v, false);
        m_rows.append(safe);
        break;
    }
    }
}

void Output::finish()
{
    if (m_format == Format::Json) {
        m_out << QString::fromUtf8(QJsonDocument(m_raw).toJson(QJsonDocument::Indented));
    } else if (m_format == Format::Table) {
        QList<qsizetype> widths;
        for (const QString &c : m_columns)
            widths << c.size();
        for (const QStringList &row : std::as_const(m_rows)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], qMin<qsizetype>(row[i].size(), 60));
        }
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                QString cell = cells[i];
                if (cell.size() > 60)
                    cell = cell.left(59) + QStringLiteral("…");
                padded << (i + 1 < cells.size() ? cell.leftJustified(widths[i]) : cell);
            }
            m_out << padded.join(QStringLiteral("  ")) << '\n';
        };
        line(m_columns);
        for (const QStringList &row : std::as_const(m_rows))
            line(row);
    }
    m_out.flush();
}

} // namespace amodesk::cli

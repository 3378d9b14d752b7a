#include "CsvTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(CsvTable) };

QChar guessSeparator(const QString &text)
{
    const QString first = text.section(u'\n', 0, 0);
    const QChar candidates[] = {u',', u';', u'\t'};
    QChar best = u',';
    qsizetype most = 0;
    for (QChar c : candidates) {
        if (first.count(c) > most) {
            most = first.count(c);
            best = c;
        }
    }
    return best;
}
} // namespace

bool CsvTable::parse(const QString &input, CsvTable &table, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table = {};
    table.separator = guessSeparator(text);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record << field;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = Tr::tr("the quote opened on line %1 is never closed").arg(quoteLine);
        return false;
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    if (records.isEmpty()) {
        if (error)
            *error = Tr::tr("the file holds no rows");
        return false;
    }
    table.header = records.takeFirst();
    table.rows = records;
    return true;
}

bool CsvTable::readFile(const QString &path, CsvTable &table, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) { // Excel in Russian saves CSV in Windows-1251
        QStringDecoder cp1251("windows-1251");
        text = cp1251.isValid() ? cp1251.decode(bytes) : QString::fromLatin1(bytes);
    }
    return parse(text, table, error);
}

} // namespace amodesk

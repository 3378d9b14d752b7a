#include "TableCsv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(TableCsv) };

QString asText(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front()) ? u'\'' + value : value;
}
} // namespace

QString csvCell(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString spreadsheetCell(const QString &value)
{
    return csvCell(asText(value));
}

bool writeTableCsv(const QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << spreadsheetCell(model->headerData(c, Qt::Horizontal).toString());
    file.write(cells.join(u',').toUtf8() + "\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            cells << spreadsheetCell(model->index(r, c).data().toString());
        file.write(cells.join(u',').toUtf8() + "\r\n");
    }
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace amodesk

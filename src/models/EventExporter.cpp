#include "EventExporter.h"

#include "EventColumns.h"
#include "TableCsv.h"
#include "domain/TimeText.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(EventExporter) };

// The source row behind a row of the view, through any chain of proxies.
int sourceRow(const QAbstractItemModel *view, const QAbstractItemModel *source, int row)
{
    QModelIndex index = view->index(row, 0);
    while (index.model() != source) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return -1;
        index = proxy->mapToSource(index);
    }
    return index.row();
}
} // namespace

bool EventExporter::write(const QAbstractItemModel *view, const QAbstractItemModel *sourceModel, Format format, const QString &path,
                          QString *error, int *written)
{
    const auto *source = dynamic_cast<const EventRows *>(sourceModel);
    if (!source) {
        *error = Tr::tr("nothing to export");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const EventDescriber &d = source->describer();
    int count = 0;
    if (format == Format::Json) {
        QJsonArray all;
        for (int row = 0; row < view->rowCount(); ++row) {
            const int r = sourceRow(view, sourceModel, row);
            if (r >= 0) {
                all.append(source->eventAt(r).raw);
                ++count;
            }
        }
        file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        if (format == Format::CsvWithBom)
            file.write("\xEF\xBB\xBF");
        const QStringList header = {Tr::tr("Time"), Tr::tr("Event type"), Tr::tr("Event"), Tr::tr("Entity type"), Tr::tr("Entity ID"),
                                    Tr::tr("Entity"), Tr::tr("Author ID"), Tr::tr("Author"), Tr::tr("Change"), Tr::tr("Event ID")};
        QStringList cells;
        for (const QString &h : header)
            cells << spreadsheetCell(h);
        file.write(cells.join(u',').toUtf8() + "\r\n");
        for (int row = 0; row < view->rowCount(); ++row) {
            const int r = sourceRow(view, sourceModel, row);
            if (r < 0)
                continue;
            const Event &e = source->eventAt(r);
            const QStringList values = {isoTime(e.createdAt), e.type, d.typeName(e), e.entityType,
                                        QString::number(e.entityId), d.entity(e), QString::number(e.createdBy), d.author(e), d.change(e), e.id};
            cells.clear();
            for (const QString &v : values)
                cells << spreadsheetCell(v);
            file.write(cells.join(u',').toUtf8() + "\r\n");
            ++count;
        }
    }
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (written)
        *written = count;
    return true;
}

QString EventExporter::suggestedFileName(const QDate &day)
{
    return QStringLiteral("events-%1.csv").arg(day.toString(Qt::ISODate));
}

QString EventExporter::withExtension(const QString &path, Format format)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    return path + (format == Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv"));
}

} // namespace amodesk

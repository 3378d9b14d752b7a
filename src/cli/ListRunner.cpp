#include "ListRunner.h"

#include "api/Pager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QEventLoop>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
}

int runList(CliContext &cli, const QString &path, const QByteArray &query, const QString &embedded, int limit,
            int page, bool all, const std::function<void(const QJsonObject &)> &print, const ItemCheck &check)
{
    return runPages(cli, path, query, embedded, limit, page, all, [&print](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            print(v.toObject());
    }, check);
}

int runPages(CliContext &cli, const QString &path, const QByteArray &query, const QString &embedded, int limit,
             int page, bool all, const std::function<void(const QJsonArray &)> &print, const ItemCheck &check)
{
    if (!all) {
        QByteArray q = query;
        q += QByteArray(q.isEmpty() ? "" : "&") + "page=" + QByteArray::number(page) + "&limit=" + QByteArray::number(limit);
        const ApiResult r = cli.call(ApiRequest::get(path, q));
        if (!r.ok())
            return cli.fail(r.error);
        const ListPage list = ListPage::read(r, embedded, check);
        if (!list.problem.isEmpty()) {
            ApiError error = ApiError::make(ApiError::Kind::BadResponse, list.problem);
            error.status = r.status;
            return cli.fail(error);
        }
        print(list.items);
        return Ok;
    }
    Pager pager(cli.api(), path, query, embedded, limit);
    pager.setItemCheck(check);
    qint64 count = 0;
    QElapsedTimer timer;
    timer.start();
    const bool progress = cli.progressWanted();
    QObject::connect(&pager, &Pager::page, [&](int number, const QJsonArray &items) {
        print(items);
        count += items.size();
        if (progress)
            cli.err << '\r' << Tr::tr("page %1, %2 items, %3/s").arg(number).arg(count).arg(count * 1000 / qMax<qint64>(1, timer.elapsed())) << Qt::flush;
    });
    QEventLoop loop;
    ApiError error;
    QObject::connect(&pager, &Pager::finished, &loop, [&](const ApiError &e) { error = e; loop.quit(); });
    pager.fetchAll(4);
    loop.exec();
    if (progress)
        cli.err << '\n';
    return error.isError() ? cli.fail(error) : Ok;
}

} // namespace amodesk::cli

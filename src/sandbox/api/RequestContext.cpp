#include "RequestContext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sandbox {

PageRequest readPage(const PhpQuery &query, int maxLimit)
{
    PageRequest p;
    bool ok = false;
    const int page = query.value({QStringLiteral("page")}).toInt(&ok);
    if (ok && page > 0)
        p.page = page;
    const int limit = query.value({QStringLiteral("limit")}).toInt(&ok);
    if (ok && limit > 0)
        p.limit = limit > maxLimit ? 50 : limit;
    return p;
}

namespace {
QString pageHref(const RequestContext &ctx, int page, int limit)
{
    QByteArrayList kept;
    for (const QByteArray &pair : ctx.request.query.split('&')) {
        if (pair.isEmpty() || pair.startsWith("page=") || pair.startsWith("limit="))
            continue;
        kept << pair;
    }
    kept << "page=" + QByteArray::number(page) << "limit=" + QByteArray::number(limit);
    return ctx.href(QString::fromUtf8(ctx.request.path) + u'?' + QString::fromUtf8(kept.join('&')));
}
} // namespace

QJsonObject listBody(const RequestContext &ctx, const QString &embeddedName, const QJsonArray &items,
                     const PageRequest &page, bool hasNext)
{
    QJsonObject links{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), pageHref(ctx, page.page, page.limit)}}}};
    if (hasNext)
        links[QStringLiteral("next")] = QJsonObject{{QStringLiteral("href"), pageHref(ctx, page.page + 1, page.limit)}};
    return {{QStringLiteral("_page"), page.page},
            {QStringLiteral("_links"), links},
            {QStringLiteral("_embedded"), QJsonObject{{embeddedName, items}}}};
}

bool readJsonBody(const HttpRequest &request, QJsonValue &out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("Request body is not valid JSON: ") + parseError.errorString()
            + QStringLiteral(" at offset ") + QString::number(parseError.offset);
        return false;
    }
    out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace sandbox

#include "Endpoints.h"
#include "Responses.h"

namespace sandbox {

namespace {
constexpr int kMaxEntitiesLimit = 250;

QJsonObject entityJson(const RequestContext &ctx, EntityKind kind, int id)
{
    const AccountData &d = ctx.data;
    const User &owner = d.users.at(int(mix(d.seed, quint64(id) * 7) % quint64(d.users.size())));
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), d.entityName(kind, id)},
            {QStringLiteral("responsible_user_id"), owner.id}, {QStringLiteral("created_by"), owner.id},
            {QStringLiteral("created_at"), d.dataEnd - 300LL * 86400 + (id % 1000) * 3600},
            {QStringLiteral("updated_at"), d.dataEnd}, {QStringLiteral("account_id"), d.accountId},
            {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/%1/%2").arg(entityPluralName(kind)).arg(id)))}};
}
} // namespace

// GET /api/v4/{leads|contacts|companies|customers}[/{id}]: the entities notes hang on, with
// filter[id] and query (a case-insensitive search in names), as the entity lists of API v4 do.
HttpResponse handleEntities(RequestContext &ctx, EntityKind kind)
{
    bool numericId = true;
    if (ctx.segments.size() == 2)
        ctx.segments[1].toInt(&numericId);
    if (ctx.segments.size() > 2 || !numericId)
        return problem(404, QStringLiteral("Not found"));
    if (ctx.request.method != "GET")
        return problem(405, QStringLiteral("Method not allowed"));
    const int base = ctx.data.entityBase[int(kind)];
    const int count = ctx.data.entityCount[int(kind)];
    if (ctx.segments.size() == 2) {
        bool ok = false;
        const int id = ctx.segments[1].toInt(&ok);
        if (!ok)
            return problem(404, QStringLiteral("Not found"));
        return ctx.data.entityExists(kind, id) ? hal(entityJson(ctx, kind, id)) : noContent();
    }
    if (ctx.segments.size() != 1)
        return problem(404, QStringLiteral("Not found"));
    QList<int> ids;
    const QStringList wanted = ctx.query.values({QStringLiteral("filter"), QStringLiteral("id")});
    const QString search = ctx.query.value({QStringLiteral("query")}).trimmed();
    if (!wanted.isEmpty()) {
        for (const QString &v : wanted) {
            const int id = v.toInt();
            if (ctx.data.entityExists(kind, id) && !ids.contains(id))
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
    } else {
        for (int id = base; id < base + count; ++id)
            ids.append(id);
    }
    if (!search.isEmpty()) {
        QList<int> found;
        for (int id : std::as_const(ids)) {
            if (QString::number(id) == search || ctx.data.entityName(kind, id).contains(search, Qt::CaseInsensitive))
                found.append(id);
        }
        ids = found;
    }
    const PageRequest page = readPage(ctx.query, kMaxEntitiesLimit);
    const qsizetype from = qsizetype(page.page - 1) * page.limit;
    if (from >= ids.size())
        return noContent();
    QJsonArray items;
    for (qsizetype i = from; i < qMin(ids.size(), from + page.limit); ++i)
        items.append(entityJson(ctx, kind, ids.at(i)));
    return hal(listBody(ctx, entityPluralName(kind), items, page, from + page.limit < ids.size()));
}

} // namespace sandbox

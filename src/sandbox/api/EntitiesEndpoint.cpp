#include "EntityJson.h"
#include "EntityRoutes.h"
#include "Responses.h"

#include <optional>

namespace sandbox {

namespace {
constexpr int kMaxEntitiesLimit = 250;

QJsonObject orderError(const QString &detail)
{
    return requestErrors(QStringLiteral("0"), {fieldError(QStringLiteral("NotSupportedChoice"), QStringLiteral("order"), detail)});
}

// filter[...] of the entity lists: id, name, price, responsible_user_id, created_at, updated_at,
// and for leads pipeline_id and statuses[i][pipeline_id|status_id].
struct EntityFilter {
    QSet<int> ids, responsibles, pipelines;
    QList<QPair<int, int>> statuses; // pipeline, status
    QStringList names;
    std::optional<qint64> priceFrom, priceTo, createdFrom, createdTo, updatedFrom, updatedTo;
    QString search;

    explicit EntityFilter(const PhpQuery &q)
    {
        const QString f = QStringLiteral("filter");
        for (const QString &v : q.values({f, QStringLiteral("id")}))
            ids.insert(v.toInt());
        for (const QString &v : q.values({f, QStringLiteral("responsible_user_id")}))
            responsibles.insert(v.toInt());
        for (const QString &v : q.values({f, QStringLiteral("pipeline_id")}))
            pipelines.insert(v.toInt());
        names = q.values({f, QStringLiteral("name")});
        const auto groups = q.groups({f, QStringLiteral("statuses")});
        for (const auto &g : groups)
            statuses.append({g.value(QStringLiteral("pipeline_id")).toInt(), g.value(QStringLiteral("status_id")).toInt()});
        range(q, QStringLiteral("price"), priceFrom, priceTo);
        range(q, QStringLiteral("created_at"), createdFrom, createdTo);
        range(q, QStringLiteral("updated_at"), updatedFrom, updatedTo);
        search = q.value({QStringLiteral("query")}).trimmed();
    }

    static void range(const PhpQuery &q, const QString &key, std::optional<qint64> &from, std::optional<qint64> &to)
    {
        const QString f = QStringLiteral("filter");
        bool ok = false;
        const qint64 single = q.value({f, key}).toLongLong(&ok);
        if (ok)
            from = single;
        const qint64 a = q.value({f, key, QStringLiteral("from")}).toLongLong(&ok);
        if (ok)
            from = a;
        const qint64 b = q.value({f, key, QStringLiteral("to")}).toLongLong(&ok);
        if (ok)
            to = b;
    }

    static bool inRange(qint64 v, const std::optional<qint64> &from, const std::optional<qint64> &to)
    {
        return (!from || v >= *from) && (!to || v <= *to);
    }

    bool matches(const EntityRec &e) const
    {
        if (e.deleted || (!ids.isEmpty() && !ids.contains(e.id)) || (!responsibles.isEmpty() && !responsibles.contains(e.responsible))
            || (!pipelines.isEmpty() && !pipelines.contains(e.pipelineId)) || (!names.isEmpty() && !names.contains(e.name))
            || !inRange(e.price, priceFrom, priceTo) || !inRange(e.createdAt, createdFrom, createdTo)
            || !inRange(e.updatedAt, updatedFrom, updatedTo))
            return false;
        if (!statuses.isEmpty()) {
            bool hit = false;
            for (const auto &s : statuses)
                hit = hit || ((s.first == 0 || s.first == e.pipelineId) && s.second == e.statusId);
            if (!hit)
                return false;
        }
        return search.isEmpty() || matchesSearch(e);
    }

    // query searches the filled fields of an entity: its id, name and field values.
    bool matchesSearch(const EntityRec &e) const
    {
        if (QString::number(e.id) == search || e.name.contains(search, Qt::CaseInsensitive))
            return true;
        for (const QJsonArray &values : e.fields) {
            for (const QJsonValue &v : values) {
                const QJsonValue value = v[QStringLiteral("value")];
                const QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 16);
                if (text.contains(search, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    }
};

HttpResponse listEntities(RequestContext &ctx, EntityKind kind)
{
    QString orderField = QStringLiteral("id");
    bool descending = false;
    for (const QString &key : ctx.query.childKeys({QStringLiteral("order")})) {
        const QString dir = ctx.query.value({QStringLiteral("order"), key});
        if (key != u"id" && key != u"created_at" && key != u"updated_at")
            return validationFailed({orderError(QStringLiteral("order by created_at, updated_at or id"))});
        if (dir != u"asc" && dir != u"desc")
            return validationFailed({orderError(QStringLiteral("order is asc or desc"))});
        orderField = key;
        descending = dir == u"desc";
    }
    const EntityFilter filter(ctx.query);
    std::vector<const EntityRec *> hits;
    for (const EntityRec &e : ctx.data.entities[int(kind)]) {
        if (filter.matches(e))
            hits.push_back(&e);
    }
    auto key = [&](const EntityRec *e) {
        return orderField == u"created_at" ? e->createdAt : orderField == u"updated_at" ? e->updatedAt : qint64(e->id);
    };
    std::stable_sort(hits.begin(), hits.end(), [&](const EntityRec *a, const EntityRec *b) {
        const qint64 ka = key(a), kb = key(b);
        if (ka != kb)
            return descending ? ka > kb : ka < kb;
        return descending ? a->id > b->id : a->id < b->id;
    });
    const PageRequest page = readPage(ctx.query, kMaxEntitiesLimit);
    const std::size_t from = std::size_t(page.page - 1) * std::size_t(page.limit);
    if (from >= hits.size())
        return noContent();
    const QStringList with = ctx.query.values({QStringLiteral("with")});
    QJsonArray items;
    for (std::size_t i = from; i < qMin(hits.size(), from + std::size_t(page.limit)); ++i)
        items.append(entityJson(ctx, kind, *hits[i], with));
    return hal(listBody(ctx, entityPluralName(kind), items, page, from + std::size_t(page.limit) < hits.size()));
}

HttpResponse listTags(RequestContext &ctx)
{
    const PageRequest page = readPage(ctx.query, kMaxEntitiesLimit);
    const QString search = ctx.query.value({QStringLiteral("query")}).trimmed();
    QJsonArray all;
    for (int i = 0; i < ctx.data.tags.size(); ++i) {
        if (search.isEmpty() || ctx.data.tags.at(i).contains(search, Qt::CaseInsensitive))
            all.append(tagJson(ctx.data, i));
    }
    const qsizetype from = qsizetype(page.page - 1) * page.limit;
    if (from >= all.size())
        return noContent();
    QJsonArray items;
    for (qsizetype i = from; i < qMin(all.size(), from + page.limit); ++i)
        items.append(all.at(i));
    return hal(listBody(ctx, QStringLiteral("tags"), items, page, from + page.limit < all.size()));
}

std::optional<int> numericSegment(const QString &s)
{
    bool ok = false;
    const int id = s.toInt(&ok);
    return ok && id > 0 ? std::optional<int>(id) : std::nullopt;
}
} // namespace

// /api/v4/{leads|contacts|companies|customers}: lists with filter, order, query and with; one
// entity; PATCH of a batch or of one; tags; and the links methods.
HttpResponse handleEntities(RequestContext &ctx, EntityKind kind)
{
    const QStringList &s = ctx.segments;
    const QByteArray &method = ctx.request.method;
    auto only = [&](const char *allowed) { return method == allowed; };
    if (s.size() == 1) {
        if (only("GET"))
            return listEntities(ctx, kind);
        return only("PATCH") ? patchEntities(ctx, kind, 0) : problem(405, QStringLiteral("Method not allowed"));
    }
    if (s.size() == 2 && (s[1] == u"link" || s[1] == u"unlink"))
        return only("POST") ? changeLinks(ctx, kind, 0, s[1] == u"link") : problem(405, QStringLiteral("Method not allowed"));
    if (s.size() == 2 && s[1] == u"tags")
        return only("GET") ? listTags(ctx) : problem(405, QStringLiteral("Method not allowed"));
    const std::optional<int> id = numericSegment(s.value(1));
    if (!id || s.size() > 3)
        return problem(404, QStringLiteral("Not found"));
    if (s.size() == 3) {
        if (s[2] == u"links")
            return only("GET") ? listLinks(ctx, kind, *id) : problem(405, QStringLiteral("Method not allowed"));
        if (s[2] == u"link" || s[2] == u"unlink")
            return only("POST") ? changeLinks(ctx, kind, *id, s[2] == u"link") : problem(405, QStringLiteral("Method not allowed"));
        return problem(404, QStringLiteral("Not found"));
    }
    if (only("PATCH"))
        return patchEntities(ctx, kind, *id);
    if (!only("GET"))
        return problem(405, QStringLiteral("Method not allowed"));
    const EntityRec *e = ctx.data.liveEntity(kind, *id);
    if (!e)
        return noContent();
    return hal(entityJson(ctx, kind, *e, ctx.query.values({QStringLiteral("with")})));
}

} // namespace sandbox

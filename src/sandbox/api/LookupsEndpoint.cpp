#include "Endpoints.h"
#include "Responses.h"

namespace sandbox {

namespace {

template <typename T, typename Render>
HttpResponse pagedList(RequestContext &ctx, const QString &name, const QList<T> &all, int maxLimit, Render render)
{
    const PageRequest page = readPage(ctx.query, maxLimit);
    const qsizetype from = qsizetype(page.page - 1) * page.limit;
    if (from >= all.size())
        return noContent();
    QJsonArray items;
    for (qsizetype i = from; i < qMin(all.size(), from + page.limit); ++i)
        items.append(render(all.at(i)));
    return hal(listBody(ctx, name, items, page, from + page.limit < all.size()));
}

QJsonObject statusJson(const RequestContext &ctx, const Status &s, int pipelineId)
{
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("sort"), s.sort},
                  {QStringLiteral("is_editable"), s.id != 142 && s.id != 143}, {QStringLiteral("color"), s.color},
                  {QStringLiteral("type"), s.type}, {QStringLiteral("account_id"), ctx.data.accountId}};
    if (pipelineId != 0) {
        o[QStringLiteral("pipeline_id")] = pipelineId;
        o[QStringLiteral("_links")] = selfLink(ctx.href(QStringLiteral("/api/v4/leads/pipelines/%1/statuses/%2").arg(pipelineId).arg(s.id)));
    } else {
        o[QStringLiteral("_links")] = selfLink(ctx.href(QStringLiteral("/api/v4/customers/statuses/%1").arg(s.id)));
    }
    return o;
}

HttpResponse account(RequestContext &ctx)
{
    const AccountData &d = ctx.data;
    return hal({{QStringLiteral("id"), d.accountId}, {QStringLiteral("name"), d.name}, {QStringLiteral("subdomain"), d.subdomain},
                {QStringLiteral("created_at"), d.dataEnd - 400LL * 86400}, {QStringLiteral("created_by"), d.users.first().id},
                {QStringLiteral("updated_at"), d.dataEnd}, {QStringLiteral("updated_by"), d.users.first().id},
                {QStringLiteral("current_user_id"), ctx.userId}, {QStringLiteral("country"), QStringLiteral("RU")},
                {QStringLiteral("currency"), QStringLiteral("RUB")}, {QStringLiteral("currency_symbol"), QStringLiteral("₽")},
                {QStringLiteral("customers_mode"), QStringLiteral("segments")}, {QStringLiteral("is_unsorted_on"), true},
                {QStringLiteral("is_loss_reason_enabled"), true}, {QStringLiteral("is_helpbot_enabled"), false},
                {QStringLiteral("is_technical_account"), false}, {QStringLiteral("contact_name_display_order"), 1},
                {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/account")))}});
}

HttpResponse customFields(RequestContext &ctx, EntityKind kind)
{
    const QString plural = entityPluralName(kind);
    return pagedList(ctx, QStringLiteral("custom_fields"), ctx.data.fields[int(kind)], 50, [&](const CustomField &f) {
        QJsonValue enums = QJsonValue::Null;
        if (!f.enums.isEmpty()) {
            QJsonArray list;
            for (const FieldEnum &e : f.enums)
                list.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("value"), e.value}, {QStringLiteral("sort"), e.sort}});
            enums = list;
        }
        return QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type},
                           {QStringLiteral("code"), f.code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.code)},
                           {QStringLiteral("sort"), f.sort}, {QStringLiteral("is_api_only"), false},
                           {QStringLiteral("entity_type"), plural}, {QStringLiteral("enums"), enums},
                           {QStringLiteral("account_id"), ctx.data.accountId},
                           {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/%1/custom_fields/%2").arg(plural).arg(f.id)))}};
    });
}

} // namespace

HttpResponse handleLookups(RequestContext &ctx)
{
    const QStringList &s = ctx.segments;
    EntityKind fieldsOf;
    const bool known = s == QStringList{QStringLiteral("account")} || s == QStringList{QStringLiteral("users")}
        || s == QStringList{QStringLiteral("leads"), QStringLiteral("pipelines")} || s == QStringList{QStringLiteral("customers"), QStringLiteral("statuses")}
        || (s.size() == 2 && s[1] == u"custom_fields" && entityKindFromPlural(s[0], fieldsOf));
    if (!known)
        return problem(404, QStringLiteral("Not found"));
    if (ctx.request.method != "GET")
        return problem(405, QStringLiteral("Method not allowed"));
    if (s == QStringList{QStringLiteral("account")})
        return account(ctx);
    if (s == QStringList{QStringLiteral("users")}) {
        return pagedList(ctx, QStringLiteral("users"), ctx.data.users, 250, [&](const User &u) {
            return QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name}, {QStringLiteral("email"), u.email},
                               {QStringLiteral("lang"), u.lang},
                               {QStringLiteral("rights"), QJsonObject{{QStringLiteral("is_admin"), u.isAdmin}, {QStringLiteral("is_active"), true}}},
                               {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/users/%1").arg(u.id)))}};
        });
    }
    if (s == QStringList{QStringLiteral("leads"), QStringLiteral("pipelines")}) {
        QJsonArray pipelines;
        for (const Pipeline &p : ctx.data.pipelines) {
            QJsonArray statuses;
            for (const Status &st : p.statuses)
                statuses.append(statusJson(ctx, st, p.id));
            pipelines.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("sort"), p.sort},
                                         {QStringLiteral("is_main"), p.isMain}, {QStringLiteral("is_unsorted_on"), true},
                                         {QStringLiteral("is_archive"), false}, {QStringLiteral("account_id"), ctx.data.accountId},
                                         {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/leads/pipelines/%1").arg(p.id)))},
                                         {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("statuses"), statuses}}}});
        }
        return hal({{QStringLiteral("_total_items"), pipelines.size()},
                    {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/leads/pipelines")))},
                    {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("pipelines"), pipelines}}}});
    }
    if (s == QStringList{QStringLiteral("customers"), QStringLiteral("statuses")}) {
        return pagedList(ctx, QStringLiteral("statuses"), ctx.data.customerStatuses, 250,
                         [&](const Status &st) { return statusJson(ctx, st, 0); });
    }
    EntityKind kind;
    if (s.size() == 2 && s[1] == u"custom_fields" && entityKindFromPlural(s[0], kind))
        return customFields(ctx, kind);
    return problem(404, QStringLiteral("Not found"));
}

} // namespace sandbox

#include "EntityJson.h"
#include "EntityRoutes.h"
#include "Responses.h"

namespace sandbox {

namespace {

struct LinkRequest {
    EntityRec *from = nullptr;
    LinkRec to;
};

bool catalogExists(const AccountData &d, int id)
{
    for (const auto &c : d.catalogs) {
        if (c.first == id)
            return true;
    }
    return false;
}

QJsonArray readLink(AccountData &d, EntityKind kind, int pathId, const QJsonObject &item, LinkRequest &out)
{
    QJsonArray errors;
    auto error = [&](const QString &code, const QString &path, const QString &detail) { errors.append(fieldError(code, path, detail)); };
    const int id = pathId != 0 ? pathId : item.value(QStringLiteral("entity_id")).toInt();
    out.from = d.liveEntity(kind, id);
    if (!out.from)
        error(QStringLiteral("NotFound"), QStringLiteral("entity_id"), QStringLiteral("Entity not found"));
    EntityKind toKind;
    if (!linkTypeFromName(item.value(QStringLiteral("to_entity_type")).toString(), toKind) || !linkAllowed(kind, toKind)) {
        error(QStringLiteral("NotSupportedChoice"), QStringLiteral("to_entity_type"),
              QStringLiteral("%1 cannot be linked to %2").arg(entityPluralName(kind), item.value(QStringLiteral("to_entity_type")).toString()));
        return errors;
    }
    out.to = {toKind, item.value(QStringLiteral("to_entity_id")).toInt(), 0};
    if (toKind == EntityKind::CatalogElement) {
        out.to.catalogId = item.value(QStringLiteral("metadata"))[QStringLiteral("catalog_id")].toInt();
        if (!catalogExists(d, out.to.catalogId))
            error(QStringLiteral("NotFound"), QStringLiteral("metadata.catalog_id"), QStringLiteral("Catalog not found"));
        if (out.to.id <= 0)
            error(QStringLiteral("NotFound"), QStringLiteral("to_entity_id"), QStringLiteral("Entity not found"));
    } else {
        if (!d.liveEntity(toKind, out.to.id))
            error(QStringLiteral("NotFound"), QStringLiteral("to_entity_id"), QStringLiteral("Entity not found"));
    }
    return errors;
}

QJsonArray linkSide(EntityKind kind, int id, bool link)
{
    const QJsonObject entity{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("type"), entityKindName(kind)}, {QStringLiteral("id"), id}}}};
    return {QJsonObject{{link ? QStringLiteral("link") : QStringLiteral("unlink"), entity}}};
}

// "contact_linked" on the lead a contact was linked to, and "lead_linked" on the contact;
// catalog elements as "entity_linked".
void recordLink(AccountData &d, int userId, EntityKind kind, int id, EntityKind toKind, int toId, bool link)
{
    const QString suffix = link ? QStringLiteral("_linked") : QStringLiteral("_unlinked");
    const QString type = toKind == EntityKind::CatalogElement ? QStringLiteral("entity") : entityKindName(toKind);
    const QJsonArray side = linkSide(toKind, toId, link);
    EventRec &e = recordEvent(d, type + suffix, kind, id, userId, {link ? QJsonArray() : side, link ? side : QJsonArray(), {}, {}});
    e.after0 = qint64(toKind);
    e.after1 = toId;
}

void changeOne(AccountData &d, int userId, EntityKind kind, EntityRec &from, const LinkRec &to, bool link)
{
    if (from.links.contains(to) == link)
        return; // already so: nothing changes, nothing is recorded
    EntityRec *other = d.entity(to.kind, to.id);
    const LinkRec back{kind, from.id, 0};
    if (link) {
        from.links.append(to);
        if (other)
            other->links.append(back);
    } else {
        from.links.removeAll(to);
        if (other)
            other->links.removeAll(back);
    }
    recordLink(d, userId, kind, from.id, to.kind, to.id, link);
    if (other)
        recordLink(d, userId, to.kind, to.id, kind, from.id, link);
}
} // namespace

HttpResponse changeLinks(RequestContext &ctx, EntityKind kind, int pathId, bool link)
{
    QJsonValue body;
    QString parseError;
    if (!readJsonBody(ctx.request, body, &parseError))
        return problem(400, parseError);
    if (!body.isArray() || body.toArray().isEmpty())
        return problem(400, QStringLiteral("Links are an array of objects with entity_id, to_entity_id and to_entity_type"));
    const QJsonArray items = body.toArray();
    if (items.size() > kMaxWriteBatch)
        return problem(422, QStringLiteral("No more than 250 links may be changed at once"));
    QList<LinkRequest> requests;
    QJsonArray validation;
    for (qsizetype i = 0; i < items.size(); ++i) {
        LinkRequest r;
        const QJsonArray errors = readLink(ctx.data, kind, pathId, items.at(i).toObject(), r);
        if (!errors.isEmpty())
            validation.append(requestErrors(QString::number(i), errors));
        requests.append(r);
    }
    if (!validation.isEmpty())
        return validationFailed(validation);
    QJsonArray answered;
    for (const LinkRequest &r : std::as_const(requests)) {
        changeOne(ctx.data, ctx.userId, kind, *r.from, r.to, link);
        answered.append(linkJson(kind, r.from->id, r.to));
    }
    if (!link)
        return noContent();
    return hal({{QStringLiteral("_total_items"), answered.size()}, {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("links"), answered}}}});
}

HttpResponse listLinks(RequestContext &ctx, EntityKind kind, int id)
{
    const EntityRec *e = ctx.data.liveEntity(kind, id);
    if (!e)
        return noContent();
    const QString f = QStringLiteral("filter");
    const QString wantedType = ctx.query.value({f, QStringLiteral("to_entity_type")});
    const int wantedId = ctx.query.value({f, QStringLiteral("to_entity_id")}).toInt();
    const int wantedCatalog = ctx.query.value({f, QStringLiteral("to_catalog_id")}).toInt();
    QJsonArray items;
    for (const LinkRec &l : e->links) {
        if ((!wantedType.isEmpty() && linkTypeName(l.kind) != wantedType) || (wantedId != 0 && l.id != wantedId)
            || (wantedCatalog != 0 && l.catalogId != wantedCatalog))
            continue;
        items.append(linkJson(kind, id, l));
    }
    if (items.isEmpty())
        return noContent();
    return hal({{QStringLiteral("_total_items"), items.size()},
                {QStringLiteral("_links"), selfLink(ctx.href(QString::fromUtf8(ctx.request.target)))},
                {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("links"), items}}}});
}

} // namespace sandbox

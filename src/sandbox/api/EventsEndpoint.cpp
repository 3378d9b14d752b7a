#include "Endpoints.h"
#include "EntityRoutes.h"
#include "EventFilter.h"
#include "EventRenderer.h"
#include "Responses.h"

#include <QDateTime>

namespace sandbox {

namespace {
constexpr int kMaxEventsLimit = 100;

QStringList withList(const PhpQuery &q)
{
    return q.values({QStringLiteral("with")});
}

HttpResponse eventTypesAnswer(RequestContext &ctx)
{
    QString lang = ctx.query.value({QStringLiteral("language_code")});
    if (lang.isEmpty())
        lang = QStringLiteral("ru");
    const QStringList langs = {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
    if (!langs.contains(lang))
        return validationFailed({requestErrors(QStringLiteral("0"), {fieldError(QStringLiteral("NotSupportedChoice"), QStringLiteral("language_code"),
                                                                               QStringLiteral("language_code must be one of en, es, ru, pt"))})});
    QJsonArray items;
    for (const EventTypeInfo &t : eventTypes()) {
        const char16_t *name = lang == u"ru" ? t.ru : lang == u"en" ? t.en : lang == u"es" ? t.es : t.pt;
        items.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(t.key)}, {QStringLiteral("type"), t.typeId},
                                 {QStringLiteral("lang"), QString::fromUtf16(name)}});
    }
    return hal({{QStringLiteral("_total_items"), items.size()},
                {QStringLiteral("_links"), selfLink(ctx.href(QString::fromUtf8(ctx.request.target)))},
                {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("events_types"), items}}}});
}
} // namespace

namespace {
EventRec &newEvent(AccountData &data, const QString &typeKey, EntityKind kind, int entityId, int userId)
{
    EventRec e;
    e.index = qint32(data.events.size());
    e.createdAt = qMax(QDateTime::currentSecsSinceEpoch(), data.events.empty() ? 0 : data.events.back().createdAt);
    e.typeIdx = quint8(eventTypeIndex(typeKey));
    e.entity = kind;
    e.entityId = entityId;
    e.createdBy = userId;
    data.events.push_back(e);
    return data.events.back();
}
} // namespace

EventRec &recordEvent(AccountData &data, const QString &typeKey, EntityKind kind, int entityId, int userId,
                      const WrittenEvent &values)
{
    EventRec &e = newEvent(data, typeKey, kind, entityId, userId);
    data.writtenEvents.insert(e.index, values);
    return e;
}

void appendEvent(AccountData &data, const QString &typeKey, EntityKind kind, int entityId, int userId, qint64 noteId)
{
    newEvent(data, typeKey, kind, entityId, userId).after0 = noteId;
}

HttpResponse handleEvents(RequestContext &ctx)
{
    if (ctx.segments.size() > 2)
        return problem(404, QStringLiteral("Not found"));
    if (ctx.request.method != "GET")
        return problem(405, QStringLiteral("Method not allowed"));
    if (ctx.segments.size() == 2 && ctx.segments[1] == u"types")
        return eventTypesAnswer(ctx);
    if (ctx.segments.size() == 2) {
        const qint32 index = ctx.data.eventIndexFromId(ctx.segments[1]);
        if (index < 0)
            return noContent();
        return hal(renderEvent(ctx, ctx.data.events[std::size_t(index)], withList(ctx.query)));
    }
    if (ctx.segments.size() != 1)
        return problem(404, QStringLiteral("Not found"));

    EventFilter filter;
    const QJsonArray errors = filter.parse(ctx.query, ctx.data);
    if (!errors.isEmpty())
        return validationFailed({requestErrors(QStringLiteral("0"), errors)});
    const PageRequest page = readPage(ctx.query, kMaxEventsLimit);
    const qint64 skip = qint64(page.page - 1) * page.limit;
    qint64 seen = 0;
    QJsonArray items;
    bool hasNext = false;
    const QStringList with = withList(ctx.query);
    const auto &events = ctx.data.events;
    for (auto it = events.rbegin(); it != events.rend(); ++it) { // newest first
        if (!filter.matches(ctx.data, *it))
            continue;
        if (seen++ < skip)
            continue;
        if (items.size() == page.limit) {
            hasNext = true;
            break;
        }
        items.append(renderEvent(ctx, *it, with));
    }
    if (items.isEmpty())
        return noContent();
    return hal(listBody(ctx, QStringLiteral("events"), items, page, hasNext));
}

} // namespace sandbox

#include "Endpoints.h"
#include "NoteRules.h"
#include "Responses.h"

#include <QDateTime>

namespace sandbox {

namespace {
constexpr int kMaxNotesLimit = 250;

QString noteHref(const RequestContext &ctx, EntityKind kind, const NoteRec &n)
{
    return ctx.href(QStringLiteral("/api/v4/%1/%2/notes/%3").arg(entityPluralName(kind)).arg(n.entityId).arg(n.id));
}

QJsonObject noteJson(const RequestContext &ctx, const NoteRec &n)
{
    return {{QStringLiteral("id"), n.id}, {QStringLiteral("entity_id"), n.entityId}, {QStringLiteral("created_by"), n.createdBy},
            {QStringLiteral("updated_by"), n.updatedBy}, {QStringLiteral("created_at"), n.createdAt},
            {QStringLiteral("updated_at"), n.updatedAt}, {QStringLiteral("responsible_user_id"), n.responsible},
            {QStringLiteral("group_id"), 0}, {QStringLiteral("note_type"), allNoteTypes().at(n.typeIdx)},
            {QStringLiteral("params"), ctx.data.noteParams(n)}, {QStringLiteral("account_id"), ctx.data.accountId},
            {QStringLiteral("_links"), selfLink(noteHref(ctx, n.entity, n))}};
}

NoteRec *findNote(AccountData &data, EntityKind kind, qint64 id, int entityId)
{
    const auto it = data.noteIndex.constFind(id);
    if (it == data.noteIndex.cend())
        return nullptr;
    NoteRec &n = data.notes[std::size_t(*it)];
    if (n.entity != kind || (entityId != 0 && n.entityId != entityId) || !data.entityExists(kind, n.entityId))
        return nullptr; // a deleted entity's notes went with it
    return &n;
}

HttpResponse listNotes(RequestContext &ctx, EntityKind kind, int entityId)
{
    const PhpQuery &q = ctx.query;
    const QString f = QStringLiteral("filter");
    QSet<qint64> ids, entityIds;
    for (const QString &v : q.values({f, QStringLiteral("id")}))
        ids.insert(v.toLongLong());
    for (const QString &v : q.values({f, QStringLiteral("entity_id")}))
        entityIds.insert(v.toLongLong());
    if (entityId != 0)
        entityIds = {entityId};
    const QStringList types = q.values({f, QStringLiteral("note_type")});
    qint64 from = 0, to = 0;
    const QString since = q.value({f, QStringLiteral("updated_at")});
    if (!since.isEmpty())
        from = since.toLongLong();
    if (!q.value({f, QStringLiteral("updated_at"), QStringLiteral("from")}).isEmpty())
        from = q.value({f, QStringLiteral("updated_at"), QStringLiteral("from")}).toLongLong();
    if (!q.value({f, QStringLiteral("updated_at"), QStringLiteral("to")}).isEmpty())
        to = q.value({f, QStringLiteral("updated_at"), QStringLiteral("to")}).toLongLong();
    QString orderField = QStringLiteral("id");
    bool descending = false;
    for (const QString &key : q.childKeys({QStringLiteral("order")})) {
        const QString dir = q.value({QStringLiteral("order"), key});
        if ((key != u"id" && key != u"updated_at") || (dir != u"asc" && dir != u"desc"))
            return validationFailed({requestErrors(QStringLiteral("0"), {fieldError(QStringLiteral("NotSupportedChoice"),
                                     QStringLiteral("order"), QStringLiteral("order by id or updated_at, asc or desc"))})});
        orderField = key;
        descending = dir == u"desc";
    }
    for (const QString &t : types) {
        if (!allNoteTypes().contains(t))
            return validationFailed({requestErrors(QStringLiteral("0"), {fieldError(QStringLiteral("NotSupportedChoice"),
                                     QStringLiteral("filter[note_type]"), QStringLiteral("Unknown note type: ") + t)})});
    }

    std::vector<const NoteRec *> hits;
    for (const NoteRec &n : ctx.data.notes) {
        if (n.entity != kind || (!ids.isEmpty() && !ids.contains(n.id)) || (!entityIds.isEmpty() && !entityIds.contains(n.entityId))
            || (!types.isEmpty() && !types.contains(allNoteTypes().at(n.typeIdx))) || (from && n.updatedAt < from) || (to && n.updatedAt > to)
            || !ctx.data.entityExists(kind, n.entityId))
            continue;
        hits.push_back(&n);
    }
    if (orderField == u"updated_at") {
        std::stable_sort(hits.begin(), hits.end(), [](const NoteRec *a, const NoteRec *b) { return a->updatedAt < b->updatedAt; });
    }
    if (descending)
        std::reverse(hits.begin(), hits.end());
    const PageRequest page = readPage(q, kMaxNotesLimit);
    const std::size_t start = std::size_t(page.page - 1) * std::size_t(page.limit);
    if (start >= hits.size())
        return noContent();
    QJsonArray items;
    for (std::size_t i = start; i < std::min(hits.size(), start + std::size_t(page.limit)); ++i)
        items.append(noteJson(ctx, *hits[i]));
    return hal(listBody(ctx, QStringLiteral("notes"), items, page, start + std::size_t(page.limit) < hits.size()));
}

QJsonArray checkPeople(const RequestContext &ctx, const QJsonObject &item)
{
    QJsonArray errors;
    for (const char *key : {"created_by", "responsible_user_id"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isUndefined() && !(v.isDouble() && (v.toInt() == 0 || ctx.data.user(v.toInt()))))
            errors.append(fieldError(QStringLiteral("NotFound"), QLatin1String(key), QStringLiteral("No such user in the account")));
    }
    const QJsonValue dp = item.value(QStringLiteral("is_need_to_trigger_digital_pipeline"));
    if (!dp.isUndefined() && !dp.isBool())
        errors.append(fieldError(QStringLiteral("InvalidType"), QStringLiteral("is_need_to_trigger_digital_pipeline"), QStringLiteral("This value should be of type bool.")));
    return errors;
}

QJsonArray itemsOf(const QJsonValue &body)
{
    return body.isArray() ? body.toArray() : QJsonArray{body};
}

HttpResponse addNotes(RequestContext &ctx, EntityKind kind, int pathEntityId)
{
    QJsonValue body;
    QString parseError;
    if (!readJsonBody(ctx.request, body, &parseError))
        return problem(400, parseError);
    const QJsonArray items = itemsOf(body);
    if (items.isEmpty())
        return problem(400, QStringLiteral("Request body is empty"));
    if (items.size() > kMaxWriteBatch)
        return problem(422, QStringLiteral("No more than 250 entities may be added at once"));
    QJsonArray validation;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        QJsonArray errors = checkNoteParams(item.value(QStringLiteral("note_type")).toString(), item.value(QStringLiteral("params")));
        const int entityId = pathEntityId != 0 ? pathEntityId : item.value(QStringLiteral("entity_id")).toInt();
        if (!ctx.data.entityExists(kind, entityId))
            errors.append(fieldError(QStringLiteral("NotFound"), QStringLiteral("entity_id"), QStringLiteral("Entity not found")));
        for (const QJsonValue &e : checkPeople(ctx, item))
            errors.append(e);
        if (!errors.isEmpty())
            validation.append(requestErrors(item.value(QStringLiteral("request_id")).toString(QString::number(i)), errors));
    }
    if (!validation.isEmpty())
        return validationFailed(validation);

    QJsonArray created;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        NoteRec n;
        n.id = ctx.data.nextNoteId++;
        n.entity = kind;
        n.entityId = pathEntityId != 0 ? pathEntityId : item.value(QStringLiteral("entity_id")).toInt();
        n.typeIdx = quint8(allNoteTypes().indexOf(item.value(QStringLiteral("note_type")).toString()));
        n.createdAt = n.updatedAt = now;
        n.createdBy = n.updatedBy = item.value(QStringLiteral("created_by")).toInt(ctx.userId);
        n.responsible = item.value(QStringLiteral("responsible_user_id")).toInt(n.createdBy);
        ctx.data.noteIndex.insert(n.id, qsizetype(ctx.data.notes.size()));
        ctx.data.notes.push_back(n);
        ctx.data.writtenParams.insert(n.id, paramsAsStored(allNoteTypes().at(n.typeIdx), item.value(QStringLiteral("params")).toObject()));
        appendEvent(ctx.data, noteEventType(allNoteTypes().at(n.typeIdx)), kind, n.entityId, n.createdBy, n.id);
        created.append(QJsonObject{{QStringLiteral("id"), n.id}, {QStringLiteral("entity_id"), n.entityId},
                                   {QStringLiteral("request_id"), item.value(QStringLiteral("request_id")).toString(QString::number(i))},
                                   {QStringLiteral("_links"), selfLink(noteHref(ctx, kind, n))}});
    }
    return hal({{QStringLiteral("_links"), selfLink(ctx.href(QString::fromUtf8(ctx.request.path)))},
                {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("notes"), created}}}});
}

HttpResponse editNotes(RequestContext &ctx, EntityKind kind, int pathEntityId, qint64 pathNoteId)
{
    QJsonValue body;
    QString parseError;
    if (!readJsonBody(ctx.request, body, &parseError))
        return problem(400, parseError);
    const bool single = pathNoteId != 0;
    if (single && !body.isObject())
        return problem(400, QStringLiteral("A single note is edited with one object"));
    QJsonArray items = itemsOf(body);
    if (items.isEmpty())
        return problem(400, QStringLiteral("Request body is empty"));
    if (items.size() > kMaxWriteBatch)
        return problem(422, QStringLiteral("No more than 250 entities may be edited at once"));
    QJsonArray validation;
    QList<NoteRec *> targets;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const qint64 id = single ? pathNoteId : item.value(QStringLiteral("id")).toInteger();
        const int entityId = pathEntityId != 0 ? pathEntityId : item.value(QStringLiteral("entity_id")).toInt();
        NoteRec *note = findNote(ctx.data, kind, id, entityId);
        QJsonArray errors;
        if (!note) {
            errors.append(fieldError(QStringLiteral("NotFound"), QStringLiteral("id"), QStringLiteral("Note not found")));
        } else {
            const QString type = item.value(QStringLiteral("note_type")).toString(allNoteTypes().at(note->typeIdx));
            const QJsonValue params = item.contains(QStringLiteral("params")) ? item.value(QStringLiteral("params")) : QJsonValue(ctx.data.noteParams(*note));
            errors = checkNoteParams(type, params);
        }
        for (const QJsonValue &e : checkPeople(ctx, item))
            errors.append(e);
        if (!errors.isEmpty())
            validation.append(requestErrors(item.value(QStringLiteral("request_id")).toString(QString::number(i)), errors));
        targets.append(note);
    }
    if (!validation.isEmpty())
        return validationFailed(validation);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray updated;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        NoteRec *n = targets[i];
        const QString type = item.value(QStringLiteral("note_type")).toString(allNoteTypes().at(n->typeIdx));
        if (item.contains(QStringLiteral("params")))
            ctx.data.writtenParams.insert(n->id, paramsAsStored(type, item.value(QStringLiteral("params")).toObject()));
        else
            ctx.data.writtenParams.insert(n->id, ctx.data.noteParams(*n));
        if (item.contains(QStringLiteral("note_type")))
            n->typeIdx = quint8(allNoteTypes().indexOf(item.value(QStringLiteral("note_type")).toString()));
        if (item.contains(QStringLiteral("responsible_user_id")))
            n->responsible = item.value(QStringLiteral("responsible_user_id")).toInt();
        n->updatedAt = now;
        n->updatedBy = ctx.userId;
        updated.append(QJsonObject{{QStringLiteral("id"), n->id}, {QStringLiteral("entity_id"), n->entityId},
                                   {QStringLiteral("updated_at"), n->updatedAt}, {QStringLiteral("_links"), selfLink(noteHref(ctx, kind, *n))}});
    }
    if (single)
        return hal(updated.first().toObject());
    return hal({{QStringLiteral("_links"), selfLink(ctx.href(QString::fromUtf8(ctx.request.path)))},
                {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("notes"), updated}}}});
}

} // namespace

// Paths: {entity}/notes[/{id}] and {entity}/{entity_id}/notes[/{id}]
HttpResponse handleNotes(RequestContext &ctx, EntityKind kind)
{
    const QStringList &s = ctx.segments;
    int entityId = 0;
    qint64 noteId = 0;
    bool ok = true;
    if (s.size() >= 3 && s[2] == u"notes") {
        entityId = s[1].toInt(&ok);
        if (s.size() == 4)
            noteId = s[3].toLongLong(&ok);
        else if (s.size() > 4)
            ok = false;
    } else if (s.size() >= 2 && s[1] == u"notes") {
        if (s.size() == 3)
            noteId = s[2].toLongLong(&ok);
        else if (s.size() > 3)
            ok = false;
    } else {
        ok = false;
    }
    if (!ok)
        return problem(404, QStringLiteral("Not found"));
    const QByteArray &m = ctx.request.method;
    if (m == "GET") {
        if (noteId == 0)
            return listNotes(ctx, kind, entityId);
        const NoteRec *n = findNote(ctx.data, kind, noteId, entityId);
        return n ? hal(noteJson(ctx, *n)) : noContent();
    }
    if (m == "POST" && noteId == 0)
        return addNotes(ctx, kind, entityId);
    if (m == "PATCH" && (noteId == 0 || entityId != 0))
        return editNotes(ctx, kind, entityId, noteId);
    return problem(405, QStringLiteral("Method not allowed"));
}

} // namespace sandbox

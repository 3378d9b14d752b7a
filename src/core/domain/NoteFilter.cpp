#include "NoteFilter.h"
#include "IdLists.h"

#include "api/QueryString.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(NoteFilter) };

QStringList numbers(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out;
}

} // namespace

bool NoteFilter::isEmpty() const
{
    return ids.isEmpty() && entityIds.isEmpty() && noteTypes.isEmpty() && updatedFrom == 0 && updatedTo == 0 && orderField.isEmpty();
}

ValidationIssues NoteFilter::check() const
{
    ValidationIssues issues;
    for (qint64 id : ids) {
        if (id <= 0)
            issues.append({QStringLiteral("filter[id]"), Tr::tr("%1 is not a note ID").arg(id)});
    }
    for (qint64 id : entityIds) {
        if (id <= 0)
            issues.append({QStringLiteral("filter[entity_id]"), Tr::tr("%1 is not an entity ID").arg(id)});
    }
    if (updatedFrom && updatedTo && updatedFrom > updatedTo)
        issues.append({QStringLiteral("filter[updated_at]"), Tr::tr("the start of the period is after its end")});
    if (!orderField.isEmpty() && orderField != u"updated_at" && orderField != u"id")
        issues.append({QStringLiteral("order"), Tr::tr("notes are ordered by updated_at or id only")});
    return issues;
}

QByteArray NoteFilter::toQuery() const
{
    QueryString q;
    const QString f = QStringLiteral("filter");
    if (!ids.isEmpty())
        q.addList({f, QStringLiteral("id")}, numbers(ids));
    if (!entityIds.isEmpty())
        q.addList({f, QStringLiteral("entity_id")}, numbers(entityIds));
    if (!noteTypes.isEmpty())
        q.addList({f, QStringLiteral("note_type")}, noteTypes);
    if (updatedFrom)
        q.add({f, QStringLiteral("updated_at"), QStringLiteral("from")}, QString::number(updatedFrom));
    if (updatedTo)
        q.add({f, QStringLiteral("updated_at"), QStringLiteral("to")}, QString::number(updatedTo));
    if (!orderField.isEmpty())
        q.add({QStringLiteral("order"), orderField}, descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    return q.encode();
}

QJsonObject NoteFilter::toJson() const
{
    return {{QStringLiteral("ids"), idsToJson(ids)}, {QStringLiteral("entity_ids"), idsToJson(entityIds)},
            {QStringLiteral("note_types"), QJsonArray::fromStringList(noteTypes)}, {QStringLiteral("updated_from"), updatedFrom},
            {QStringLiteral("updated_to"), updatedTo}, {QStringLiteral("order"), orderField}, {QStringLiteral("descending"), descending}};
}

NoteFilter NoteFilter::fromJson(const QJsonObject &json)
{
    NoteFilter f;
    f.ids = idsFromJson(json.value(QStringLiteral("ids")));
    f.entityIds = idsFromJson(json.value(QStringLiteral("entity_ids")));
    for (const QJsonValue &t : json.value(QStringLiteral("note_types")).toArray())
        f.noteTypes << t.toString();
    f.updatedFrom = json.value(QStringLiteral("updated_from")).toInteger();
    f.updatedTo = json.value(QStringLiteral("updated_to")).toInteger();
    f.orderField = json.value(QStringLiteral("order")).toString();
    f.descending = json.value(QStringLiteral("descending")).toBool();
    return f;
}

} // namespace amodesk

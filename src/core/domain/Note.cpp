#include "Note.h"

#include "WriteRules.h"

#include <QJsonDocument>

namespace amodesk {

Note Note::fromJson(const QJsonObject &json)
{
    Note n;
    n.id = json.value(QStringLiteral("id")).toInteger();
    n.entityId = json.value(QStringLiteral("entity_id")).toInteger();
    n.type = json.value(QStringLiteral("note_type")).toString();
    n.params = json.value(QStringLiteral("params")).toObject();
    n.createdBy = json.value(QStringLiteral("created_by")).toInteger();
    n.updatedBy = json.value(QStringLiteral("updated_by")).toInteger();
    n.responsibleUserId = json.value(QStringLiteral("responsible_user_id")).toInteger();
    n.createdAt = json.value(QStringLiteral("created_at")).toInteger();
    n.updatedAt = json.value(QStringLiteral("updated_at")).toInteger();
    n.raw = json;
    return n;
}

bool Note::isWritable() const
{
    return writableNoteTypes().contains(type);
}

QString Note::rawText() const
{
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented));
}

} // namespace amodesk

#include "NoteEdits.h"

namespace amodesk {

namespace {
const QString kId = QStringLiteral("id");
const QString kEntityId = QStringLiteral("entity_id");
const QString kType = QStringLiteral("note_type");
const QString kParams = QStringLiteral("params");
const QString kResponsible = QStringLiteral("responsible_user_id");
} // namespace

QJsonObject noteEditItem(const Note &original, const QJsonObject &edited, const QJsonObject &shown, bool batch,
                         bool paramsEditable)
{
    QJsonObject item{{kId, original.id}, {kEntityId, original.entityId}};
    if (!batch) {
        item.insert(kType, edited.value(kType));
        item.insert(kParams, edited.value(kParams));
    } else if (paramsEditable) {
        const QJsonObject &own = original.params;
        QJsonObject params = own;
        const QJsonObject now = edited.value(kParams).toObject();
        const QJsonObject before = shown.value(kParams).toObject();
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (before.value(it.key()) != it.value())
                params.insert(it.key(), it.value());
        }
        if (params != own) {
            item.insert(kType, original.type);
            item.insert(kParams, params);
        }
    }
    if (edited.contains(kResponsible) && edited.value(kResponsible) != shown.value(kResponsible))
        item.insert(kResponsible, edited.value(kResponsible));
    return item;
}

bool changesNote(const QJsonObject &editItem)
{
    return editItem.size() > 2;
}

} // namespace amodesk

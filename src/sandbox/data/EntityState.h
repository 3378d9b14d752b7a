#pragma once

#include "Catalog.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace sandbox {

// A link between two entities; catalog elements carry the list they belong to.
struct LinkRec {
    EntityKind kind = EntityKind::Lead;
    int id = 0;
    int catalogId = 0;
    bool operator==(const LinkRec &o) const { return kind == o.kind && id == o.id && catalogId == o.catalogId; }
};

// A lead, contact, company or customer as it is now: what the generated history left, then
// what writes over the API changed.
struct EntityRec {
    int id = 0;
    QString name;
    qint64 price = 0;                 // leads: budget; customers: next purchase
    int pipelineId = 0, statusId = 0; // leads: pipeline and stage; customers: stage only
    int responsible = 0, createdBy = 0, updatedBy = 0;
    qint64 createdAt = 0, updatedAt = 0, closedAt = 0;
    bool deleted = false;
    QMap<int, QJsonArray> fields; // field id -> values as the API lists them
    QList<int> tags;              // indices into AccountData::tags
    QList<LinkRec> links;
};

// Which entity types an entity of `from` may be linked to (the "Связи сущностей" page).
bool linkAllowed(EntityKind from, EntityKind to);

} // namespace sandbox

#pragma once

#include "RevertChange.h"

#include <QList>

// Links in a revert plan: a change of field "link:TYPE:ID" makes (restore true) or undoes the
// link of its entity to entity ID of TYPE, through …/link or …/unlink rather than a PATCH.
namespace amodesk {

bool isLinkField(const QString &field);
QString linkField(const QString &toType, qint64 toId);
QString linkedEntity(const QString &linkField); // "contacts:123", as Entity::links names it
QJsonObject linkTarget(const QString &linkField); // {to_entity_type, to_entity_id}: the change's patch

// The links the API makes from each type (amoCRM's "Связи сущностей" page): a lead to contacts
// and companies, a contact to companies and customers, a company to contacts, leads and
// customers, a customer to contacts and companies. The other way round, the link is made from
// the other side.
bool linkableFrom(const QString &from, const QString &to);

// A link has two sides: a lead's "contact linked" and that contact's "lead linked" are one link,
// put back once. The second side found is marked Already.
void markMirrorLinks(QList<RevertChange> &plan);

// One item of …/link or …/unlink, made from the side the API links from.
struct LinkItem {
    QString fromType; // the entity type whose …/link or …/unlink takes it
    bool link = true;
    QJsonObject json; // {entity_id, to_entity_id, to_entity_type}
};
LinkItem linkItem(const RevertChange &change);

} // namespace amodesk

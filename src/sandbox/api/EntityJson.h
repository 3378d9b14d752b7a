#pragma once

#include "RequestContext.h"

namespace sandbox {

// A lead, contact, company or customer as GET /api/v4/{entity_type} lists it. `with` adds the
// linked entities it names (contacts, leads, customers, companies) under _embedded.
QJsonObject entityJson(const RequestContext &ctx, EntityKind kind, const EntityRec &e, const QStringList &with);
QJsonObject tagJson(const AccountData &data, int index);
// {entity_id, entity_type, to_entity_id, to_entity_type, metadata} as the links methods answer.
QJsonObject linkJson(EntityKind kind, int id, const LinkRec &link);
QString entityHref(const RequestContext &ctx, EntityKind kind, int id);
// "catalog_elements" and the four entity types as links name them.
QString linkTypeName(EntityKind kind);
bool linkTypeFromName(const QString &name, EntityKind &kind);

} // namespace sandbox

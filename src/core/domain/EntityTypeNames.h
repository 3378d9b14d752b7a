#pragma once

#include <QString>

namespace amodesk {

// Entity types are named two ways by the API: plural in URLs (/api/v4/leads/notes) and singular
// in events (filter[entity]=lead). People type either; these give the one each place needs.

// leads, contacts, companies or customers for either form of those four; empty otherwise.
QString pluralEntityType(const QString &either);
// lead, contact, company or customer for either form of those four; anything else unchanged
// (task, catalog_ID).
QString singularEntityType(const QString &either);

} // namespace amodesk

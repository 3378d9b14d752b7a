#pragma once

#include "RequestContext.h"

namespace sandbox {

// PATCH /api/v4/{entity_type} (a batch; pathId 0) and /api/v4/{entity_type}/{id} (one object).
HttpResponse patchEntities(RequestContext &ctx, EntityKind kind, int pathId);
// POST /api/v4/{entity_type}/link|unlink, and /{entity_type}/{id}/link|unlink (pathId != 0).
HttpResponse changeLinks(RequestContext &ctx, EntityKind kind, int pathId, bool link);
// GET /api/v4/{entity_type}/{id}/links
HttpResponse listLinks(RequestContext &ctx, EntityKind kind, int id);

// Appends an event made by a write over the API, with its values as rendered, and returns it
// so that the caller can fill the numbers value filters compare.
EventRec &recordEvent(AccountData &data, const QString &typeKey, EntityKind kind, int entityId, int userId,
                      const WrittenEvent &values);

} // namespace sandbox

#pragma once

#include "RequestContext.h"

namespace sandbox {

// Each returns the answer for a request under /api/v4/ whose first segment it owns.
HttpResponse handleEvents(RequestContext &ctx);
HttpResponse handleNotes(RequestContext &ctx, EntityKind kind);
HttpResponse handleEntities(RequestContext &ctx, EntityKind kind); // leads, contacts, companies, customers
HttpResponse handleWidgets(RequestContext &ctx);
HttpResponse handleBotContinue(RequestContext &ctx);
HttpResponse handleLookups(RequestContext &ctx); // account, users, pipelines, statuses, custom fields

// Appends an event (the note events that writes cause), newest last.
void appendEvent(AccountData &data, const QString &typeKey, EntityKind kind, int entityId, int userId, qint64 noteId);

} // namespace sandbox

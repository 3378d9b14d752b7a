#pragma once

#include "api/ApiError.h"
#include "domain/Note.h"

#include <QList>
#include <functional>

class QObject;

namespace amodesk {

class ApiClient;

// Notes read by id, as they are now (what an edit checks against before it is queued; the
// notes themselves are written through the outbox). Answers once through `done`, unless
// `context` is gone by then.
class NotesService
{
public:
    explicit NotesService(ApiClient *api) : m_api(api) {}
    bool isReady() const { return m_api != nullptr; }

    // entityType: leads, contacts, companies or customers; at most 250 ids.
    void read(const QString &entityType, const QList<qint64> &ids, QObject *context,
              std::function<void(const QList<Note> &notes, const ApiError &error)> done) const;

private:
    ApiClient *m_api;
};

} // namespace amodesk

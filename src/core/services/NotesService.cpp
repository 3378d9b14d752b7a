#include "NotesService.h"

#include "ApiEndpoints.h"
#include "api/ApiClient.h"

namespace amodesk {

void NotesService::read(const QString &entityType, const QList<qint64> &ids, QObject *context,
                        std::function<void(const QList<Note> &, const ApiError &)> done) const
{
    ApiReply *reply = m_api->send(NotesApi::byIds(entityType, ids));
    QObject::connect(reply, &ApiReply::finished, context, [reply, done = std::move(done)] {
        QList<Note> notes;
        for (const QJsonObject &json : NotesApi::notesIn(reply->result()))
            notes.append(Note::fromJson(json));
        done(notes, reply->result().error);
    });
}

} // namespace amodesk

#include "services/NoteTexts.h"

#include "api/ApiClient.h"
#include "domain/EntityTypeNames.h"
#include "domain/WriteRules.h"
#include "services/ApiEndpoints.h"

namespace amodesk {

NoteTexts::NoteTexts(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
}

void NoteTexts::fetch(const QList<Event> &events)
{
    QHash<QString, QHash<qint64, QString>> byOwner; // leads -> note id -> event id
    for (const Event &e : events) {
        if (e.isAboutNote() && e.type != u"common_note_deleted")
            byOwner[pluralEntityType(e.entityType)].insert(e.after.first().id, e.id);
    }
    if (!m_api)
        return;
    for (auto owner = byOwner.cbegin(); owner != byOwner.cend(); ++owner) {
        const QHash<qint64, QString> eventOfNote = owner.value();
        ApiReply *reply = m_api->send(NotesApi::byIds(owner.key(), eventOfNote.keys()));
        ++m_requests;
        connect(reply, &ApiReply::finished, this, [this, reply, eventOfNote] {
            QHash<QString, QString> texts;
            if (!reply->result().ok()) {
                qWarning("note texts not read: %s", qPrintable(reply->result().error.message()));
            } else {
                for (const QJsonObject &n : NotesApi::notesIn(reply->result())) {
                    const QString eventId = eventOfNote.value(n[QStringLiteral("id")].toInteger());
                    const QString text = noteSummary(n[QStringLiteral("params")].toObject());
                    if (!eventId.isEmpty() && !text.isEmpty())
                        texts.insert(eventId, text);
                }
            }
            if (!texts.isEmpty())
                Q_EMIT arrived(texts);
            if (--m_requests == 0)
                Q_EMIT idle();
        });
    }
}

} // namespace amodesk

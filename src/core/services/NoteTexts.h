#pragma once

#include "domain/Event.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace amodesk {

class ApiClient;

// The texts of the notes that events point at (note_added and the like): one request per
// entity type for a batch of events (seed 004: filter[id]). What cannot be read leaves those
// events showing their note by number.
class NoteTexts : public QObject
{
    Q_OBJECT
public:
    explicit NoteTexts(ApiClient *api, QObject *parent = nullptr);

    void fetch(const QList<Event> &events);
    bool pending() const { return m_requests > 0; }

Q_SIGNALS:
    void arrived(const QHash<QString, QString> &textByEventId); // only texts that were found
    void idle();                                                // every request has answered

private:
    QPointer<ApiClient> m_api;
    int m_requests = 0;
};

} // namespace amodesk

#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace amodesk {

class ApiClient;

// Names of leads, contacts, companies and customers by id, fetched in batches from
// GET {entity_type}?filter[id][]=... as tables ask for them, and kept for the session.
class EntityNames : public QObject
{
    Q_OBJECT
public:
    explicit EntityNames(ApiClient *api, QObject *parent = nullptr);

    // The name if known; otherwise empty, and the id is fetched (arrived() follows).
    QString name(const QString &entityType, qint64 id);
    // Search by name or id: found() follows with (id, name) pairs.
    void search(const QString &entityType, const QString &text);
    // Names asked for and not answered yet.
    bool pending() const { return m_flushQueued || m_inFlight > 0; }

Q_SIGNALS:
    void arrived();
    void found(const QString &entityType, const QList<QPair<qint64, QString>> &entities);
    void idle(); // every name asked for has been answered (found or not)

private:
    void flush();

    ApiClient *m_api;
    QHash<QString, QHash<qint64, QString>> m_names;
    QHash<QString, QSet<qint64>> m_wanted;   // asked for, not requested yet
    QHash<QString, QSet<qint64>> m_requested;
    bool m_flushQueued = false;
    int m_inFlight = 0;
};

} // namespace amodesk

#pragma once

#include "api/ApiError.h"
#include "revert/RevertPlan.h"

#include <QObject>
#include <QPointer>

namespace amodesk {

class ApiClient;
class ApiReply;

// Reads entities by id as they are now, all pages at once within the account's request budget:
// what a plan is checked against. An entity the account does not return is left out (deleted).
class EntityReader : public QObject
{
    Q_OBJECT
public:
    explicit EntityReader(ApiClient *api, QObject *parent = nullptr);

    // type -> ids; with links, also what each is linked to (for changes of links only: it costs)
    void start(const QHash<QString, QList<qint64>> &wanted, bool withLinks = false);
    void cancel();
    const CurrentEntities &entities() const { return m_entities; }

Q_SIGNALS:
    void progress(int read, int total); // entities asked for so far, of all
    void finished(const amodesk::ApiError &error); // no error when every page was read

private:
    void answered(ApiReply *reply, const QString &type, int asked);

    ApiClient *m_api;
    CurrentEntities m_entities;
    QList<QPointer<ApiReply>> m_replies;
    ApiError m_error;
    int m_read = 0;
    int m_total = 0;
};

} // namespace amodesk

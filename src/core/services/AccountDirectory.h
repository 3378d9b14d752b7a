#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace amodesk {

class ApiClient;

// Names keyed by id, as (name, id) pairs in the order a picker lists them.
QList<QPair<QString, qint64>> sortedByName(const QHash<qint64, QString> &names);

// The names an account gives its ids: users, pipelines and their stages, customer stages,
// custom fields and their values, and event types in the interface language. Loaded once.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AccountDirectory(ApiClient *api, QObject *parent = nullptr);

    void load(const QString &language); // ends in loaded() or failed(); what did arrive is kept
    // The names as JSON, to keep beside the cached events so they read right offline too.
    QByteArray toJson() const;
    void restore(const QByteArray &json); // fills only what is not known yet
    bool isLoaded() const { return m_loaded; }
    QString language() const { return m_language; } // of the event type names, as load() was asked

    QString userName(qint64 id) const;
    QString pipelineName(qint64 id) const;
    QString leadStatusName(qint64 pipelineId, qint64 statusId) const;
    QString customerStatusName(qint64 id) const;
    QString fieldName(qint64 id) const;
    QString fieldType(qint64 id) const { return m_fieldTypes.value(id); } // text, numeric, select... as the API names it
    QString enumValue(qint64 enumId) const;
    QString eventTypeName(const QString &key) const; // the key itself when unknown
    QHash<QString, QString> eventTypeNames() const { return m_eventTypes; }
    QHash<qint64, QString> users() const { return m_users; }
    QHash<qint64, QString> pipelines() const { return m_pipelines; }
    QHash<qint64, QString> fields() const { return m_fields; }
    // The fields of one entity type (leads, contacts...), as loaded; empty when not known.
    QList<qint64> fieldIds(const QString &entityType) const { return m_fieldsByEntity.value(entityType); }
    QHash<qint64, QString> customerStatuses() const { return m_customerStatuses; }
    QList<QPair<qint64, QString>> fieldEnums(qint64 fieldId) const { return m_enumsByField.value(fieldId); }
    QList<QPair<qint64, QString>> leadStatuses(qint64 pipelineId) const;

Q_SIGNALS:
    void loaded();
    void failed(const amodesk::ApiError &error);

private:
    // Reads a directory list page by page, following "next", up to kMaxDirectoryPages pages.
    void fetch(const QString &path, const QByteArray &query, const QString &embedded, int limit,
               std::function<void(const QJsonArray &)> take);
    void done(const ApiError &error);

    ApiClient *m_api;
    int m_pending = 0;
    ApiError m_firstError;
    bool m_loaded = false;
    QString m_language;
    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_pipelines;
    QHash<QPair<qint64, qint64>, QString> m_leadStatuses;
    QHash<qint64, QList<QPair<qint64, QString>>> m_stagesByPipeline;
    QHash<qint64, QString> m_customerStatuses;
    QHash<qint64, QString> m_fields;
    QHash<qint64, QString> m_fieldTypes;
    QHash<QString, QList<qint64>> m_fieldsByEntity;
    QHash<qint64, QString> m_enums;
    QHash<qint64, QList<QPair<qint64, QString>>> m_enumsByField;
    QHash<QString, QString> m_eventTypes;
};

} // namespace amodesk

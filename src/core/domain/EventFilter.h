#pragma once

#include "Validation.h"
#include "api/QueryString.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace amodesk {

// filter[value_before] or filter[value_after] of GET /api/v4/events (seed 004).
struct EventValueFilter {
    struct LeadStatus { qint64 pipelineId = 0; qint64 statusId = 0; };
    QList<LeadStatus> leadsStatuses;      // lead_status_changed
    QList<qint64> customersStatuses;      // customer_status_changed
    QList<qint64> responsibleUserIds;     // entity_responsible_changed
    QList<qint64> customFieldEnumIds;     // custom_field_{ID}_value_changed, exactly one such type
    std::optional<QString> value;         // nps_rate_added, sale/name/ltv_field_changed, custom_field_value_changed

    bool isEmpty() const;
    void appendTo(QueryString &query, const QString &side) const;
};

// Every filter of GET /api/v4/events, checked against the documented limits before sending.
struct EventFilter {
    QStringList ids;
    std::optional<qint64> createdFrom, createdTo; // Unix seconds; only "from" is sent as the single form
    QList<qint64> createdBy;                       // at most 10
    QStringList entities;                          // lead, contact, company, customer, task, catalog_{ID}
    QList<qint64> entityIds;                       // at most 10, with exactly one entity
    QStringList types;
    EventValueFilter valueBefore, valueAfter;
    QStringList with;                              // contact_name, lead_name, ...

    static constexpr int kMaxUsers = 10;
    static constexpr int kMaxEntityIds = 10;
    static constexpr int kMaxLimit = 100;

    ValidationIssues validate() const;
    QJsonObject toJson() const;                 // to keep a filter under a name
    static EventFilter fromJson(const QJsonObject &json);
    bool operator==(const EventFilter &other) const { return toJson() == other.toJson(); }
    QueryString toQuery() const; // without page/limit
    static QStringList knownTypes();
    static QString fieldChangeType(qint64 fieldId);        // custom_field_{ID}_value_changed
    static qint64 fieldOfChangeType(const QString &type); // its field, 0 for another type
    static QString catalogEntity(qint64 catalogId);        // catalog_{ID}
    static qint64 catalogOf(const QString &entity);        // its list, 0 for another entity type
    static QStringList knownWith();
};

} // namespace amodesk

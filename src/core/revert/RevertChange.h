#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace amodesk {

// One change a revert makes: one field of one entity back to the value it had before the
// earliest of the selected events that touched it.
struct RevertChange {
    enum class State {
        Ready,       // the entity still holds what the last event left
        Conflict,    // changed since by someone else: skipped unless included
        Already,     // the entity already holds the value to restore
        Unsupported, // reason says why
    };
    QString entityType; // leads, contacts, companies or customers (the event's own type otherwise)
    qint64 entityId = 0;
    QString entityName;
    QString field;      // status, responsible_user_id, name, price, custom_field:ID, tag:NAME, or the event type
    QJsonValue restore; // as the plan prints it (see RevertPlan.cpp)
    QJsonValue current;
    QJsonValue expected; // what the last event left
    State state = State::Unsupported;
    QString reason;
    QStringList eventIds;
    QJsonObject patch; // what goes into the entity's PATCH item, beside its id

    static QString stateName(State state); // ready, conflict, already, unsupported
    QJsonObject toJson() const;   // as plans print it
    QJsonObject toRecord() const; // all of it, as the journal keeps it
    static RevertChange fromRecord(const QJsonObject &record);
};

} // namespace amodesk

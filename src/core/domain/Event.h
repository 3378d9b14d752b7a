#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace amodesk {

// One entry of value_before / value_after, in the structures seed 004 documents.
struct EventChange {
    enum class Kind {
        Note, TaskText, Helpbot, Transaction, NpsRate, Message, Tag, LeadStatus, CustomerStatus,
        Link, Unlink, ResponsibleUser, TaskDeadline, TaskType, CustomFieldValue, Sale, Name, Ltv,
        Unknown // kept raw: the API may send structures the documents do not list
    };
    Kind kind = Kind::Unknown;
    qint64 id = 0;         // note, helpbot, transaction, status, user, task type, linked entity, enum
    qint64 pipelineId = 0; // lead_status
    qint64 number = 0;     // nps rate, deadline timestamp, sale, ltv, field type
    qint64 fieldId = 0;    // custom_field_value
    bool hasEnum = false;
    QString text;          // task text, tag, message id, field text, name, linked entity type
    QJsonObject raw;

    static EventChange fromJson(const QJsonObject &entry);
    QString summary() const; // ids and values, no names: "status 142 (pipeline 13513)"
};

struct Event {
    QString id;
    QString type;
    qint64 entityId = 0;
    QString entityType;
    QString entityName;    // with=*_name
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 accountId = 0;
    qint64 linkedTalkContactId = 0; // chat messages found through their contact
    qint64 catalogId = 0;
    QList<EventChange> before;
    QList<EventChange> after;
    QJsonObject raw;
    QString noteText; // for events about a note: what the note says (kept by the cache, not sent by the API)

    static Event fromJson(const QJsonObject &json);
    // What keeps an object of the events list from being an event (no id, type or time); empty if nothing.
    static QString problemIn(const QJsonObject &json);
    bool isAboutNote() const; // value_after points at a note of a lead, contact, company or customer
    QString changeSummary() const; // "before → after"
};

} // namespace amodesk

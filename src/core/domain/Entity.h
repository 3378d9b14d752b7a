#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace amodesk {

// A lead, contact, company or customer as the API lists it now: the parts a revert or a bulk
// action reads and writes.
struct Entity {
    QString type; // leads, contacts, companies or customers
    qint64 id = 0;
    QString name;
    qint64 price = 0; // leads: price; customers: next_price
    qint64 pipelineId = 0, statusId = 0;
    qint64 responsibleUserId = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
    QHash<qint64, QJsonArray> fields; // field_id -> values as custom_fields_values lists them
    QStringList tags;                 // names
    QSet<QString> links;              // the entities it is linked to, as "contacts:123"
    QJsonObject raw;

    static Entity fromJson(const QJsonObject &json, const QString &type);
    static QString priceKey(const QString &type); // price, or next_price for customers
};

} // namespace amodesk

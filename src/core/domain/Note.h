#pragma once

#include <QJsonObject>

namespace amodesk {

// A note of a lead, contact, company or customer (seed 004). Its params differ by note_type
// and stay as the API sends them.
struct Note {
    qint64 id = 0;
    qint64 entityId = 0;
    QString type; // note_type
    QJsonObject params;
    qint64 createdBy = 0; // 0: a robot
    qint64 updatedBy = 0;
    qint64 responsibleUserId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QJsonObject raw; // as amoCRM sent it

    static Note fromJson(const QJsonObject &json);
    bool isNull() const { return id == 0; }
    bool isWritable() const; // of a type AmoDesk can add and edit
    QString rawText() const; // the whole note as indented JSON
};

} // namespace amodesk

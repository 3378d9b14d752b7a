#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace amodesk {

// Notes in words: the type's name, the entity type's name, and a one-line summary that fits
// the type (a call's direction, phone and length; an SMS's phone and text; a place...).
class NoteDescriber
{
    Q_DECLARE_TR_FUNCTIONS(NoteDescriber)
public:
    static QString typeName(const QString &noteType);    // the key itself when unknown
    static const QStringList &readOnlyTypes();           // listed by the API, not writable
    static QString entityTypeName(const QString &entityType, bool plural = false);
    static QString entityIdsLabel(const QString &entityType); // "Lead IDs"
    static QString summary(const QString &noteType, const QJsonObject &params);
    static QString duration(qint64 seconds);             // 1:05, 1:02:03

private:
    static QString mailSummary(const QJsonObject &params);
    static QString otherSummary(const QJsonObject &params);
};

} // namespace amodesk

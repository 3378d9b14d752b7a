#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace amodesk {

// Lists of ids as filters keep them (JSON arrays) and as people type them ("1, 2; 3").
QJsonArray idsToJson(const QList<qint64> &ids);
QList<qint64> idsFromJson(const QJsonValue &value);
// Positive whole numbers separated by commas, semicolons or spaces; false on anything else.
bool parseIdList(const QString &text, QList<qint64> &ids);
QString idListText(const QList<qint64> &ids); // "1, 2, 3"

} // namespace amodesk

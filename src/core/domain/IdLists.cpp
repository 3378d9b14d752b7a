#include "IdLists.h"

#include <QRegularExpression>
#include <QStringList>

namespace amodesk {

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> idsFromJson(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &id : value.toArray())
        out << id.toInteger();
    return out;
}

bool parseIdList(const QString &text, QList<qint64> &ids)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    ids.clear();
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        if (!ids.contains(id))
            ids << id;
    }
    return true;
}

QString idListText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

} // namespace amodesk

#include "FieldValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace amodesk {

namespace {
// Field types as events number them.
bool isDateType(qint64 code) { return code == 6 || code == 14 || code == 19; }
bool isChoiceType(qint64 code) { return code == 4 || code == 5 || code == 10; }

constexpr qint64 kNotIso = std::numeric_limits<qint64>::min();

qint64 isoSeconds(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]|$)"));
    if (!date.match(text).hasMatch())
        return kNotIso;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toSecsSinceEpoch() : kNotIso;
}

} // namespace

QJsonValue alignedFieldValues(const QJsonValue &restore, const QJsonValue &current)
{
    const QJsonValue now = current.toArray().isEmpty() ? QJsonValue() : current.toArray().first()[QStringLiteral("value")];
    if (!restore.isArray() || !(now.isDouble() || now.isBool()))
        return restore;
    QJsonArray out;
    for (const QJsonValue &item : restore.toArray()) {
        QJsonObject o = item.toObject();
        const QString text = o.value(QStringLiteral("value")).toString();
        if (now.isDouble() && isoSeconds(text) != kNotIso)
            o.insert(QStringLiteral("value"), isoSeconds(text));
        else if (now.isBool() && o.value(QStringLiteral("value")).isString())
            o.insert(QStringLiteral("value"), text == u"1" || text == u"true");
        out.append(o);
    }
    return out;
}

QJsonValue fieldValuesOf(const QList<EventChange> &side)
{
    QJsonArray out;
    for (const EventChange &c : side) {
        if (c.kind != EventChange::Kind::CustomFieldValue)
            continue;
        QJsonObject v;
        if (isChoiceType(c.number) && c.hasEnum) {
            v.insert(QStringLiteral("enum_id"), c.id);
            v.insert(QStringLiteral("value"), c.text); // kept to compare with; left out of the PATCH
        } else if (isDateType(c.number)) {
            bool number = false;
            const qint64 secs = c.text.toLongLong(&number);
            const QDateTime at = QDateTime::fromString(c.text, Qt::ISODate);
            v.insert(QStringLiteral("value"), number ? QJsonValue(secs) : at.isValid() ? QJsonValue(at.toSecsSinceEpoch()) : QJsonValue(c.text));
        } else if (c.number == 3) {
            v.insert(QStringLiteral("value"), c.text == u"1" || c.text == u"true");
        } else {
            v.insert(QStringLiteral("value"), c.text);
            if (c.hasEnum)
                v.insert(QStringLiteral("enum_id"), c.id);
        }
        out.append(v);
    }
    return out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out);
}

namespace {
// What two lists of field values are compared by: each value's text, its choice when it has none.
QStringList valueKeys(const QJsonValue &values)
{
    QStringList keys;
    for (const QJsonValue &item : values.toArray()) {
        const QJsonValue v = item[QStringLiteral("value")];
        QString key;
        if (v.isBool())
            key = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (v.isDouble())
            key = v.toDouble() == double(v.toInteger()) ? QString::number(v.toInteger()) : QString::number(v.toDouble());
        else if (const qint64 secs = isoSeconds(v.toString()); secs != kNotIso)
            key = QString::number(secs); // a date the event wrote out, the entity keeps as a timestamp
        else
            key = v.toString();
        if (key.isEmpty() && item[QStringLiteral("enum_id")].isDouble())
            key = QStringLiteral("enum:%1").arg(item[QStringLiteral("enum_id")].toInteger());
        keys << key;
    }
    keys.sort();
    return keys;
}

} // namespace

bool sameFieldValues(const QJsonValue &a, const QJsonValue &b)
{
    return valueKeys(a) == valueKeys(b);
}

} // namespace amodesk

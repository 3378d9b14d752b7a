#include "JsObjectWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace amodesk {

QString JsObjectWriter::string(const QString &text)
{
    QString out = QStringLiteral("'");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\'': out += QStringLiteral("\\'"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '<': out += QStringLiteral("\\x3C"); break; // no "</script>" inside a script element
        case 0x2028: out += QStringLiteral("\\u2028"); break;
        case 0x2029: out += QStringLiteral("\\u2029"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'\'';
}

QString JsObjectWriter::key(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    return identifier.match(name).hasMatch() ? name : string(name);
}

QString JsObjectWriter::literal(const QJsonValue &value, int indent)
{
    const QString pad(indent * 2, u' ');
    const QString inner((indent + 1) * 2, u' ');
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return string(value.toString());
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return QStringLiteral("[]");
        QString out = QStringLiteral("[\n");
        for (const QJsonValue &v : a)
            out += inner + literal(v, indent + 1) + QStringLiteral(",\n");
        return out + pad + u']';
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return QStringLiteral("{}");
        QString out = QStringLiteral("{\n");
        for (auto it = o.begin(); it != o.end(); ++it)
            out += inner + key(it.key()) + QStringLiteral(": ") + literal(it.value(), indent + 1) + QStringLiteral(",\n");
        return out + pad + u'}';
    }
    default: return QStringLiteral("null");
    }
}

} // namespace amodesk

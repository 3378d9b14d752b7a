#include "QueryString.h"

namespace amodesk {

void QueryString::add(const QStringList &path, const QString &value)
{
    m_params.append({path, value});
}

void QueryString::addList(const QStringList &path, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        add(path + QStringList{QString::number(i)}, values[i]);
}

QByteArray QueryString::urlencode(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = uchar(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.') {
            out += c;
        } else if (u == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray QueryString::encode() const
{
    QByteArray out;
    for (const auto &[path, value] : m_params) {
        if (!out.isEmpty())
            out += '&';
        QString key = path.value(0);
        for (qsizetype i = 1; i < path.size(); ++i)
            key += u'[' + path[i] + u']';
        out += urlencode(key) + '=' + urlencode(value);
    }
    return out;
}

} // namespace amodesk

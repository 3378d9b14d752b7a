#include "PhpQuery.h"

#include <QHash>
#include <QUrl>

namespace sandbox {

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    if (path.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (path[i] != prefix[i])
            return false;
    }
    return true;
}
} // namespace

PhpQuery::PhpQuery(const QByteArray &rawQuery)
{
    QHash<QString, int> nextIndex; // per parent path: PHP's next automatic key
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        QStringList path;
        const qsizetype open = key.indexOf(u'[');
        if (open <= 0) {
            path << key;
        } else {
            path << key.left(open);
            qsizetype pos = open;
            while (pos < key.size() && key[pos] == u'[') {
                const qsizetype close = key.indexOf(u']', pos);
                if (close < 0)
                    break;
                if (path.size() > kMaxNesting) { // read no further: the cost grew with the depth
                    m_tooDeep = key.left(open);
                    return;
                }
                path << key.mid(pos + 1, close - pos - 1);
                pos = close + 1;
            }
        }
        for (qsizetype i = 1; i < path.size(); ++i) {
            const QString parent = path.mid(0, i).join(QChar(0));
            bool numeric = false;
            const int n = path[i].toInt(&numeric);
            if (path[i].isEmpty()) {
                path[i] = QString::number(nextIndex.value(parent, 0));
                nextIndex[parent] = path[i].toInt() + 1;
            } else if (numeric && n >= nextIndex.value(parent, 0)) {
                nextIndex[parent] = n + 1;
            }
        }
        m_params.append({path, value});
    }
}

bool PhpQuery::has(const QStringList &prefix) const
{
    for (const Param &p : m_params) {
        if (startsWith(p.path, prefix))
            return true;
    }
    return false;
}

QStringList PhpQuery::values(const QStringList &prefix) const
{
    QStringList out;
    for (const Param &p : m_params) {
        if (!startsWith(p.path, prefix))
            continue;
        for (const QString &part : p.value.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

QString PhpQuery::value(const QStringList &prefix) const
{
    QString out;
    for (const Param &p : m_params) {
        if (p.path == prefix)
            out = p.value; // PHP keeps the last one
    }
    return out;
}

QMap<QString, QMap<QString, QString>> PhpQuery::groups(const QStringList &prefix) const
{
    QMap<QString, QMap<QString, QString>> out;
    for (const Param &p : m_params) {
        if (startsWith(p.path, prefix) && p.path.size() == prefix.size() + 2)
            out[p.path[prefix.size()]][p.path[prefix.size() + 1]] = p.value;
    }
    return out;
}

QStringList PhpQuery::childKeys(const QStringList &prefix) const
{
    QStringList out;
    for (const Param &p : m_params) {
        if (startsWith(p.path, prefix) && p.path.size() > prefix.size() && !out.contains(p.path[prefix.size()]))
            out << p.path[prefix.size()];
    }
    return out;
}

} // namespace sandbox

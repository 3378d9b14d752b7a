#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace amodesk {

// A query string encoded exactly as PHP's http_build_query() encodes the same nested array:
// keys as name[a][b], lists with explicit indices, urlencode() escaping (space as '+',
// everything but A-Z a-z 0-9 - _ . percent-encoded, brackets included).
class QueryString
{
public:
    void add(const QStringList &path, const QString &value);
    void add(const QString &key, const QString &value) { add(QStringList{key}, value); }
    void addList(const QStringList &path, const QStringList &values); // path[0]=..&path[1]=..
    bool isEmpty() const { return m_params.isEmpty(); }
    QByteArray encode() const;

    static QByteArray urlencode(const QString &text);

private:
    QList<QPair<QStringList, QString>> m_params;
};

} // namespace amodesk

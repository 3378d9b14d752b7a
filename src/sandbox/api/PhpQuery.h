#pragma once

#include <QList>
#include <QMap>
#include <QStringList>

namespace sandbox {

// A query string read the way PHP reads it into nested arrays: "filter[type][]=a" becomes the
// path {filter, type, 0}. Kept flat: each parameter is its path and its value.
class PhpQuery
{
public:
    explicit PhpQuery(const QByteArray &rawQuery);

    // PHP reads at most 64 levels of brackets (max_input_nesting_level); the service refuses a
    // deeper parameter. The parameter's name when one is deeper, else empty.
    static constexpr int kMaxNesting = 64;
    QString tooDeep() const { return m_tooDeep; }

    bool has(const QStringList &prefix) const;
    // Every value under prefix, comma lists split: "a,b", "x[]=a&x[]=b" and "x[0]=a" agree.
    QStringList values(const QStringList &prefix) const;
    QString value(const QStringList &prefix) const; // the single value at exactly prefix
    // The groups under prefix by their next key: leads_statuses[0][pipeline_id] -> {"0": {pipeline_id: ..}}
    QMap<QString, QMap<QString, QString>> groups(const QStringList &prefix) const;
    QStringList childKeys(const QStringList &prefix) const;

private:
    struct Param { QStringList path; QString value; };
    QList<Param> m_params;
    QString m_tooDeep;
};

} // namespace sandbox

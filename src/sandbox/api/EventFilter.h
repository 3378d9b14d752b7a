#pragma once

#include "PhpQuery.h"
#include "data/AccountData.h"

#include <QJsonArray>
#include <QSet>
#include <optional>

namespace sandbox {

// filter[...] of GET /api/v4/events, read and checked against the limits of seed 004.
class EventFilter
{
public:
    // Returns the validation errors; empty when the filter is acceptable.
    QJsonArray parse(const PhpQuery &query, const AccountData &data);
    bool matches(const AccountData &data, const EventRec &event) const;

private:
    struct ValueFilter {
        QList<QPair<qint64, qint64>> leadStatuses; // pipeline (0 = any), status
        QSet<qint64> customerStatuses;
        QSet<qint64> responsibles;
        QSet<qint64> fieldEnums;
        std::optional<QString> value;
        bool any() const;
    };
    QJsonArray parseValueFilter(const PhpQuery &query, const QString &side, ValueFilter &out);
    bool matchesValue(const AccountData &data, const EventRec &e, const ValueFilter &f, bool after) const;

    std::optional<QSet<qint32>> m_indices;
    std::optional<qint64> m_from, m_to;
    QSet<qint64> m_createdBy;
    QSet<int> m_entityKinds;
    QSet<int> m_catalogIds;
    QSet<qint64> m_entityIds;
    QSet<int> m_types;
    int m_customFieldType = 0; // custom_field_{ID}_value_changed: the field ID
    ValueFilter m_before, m_after;
};

} // namespace sandbox

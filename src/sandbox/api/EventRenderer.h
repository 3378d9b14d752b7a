#pragma once

#include "RequestContext.h"

namespace sandbox {

// The JSON of one event: value_before/value_after in the structure seed 004 documents for its type.
QJsonObject renderEvent(const RequestContext &ctx, const EventRec &event, const QStringList &with);

// The comparable "value" of a side for filter[value_*][value] (sale, name, ltv, NPS, field text).
QString eventSideValue(const AccountData &data, const EventRec &event, bool after);

// One entry of a custom_field_value_changed side: {"custom_field_value": {field_id, field_type, enum_id, text}}.
QJsonObject customFieldEventItem(const CustomField &field, qint64 enumId, const QString &text);

} // namespace sandbox

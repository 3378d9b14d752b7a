#pragma once

#include "domain/Event.h"

#include <QJsonValue>

// A custom field's values in a revert plan, as the API takes them ([{value, enum_id?}]).
namespace amodesk {

// From an event's side of custom_field_value entries (null when the side has none).
QJsonValue fieldValuesOf(const QList<EventChange> &side);
// The values to restore in the JSON types the entity's field holds now: a date an event wrote
// out as text goes back as a timestamp, a checkbox's "1" as true.
QJsonValue alignedFieldValues(const QJsonValue &restore, const QJsonValue &current);
// Whether two lists hold the same values, whatever their order and the types they are written in.
bool sameFieldValues(const QJsonValue &a, const QJsonValue &b);

} // namespace amodesk

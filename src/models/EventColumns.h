#pragma once

#include "describe/EventDescriber.h"

#include <QVariant>

namespace amodesk {

// What both event models show, column by column, and the roles the pane relies on.
namespace EventColumns {
enum Column { Time, Type, Entity, Author, Change, Count };
enum Role { CreatedAtRole = Qt::UserRole + 1, EventIdRole, SearchTextRole, HighlightRole };

QVariant data(const Event &e, int column, int role, const EventDescriber &describer, bool highlighted);
QVariant header(int section, int role);
QString searchText(const Event &e, const EventDescriber &describer); // the words the cache indexes
} // namespace EventColumns

// A model whose rows are events: what the detail panel and export read from.
class EventRows
{
public:
    virtual ~EventRows() = default;
    virtual const Event &eventAt(int row) const = 0;
    virtual const EventDescriber &describer() const = 0;
};

} // namespace amodesk

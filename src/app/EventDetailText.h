#pragma once

#include <QCoreApplication>
#include <QString>

namespace amodesk {

struct Event;
class EventDescriber;

// All of one event for the detail under the Events table, as HTML: when, the entity (a link to
// its card when the account's address is known), the author, before and after, the ids, and the
// event as amoCRM sent it.
class EventDetailText
{
    Q_DECLARE_TR_FUNCTIONS(EventDetailText)
public:
    static QString html(const Event &e, const EventDescriber &d, const QString &baseUrl);
};

} // namespace amodesk

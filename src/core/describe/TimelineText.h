#pragma once

#include "history/EntityTimeline.h"

#include <QCoreApplication>
#include <QStringList>

namespace amodesk {

class EventDescriber;

// An entry of an entity's history in words, as the app's table and the CLI's rows show it: when,
// who, what happened (the event type's or note type's name) and its details, in names.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    explicit TimelineText(const EventDescriber &describer) : m_describer(describer) {}

    static QStringList columns(); // Time, Author, What, Details
    QString author(const TimelineItem &item) const;
    QString what(const TimelineItem &item) const;
    QString details(const TimelineItem &item) const;
    QStringList row(const TimelineItem &item) const; // time in the tables' short form

private:
    const EventDescriber &m_describer;
};

} // namespace amodesk

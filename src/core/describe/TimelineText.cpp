#include "TimelineText.h"

#include "describe/EventDescriber.h"
#include "describe/NoteDescriber.h"
#include "domain/TimeText.h"

namespace amodesk {

QStringList TimelineText::columns()
{
    return {tr("Time"), tr("Author"), tr("What"), tr("Details")};
}

QString TimelineText::author(const TimelineItem &item) const
{
    if (item.kind == TimelineItem::Kind::Event)
        return m_describer.author(item.event);
    Event byWhom; // a note's author is named as an event's
    byWhom.createdBy = item.createdBy;
    return m_describer.author(byWhom);
}

QString TimelineText::what(const TimelineItem &item) const
{
    return item.kind == TimelineItem::Kind::Event ? m_describer.typeName(item.event) : NoteDescriber::typeName(item.type);
}

QString TimelineText::details(const TimelineItem &item) const
{
    if (item.kind == TimelineItem::Kind::Event)
        return m_describer.change(item.event);
    return NoteDescriber::summary(item.type, item.raw.value(QStringLiteral("params")).toObject());
}

QStringList TimelineText::row(const TimelineItem &item) const
{
    return {shortTime(item.createdAt), author(item), what(item), details(item)};
}

} // namespace amodesk

#include "FilterChips.h"

#include "describe/EventDescriber.h"
#include "domain/IdLists.h"
#include "domain/TimeText.h"
#include "services/AccountDirectory.h"

#include <QCoreApplication>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(FilterChips) };

QString userName(const AccountDirectory *d, qint64 id)
{
    const QString name = d ? d->userName(id) : QString();
    return name.isEmpty() ? Tr::tr("user #%1").arg(id) : name;
}
} // namespace

QList<FilterChip> filterChips(const EventFilter &filter, const AccountDirectory *d)
{
    QList<FilterChip> chips;
    for (const QString &t : filter.types)
        chips.append({d ? d->eventTypeName(t) : t, [t](EventFilter &f) { f.types.removeAll(t); }});
    for (const QString &e : filter.entities)
        chips.append({EventDescriber::entityTypeName(e), [e](EventFilter &f) { f.entities.removeAll(e); }});
    if (!filter.entityIds.isEmpty())
        chips.append({Tr::tr("IDs %1").arg(idListText(filter.entityIds)), [](EventFilter &f) { f.entityIds.clear(); }});
    for (qint64 u : filter.createdBy)
        chips.append({userName(d, u), [u](EventFilter &f) { f.createdBy.removeAll(u); }});
    if (filter.createdFrom)
        chips.append({Tr::tr("from %1").arg(shortTime(*filter.createdFrom)),
                      [](EventFilter &f) { f.createdFrom.reset(); }});
    if (filter.createdTo)
        chips.append({Tr::tr("to %1").arg(shortTime(*filter.createdTo)),
                      [](EventFilter &f) { f.createdTo.reset(); }});
    if (!filter.ids.isEmpty())
        chips.append({Tr::tr("%n event(s) by ID", nullptr, int(filter.ids.size())), [](EventFilter &f) { f.ids.clear(); }});
    auto valueText = [d](const EventValueFilter &v) {
        QStringList parts;
        for (const auto &s : v.leadsStatuses) {
            const QString name = d ? d->leadStatusName(s.pipelineId, s.statusId) : QString();
            parts << (name.isEmpty() ? QString::number(s.statusId) : name);
        }
        for (qint64 id : v.customersStatuses)
            parts << (d && !d->customerStatusName(id).isEmpty() ? d->customerStatusName(id) : QString::number(id));
        for (qint64 id : v.responsibleUserIds)
            parts << userName(d, id);
        for (qint64 id : v.customFieldEnumIds)
            parts << (d && !d->enumValue(id).isEmpty() ? d->enumValue(id) : QString::number(id));
        if (v.value)
            parts << *v.value;
        return parts.join(QStringLiteral(", "));
    };
    if (!filter.valueBefore.isEmpty())
        chips.append({Tr::tr("before: %1").arg(valueText(filter.valueBefore)), [](EventFilter &f) { f.valueBefore = {}; }});
    if (!filter.valueAfter.isEmpty())
        chips.append({Tr::tr("after: %1").arg(valueText(filter.valueAfter)), [](EventFilter &f) { f.valueAfter = {}; }});
    return chips;
}

} // namespace amodesk

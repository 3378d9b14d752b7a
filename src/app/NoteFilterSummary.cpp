#include "NoteFilterSummary.h"

#include "describe/NoteDescriber.h"
#include "domain/TimeText.h"

namespace amodesk {

QString NoteFilterSummary::text(const NoteFilter &f)
{
    QStringList parts;
    if (!f.noteTypes.isEmpty()) {
        QStringList names;
        for (const QString &t : f.noteTypes)
            names << NoteDescriber::typeName(t);
        parts << tr("types: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.entityIds.isEmpty())
        parts << tr("%n entity ID(s)", nullptr, int(f.entityIds.size()));
    if (!f.ids.isEmpty())
        parts << tr("%n note ID(s)", nullptr, int(f.ids.size()));
    if (f.updatedFrom)
        parts << tr("changed from %1").arg(shortTime(f.updatedFrom));
    if (f.updatedTo)
        parts << tr("changed until %1").arg(shortTime(f.updatedTo));
    QString order = tr("in the API's order");
    if (f.orderField == u"id")
        order = f.descending ? tr("newest first") : tr("oldest first");
    else if (f.orderField == u"updated_at")
        order = f.descending ? tr("last changed first") : tr("least recently changed first");
    return parts.isEmpty() ? tr("All notes of these entities, %1").arg(order)
                           : tr("Filter: %1; %2").arg(parts.join(QStringLiteral("; ")), order);
}

} // namespace amodesk

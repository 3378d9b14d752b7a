#include "Validation.h"

#include <QStringList>

namespace amodesk {

QString describe(const ValidationIssues &issues)
{
    QStringList parts;
    for (const ValidationIssue &i : issues)
        parts << (i.field.isEmpty() ? i.message : i.field + QStringLiteral(": ") + i.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace amodesk

#pragma once

#include <QList>
#include <QString>

namespace amodesk {

// A problem with what the user asked for, found before anything is sent: the field it is in
// (as the API names it, e.g. "filter[created_by]" or "params.phone") and what is wrong.
struct ValidationIssue {
    QString field;
    QString message;
};

using ValidationIssues = QList<ValidationIssue>;

QString describe(const ValidationIssues &issues); // "field: message; field: message"

} // namespace amodesk

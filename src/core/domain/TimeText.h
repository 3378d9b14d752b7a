#pragma once

#include <QDate>
#include <QString>

namespace amodesk {

// Times as AmoDesk writes them: for people, one format per length in the user's locale (a
// four-digit year, so "11/1/26" cannot be misread); for programs (exports, the CLI), ISO 8601
// in local time with its offset.
QString isoTime(qint64 secondsSinceEpoch);  // 2026-11-01T12:00:00+03:00

// How the short format reads: the locale's, or ISO 8601 (2026-11-01 12:00) whatever the locale.
enum class DateStyle { Locale, Iso };
void setDateStyle(DateStyle style);
DateStyle dateStyle();
QString shortTimeFormat();                  // M/d/yyyy h:mm AP, dd.MM.yyyy HH:mm, ...
QString shortTime(qint64 secondsSinceEpoch); // tables, chips, labels
QString longTime(qint64 secondsSinceEpoch);  // details: the long date and the time to the second
QString dayAndMonth(const QDate &date);     // chart labels: 11/1, 01.11

} // namespace amodesk

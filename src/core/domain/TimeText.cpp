#include "TimeText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace amodesk {

namespace {
DateStyle g_style = DateStyle::Locale;

QString shortDateFormat()
{
    if (g_style == DateStyle::Iso)
        return QStringLiteral("yyyy-MM-dd");
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QStringLiteral("yyyy")))
        f.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return f;
}
} // namespace

QString isoTime(qint64 secondsSinceEpoch)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

void setDateStyle(DateStyle style) { g_style = style; }

DateStyle dateStyle() { return g_style; }

QString shortTimeFormat()
{
    return shortDateFormat() + u' ' + (g_style == DateStyle::Iso ? QStringLiteral("HH:mm") : QLocale().timeFormat(QLocale::ShortFormat));
}

QString shortTime(qint64 secondsSinceEpoch) { return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch), shortTimeFormat()); }

QString longTime(qint64 secondsSinceEpoch)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch);
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    if (!time.contains(QStringLiteral("ss")))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return QLocale().toString(t.date(), QLocale::LongFormat) + QStringLiteral(", ") + QLocale().toString(t.time(), time);
}

QString dayAndMonth(const QDate &date)
{
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*$|^y+[^dM]*"));
    return QLocale().toString(date, shortDateFormat().remove(year));
}

} // namespace amodesk

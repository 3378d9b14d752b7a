#include "SavedEventFilters.h"

#include "JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace amodesk {

QString SavedEventFilters::group() const { return QStringLiteral("events/saved_filters/") + m_accountId; }

QStringList SavedEventFilters::names() const
{
    QSettings settings;
    settings.beginGroup(group());
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

EventFilter SavedEventFilters::load(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(group());
    return EventFilter::fromJson(parseJson(settings.value(name).toString().toUtf8()).value.toObject());
}

void SavedEventFilters::save(const QString &name, const EventFilter &filter)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(name, QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
}

void SavedEventFilters::remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.remove(name);
}

} // namespace amodesk

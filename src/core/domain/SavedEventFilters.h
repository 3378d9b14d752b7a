#pragma once

#include "EventFilter.h"

#include <QStringList>

namespace amodesk {

// The event filters an admin saved under a name, per account, in the settings.
class SavedEventFilters
{
public:
    explicit SavedEventFilters(const QString &accountId) : m_accountId(accountId) {}

    QStringList names() const; // sorted, ignoring case
    EventFilter load(const QString &name) const;
    void save(const QString &name, const EventFilter &filter);
    void remove(const QString &name);

private:
    QString group() const;
    QString m_accountId;
};

} // namespace amodesk

#pragma once

#include "Account.h"

#include <QList>

namespace amodesk {

// The accounts' non-secret metadata in QSettings. Session-only accounts are never saved.
class AccountStore
{
public:
    QList<Account> all() const;
    std::optional<Account> byName(const QString &name) const;
    std::optional<Account> lastUsed() const;
    void save(const Account &account);
    void remove(const QString &id);
    void touch(const QString &id); // marks it the last used
};

} // namespace amodesk

#pragma once

#include "revert/RevertPlan.h"

#include <QCoreApplication>

namespace amodesk {

class AccountDirectory;
class EntityNames;

// A planned change in words, for the app's plan table and the CLI's rows alike: the field by its
// name (Stage, Responsible user, a custom field's name, Tag "VIP"), and a value in names
// (Pipeline › Stage, a user's name, a choice's text, a date), never a raw id where the account
// has a name. Without a directory, ids.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
public:
    explicit ChangeText(const AccountDirectory *directory) : m_directory(directory) {}
    void setEntityNames(EntityNames *names) { m_names = names; } // names what a link links to; without, its id

    QString field(const RevertChange &change) const;
    QString value(const RevertChange &change, const QJsonValue &value) const;

private:
    const AccountDirectory *m_directory;
    EntityNames *m_names = nullptr;
};

} // namespace amodesk

#pragma once

#include "button/ChatButtonConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace amodesk {

// An account's website-button configurations on disk: named presets (one JSON file each, in
// localstore::buttonPresetDir) and the draft, what was last typed whether saved or not.
// localstore::purgeAccount removes both.
class ButtonPresets
{
    Q_DECLARE_TR_FUNCTIONS(ButtonPresets)
public:
    explicit ButtonPresets(const QString &accountId) : m_accountId(accountId) {}

    QStringList names() const; // by name
    // The name it was saved under (made safe for a file name); empty with *error set on failure.
    QString save(const QString &name, const ChatButtonConfig &config, QString *error) const;
    bool load(const QString &name, ChatButtonConfig &config, QString *error) const;

    void saveDraft(const ChatButtonConfig &config) const;
    ChatButtonConfig draft() const; // the default configuration when there is none, or it no longer reads

private:
    QString fileOf(const QString &name) const;
    QString m_accountId;
};

} // namespace amodesk

#include "button/ButtonPresets.h"

#include "AppInfo.h"
#include "button/ButtonConfigReader.h"
#include "domain/JsonText.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>

namespace amodesk {

namespace {
QString draftKey(const QString &accountId)
{
    return QStringLiteral("button/") + accountId + QStringLiteral("/draft");
}
} // namespace

QString ButtonPresets::fileOf(const QString &name) const
{
    return localstore::buttonPresetDir(m_accountId) + u'/' + safeFileName(name) + QStringLiteral(".json");
}

QStringList ButtonPresets::names() const
{
    QStringList out;
    const auto files = QDir(localstore::buttonPresetDir(m_accountId)).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files)
        out << fi.completeBaseName();
    return out;
}

QString ButtonPresets::save(const QString &name, const ChatButtonConfig &config, QString *error) const
{
    const QString clean = safeFileName(name);
    if (clean.isEmpty()) {
        *error = tr("a preset needs a name");
        return {};
    }
    QDir().mkpath(localstore::buttonPresetDir(m_accountId));
    QFile f(fileOf(clean));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented)) < 0) {
        *error = f.errorString();
        return {};
    }
    return clean;
}

bool ButtonPresets::load(const QString &name, ChatButtonConfig &config, QString *error) const
{
    QFile f(fileOf(name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return readButtonConfig(parseJson(f.readAll()).value.toObject(), config, error);
}

void ButtonPresets::saveDraft(const ChatButtonConfig &config) const
{
    QSettings().setValue(draftKey(m_accountId), QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
}

ChatButtonConfig ButtonPresets::draft() const
{
    ChatButtonConfig out;
    const QByteArray saved = QSettings().value(draftKey(m_accountId)).toByteArray();
    // A draft that no longer reads (written by another version) is dropped, not shown in part.
    if (!saved.isEmpty() && !readButtonConfig(parseJson(saved).value.toObject(), out, nullptr))
        out = {};
    return out;
}

} // namespace amodesk

#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace amodesk {

// Where secrets (tokens, client secrets, widget passwords) are kept. Nothing else may hold
// them beyond memory: not QSettings, not the cache, not a log.
class SecretVault : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    using Found = std::function<void(std::optional<QString> value, const QString &error)>; // nullopt, no error: not there

    using QObject::QObject;
    virtual void write(const QString &key, const QString &value, Done done) = 0;
    virtual void read(const QString &key, Found found) = 0;
    virtual void remove(const QString &key, Done done) = 0;
    virtual bool isPersistent() const = 0;
};

// The OS keychain through QtKeychain: Secret Service, macOS Keychain, Windows Credential Manager.
class KeychainVault : public SecretVault
{
    Q_OBJECT
public:
    explicit KeychainVault(QObject *parent = nullptr);
    void write(const QString &key, const QString &value, Done done) override;
    void read(const QString &key, Found found) override;
    void remove(const QString &key, Done done) override;
    bool isPersistent() const override { return true; }

    // Writes and deletes a probe entry: QtKeychain 0.13 cannot say whether a keychain exists.
    void probe(Done done);
};

// Session-only mode: secrets live in this process and die with it.
class MemoryVault : public SecretVault
{
    Q_OBJECT
public:
    using SecretVault::SecretVault;
    void write(const QString &key, const QString &value, Done done) override;
    void read(const QString &key, Found found) override;
    void remove(const QString &key, Done done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace amodesk

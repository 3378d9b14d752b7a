#include "SecretVault.h"

#include "log/SecretRedactor.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace amodesk {

namespace {
const QString kService = QStringLiteral("AmoDesk");
struct Tr { Q_DECLARE_TR_FUNCTIONS(SecretVault) };

template <typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setInsecureFallback(false); // never plain text on disk
    return job;
}
// QtKeychain's own messages are English only (Debian ships no catalogue for them): its error
// codes are put into words here, its text kept only for the codes it does not explain.
QString keychainProblem(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser: return Tr::tr("access was refused in the keychain's prompt");
    case QKeychain::AccessDenied: return Tr::tr("the keychain refused access; it may be locked");
    case QKeychain::NoBackendAvailable: return Tr::tr("no keychain service is running");
    case QKeychain::NotImplemented: return Tr::tr("this keychain cannot do that");
    case QKeychain::CouldNotDeleteEntry: return Tr::tr("the entry could not be deleted");
    case QKeychain::EntryNotFound: return Tr::tr("there is no such entry");
    default: return job->errorString();
    }
}
} // namespace

KeychainVault::KeychainVault(QObject *parent) : SecretVault(parent) {}

void KeychainVault::write(const QString &key, const QString &value, Done done)
{
    SecretRedactor::instance().add(value);
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : Tr::tr("the system keychain refused to save a secret: %1").arg(keychainProblem(j)));
    });
    job->start();
}

void KeychainVault::read(const QString &key, Found found)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [found](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError) {
            SecretRedactor::instance().add(read->textData());
            found(read->textData(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            found(std::nullopt, {});
        } else {
            found(std::nullopt, Tr::tr("the system keychain could not be read: %1").arg(keychainProblem(j)));
        }
    });
    job->start();
}

void KeychainVault::remove(const QString &key, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : Tr::tr("the system keychain could not delete a secret: %1").arg(keychainProblem(j)));
    });
    job->start();
}

void KeychainVault::probe(Done done)
{
    const QString key = QStringLiteral("amodesk-probe");
    write(key, QStringLiteral("probe"), [this, key, done](bool ok, const QString &error) {
        if (!ok) {
            done(false, Tr::tr("No system keychain is available (%1). AmoDesk keeps tokens only in the keychain; "
                               "without one they can be kept for this session only.").arg(error));
            return;
        }
        remove(key, done);
    });
}

void MemoryVault::write(const QString &key, const QString &value, Done done)
{
    SecretRedactor::instance().add(value);
    m_secrets.insert(key, value);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

void MemoryVault::read(const QString &key, Found found)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> value = it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it);
    QTimer::singleShot(0, this, [found, value] { found(value, {}); });
}

void MemoryVault::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

} // namespace amodesk

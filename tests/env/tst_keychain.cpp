// The OS keychain the suite runs with is the real Secret Service (gnome-keyring in a private
// D-Bus session, see scripts/test). A secret written through QtKeychain comes back, exists in
// no file in plain text, and is gone after deletion.
#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {
const QString kService = QStringLiteral("amodesk-test");

QKeychain::Error run(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error();
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList roots = {QDir::homePath(), qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                               qEnvironmentVariable("XDG_CACHE_HOME")};
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 50 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
    }
    return hits;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretServiceRoundTrip()
    {
        const QString secret = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QKeychain::WritePasswordJob write(kService);
        write.setKey(QStringLiteral("roundtrip"));
        write.setTextData(secret);
        QCOMPARE(run(write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(kService);
        read.setKey(QStringLiteral("roundtrip"));
        QCOMPARE(run(read), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QVERIFY2(filesContaining(secret.toUtf8()).isEmpty(), qPrintable(filesContaining(secret.toUtf8()).join(u' ')));

        QKeychain::DeletePasswordJob erase(kService);
        erase.setKey(QStringLiteral("roundtrip"));
        QCOMPARE(run(erase), QKeychain::NoError);
        QKeychain::ReadPasswordJob again(kService);
        again.setKey(QStringLiteral("roundtrip"));
        QCOMPARE(run(again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

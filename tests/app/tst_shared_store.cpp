// The app and amodesk-cli keep one store: the real main window (in this process, named as the
// app names itself) and the real amodesk-cli beside it, with the same settings and data folders
// and the real Secret Service.
#include "Child.h"
#include "WindowParts.h"
#include "AccountListModel.h"
#include "AddAccountDialog.h"
#include "AppInfo.h"
#include "CliRun.h"
#include "EventsPane.h"
#include "HttpProbe.h"
#include "KeychainRead.h"
#include "MainWindow.h"
#include "NextDialog.h"
#include "NotesPane.h"
#include "SandboxProcess.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"
#include "services/AccountContext.h"
#include "cache/EventCache.h"
#include "outbox/NoteOutbox.h"
#include "store/LocalStore.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using amodesk::AccountStore;
using testing::child;
using amodesk::EventCache;
using amodesk::MainWindow;
using amodesk::NoteOutbox;
using amodesk::OutboxItem;
using testing::CliRun;
using testing::SandboxProcess;

namespace {
QStringList accountNames(const CliRun &list)
{
    QStringList names;
    for (const QJsonValue &a : QJsonDocument::fromJson(list.out.toUtf8()).array())
        names << a[QStringLiteral("name")].toString();
    return names;
}

QJsonObject note(int leadId, const QString &text)
{
    return {{QStringLiteral("entity_id"), leadId}, {QStringLiteral("note_type"), QStringLiteral("common")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), text}}}};
}
} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    SandboxProcess m_sandbox;
    amodesk::KeychainVault m_keychain;

    CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        return testing::runCli(testing::scratchEnvironment(m_root.path()), args, input);
    }

    CliRun addWithCli(const QString &name)
    {
        return cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--base-url"), m_sandbox.baseUrl(),
                    QStringLiteral("--long-lived-token-stdin")},
                   m_sandbox.token().toUtf8() + '\n');
    }

    void addInTheApp(MainWindow &w, const QString &name)
    {
        testing::onNextDialog<amodesk::AddAccountDialog>([this, name](amodesk::AddAccountDialog *d) {
            d->findChild<QRadioButton *>(QStringLiteral("method%1").arg(amodesk::AddAccountDialog::LongLivedToken))->setChecked(true);
            d->findChild<QLineEdit *>(QStringLiteral("address"))->setText(m_sandbox.baseUrl());
            d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
            d->findChild<QLineEdit *>(QStringLiteral("token"))->setText(m_sandbox.token());
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 10000); // once the account answered
        });
        w.addAccount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const QProcessEnvironment env = testing::scratchEnvironment(m_root.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, env.value(QString::fromLatin1(name)).toUtf8());
        amodesk::setApplicationIdentity(); // as the app's main() does
        QVERIFY(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("300"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
    }

    void whatAnEarlierCliKeptApartIsMovedInOnce()
    {
        // An earlier amodesk-cli kept its accounts and outbox under its own name; the app has
        // an account of the same name.
        const QString earlierOutbox = m_root.filePath(QStringLiteral("data/AmoDesk/amodesk-cli/outbox/cli-account.notes.sqlite"));
        {
            QSettings earlier(QStringLiteral("AmoDesk"), QStringLiteral("amodesk-cli"));
            earlier.setValue(QStringLiteral("accounts/cli-account/name"), QStringLiteral("main"));
            earlier.setValue(QStringLiteral("accounts/cli-account/base_url"), m_sandbox.baseUrl());
            earlier.setValue(QStringLiteral("accounts/cli-account/auth"), QStringLiteral("long_lived_token"));
            QSettings().setValue(QStringLiteral("accounts/app-account/name"), QStringLiteral("main"));
            QVERIFY(QDir().mkpath(QFileInfo(earlierOutbox).path()));
            NoteOutbox outbox(earlierOutbox);
            QVERIFY(outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), note(1, QStringLiteral("queued by the earlier CLI"))) > 0);
        }
        const CliRun first = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(accountNames(first), (QStringList{QStringLiteral("main"), QStringLiteral("main (2)")}));
        QVERIFY2(first.err.contains(QStringLiteral("\"main (2)\"")), qPrintable(first.err)); // the renamed account is named
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("data/AmoDesk/amodesk-cli"))));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("config/AmoDesk/amodesk-cli.conf"))));
        QCOMPARE(amodesk::localstore::unconfirmedNotes(QStringLiteral("cli-account")), 1); // its outbox moved with it
        const CliRun again = cli({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.err, QString()); // once
        for (const QString &id : {QStringLiteral("cli-account"), QStringLiteral("app-account")}) {
            AccountStore().remove(id);
            amodesk::localstore::purgeAccount(id);
        }
        QCOMPARE(amodesk::localstore::unconfirmedNotes(QStringLiteral("cli-account")), 0);
    }

    void anAccountAddedWithTheCliOpensInTheApp()
    {
        const CliRun added = addWithCli(QStringLiteral("from-cli"));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const auto account = AccountStore().byName(QStringLiteral("from-cli"));
        QVERIFY(account);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int row = testing::accounts(&w)->rowOf(account->id);
        QVERIFY(row >= 0);
        testing::accountSwitcher(&w)->setCurrentIndex(row);
        // Signed in with the token the CLI put in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->rowCount() >= 300, 30000);
    }

    void anAccountAddedInTheAppIsKnownToTheCli()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = testing::accounts(&w)->rowCount();
        addInTheApp(w, QStringLiteral("from-app"));
        QTRY_COMPARE_WITH_TIMEOUT(testing::accounts(&w)->rowCount(), before + 1, 10000);
        const CliRun list = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(accountNames(list).contains(QStringLiteral("from-app")));
        const CliRun events = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--account"),
                                   QStringLiteral("from-app")});
        QVERIFY2(events.code == 0, qPrintable(events.err));
    }

    void theCliRemovesAnAccountAndEverythingKeptOfIt()
    {
        const CliRun kept = addWithCli(QStringLiteral("kept"));
        QVERIFY2(kept.code == 0, qPrintable(kept.err));
        std::optional<amodesk::Account> account;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const auto shows = [&w](const QString &id) {
                return w.context() && w.context()->accountId() == id
                    && child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->rowCount() >= 300;
            };
            // The account that stays has its cache and outbox too.
            const QString keptId = AccountStore().byName(QStringLiteral("kept"))->id;
            testing::accountSwitcher(&w)->setCurrentIndex(testing::accounts(&w)->rowOf(keptId));
            QTRY_VERIFY_WITH_TIMEOUT(shows(keptId), 30000);
            addInTheApp(w, QStringLiteral("to-remove"));
            QTRY_VERIFY_WITH_TIMEOUT((account = AccountStore().byName(QStringLiteral("to-remove"))).has_value(), 10000);
            testing::accountSwitcher(&w)->setCurrentIndex(testing::accounts(&w)->rowOf(account->id));
            QTRY_VERIFY_WITH_TIMEOUT(shows(account->id), 30000);
            QVERIFY(QFile::exists(EventCache::pathFor(account->id)));
            // A note the server refuses (no lead 1) stays in the outbox, unconfirmed.
            testing::notesPane(&w)->queue(false, {note(1, QStringLiteral("nowhere"))});
            QTRY_COMPARE_WITH_TIMEOUT(w.context()->outbox()->count(OutboxItem::State::Failed), 1, 10000);
            QSettings().setValue(QStringLiteral("events/saved_filters/") + account->id + QStringLiteral("/mine"), QStringLiteral("{}"));
            QDir().mkpath(amodesk::localstore::buttonPresetDir(account->id));
            QFile preset(amodesk::localstore::buttonPresetDir(account->id) + QStringLiteral("/site.json"));
            QVERIFY(preset.open(QIODevice::WriteOnly));
        }
        const CliRun refused = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("to-remove")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("1 note")) && refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QVERIFY(AccountStore().byName(QStringLiteral("to-remove")));

        const CliRun removed = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("to-remove"), QStringLiteral("--force")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(!AccountStore().byName(QStringLiteral("to-remove")));
        QCOMPARE(testing::readSecret(m_keychain, account->secretKey(QStringLiteral("long_lived_token"))), std::nullopt);
        // No file is named after it, and none mentions it.
        QDirIterator it(m_root.path(), QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QFileInfo entry = it.nextFileInfo();
            QVERIFY2(!entry.fileName().contains(account->id), qPrintable(entry.filePath()));
            QFile f(entry.filePath());
            if (entry.isFile() && f.open(QIODevice::ReadOnly)) {
                QVERIFY2(!f.readAll().contains(account->id.toUtf8()), qPrintable(entry.filePath()));
                ++files;
            }
        }
        QVERIFY(files >= 2); // the settings, and the outbox and cache of the account that is left
        QVERIFY(AccountStore().byName(QStringLiteral("kept")));
    }
};

QTEST_MAIN(TestSharedStore)
#include "tst_shared_store.moc"

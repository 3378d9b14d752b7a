// Adding and removing accounts in the app: the three ways in against the real sandbox and the
// real keychain, fields checked first with the wrong one named, and removal that forgets all.
#include "Child.h"
#include "WindowParts.h"
#include "AccountListModel.h"
#include "AddAccountDialog.h"
#include "EventsPane.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "NextDialog.h"
#include "NotesPane.h"
#include "outbox/NoteOutbox.h"
#include "services/AccountContext.h"
#include "KeychainRead.h"
#include "SandboxProcess.h"
#include "Screenshots.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"
#include "cache/EventCache.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <functional>
#include <memory>

using namespace amodesk;
using testing::child;
using testing::HttpProbe;
using testing::SandboxProcess;
using testing::kClientId;
using testing::readSecret;

namespace {
void fill(QDialog *d, const char *name, const QString &text)
{
    d->findChild<QLineEdit *>(QLatin1String(name))->setText(text);
}
} // namespace

// Plays the browser: opens the consent page and follows its redirect to AmoDesk's listener.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    int opened = 0;
public Q_SLOTS:
    void open(const QUrl &url)
    {
        ++opened;
        QTimer::singleShot(0, this, [url] {
            HttpProbe browser(url.toString(QUrl::RemovePath | QUrl::RemoveQuery));
            const auto consent = browser.get(url.toString());
            browser.get(QString::fromUtf8(consent.header("Location")));
        });
    }
};

class TestAccountDialog : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    KeychainVault m_keychain;
    AccountStore m_store;

    QString consentCode()
    {
        HttpProbe http(m_sandbox.baseUrl());
        const auto r = http.get(QStringLiteral("/oauth?client_id=%1&state=x").arg(kClientId));
        return QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(QStringLiteral("code"));
    }

    // Clicks Add, as a user does (the dialog checks and signs in from there).
    static void clickAdd(AddAccountDialog &d)
    {
        d.show();
        testing::clickOk(&d);
    }

    void chooseOAuthFields(AddAccountDialog &d, int method)
    {
        d.findChild<QRadioButton *>(QStringLiteral("method%1").arg(method))->setChecked(true);
        fill(&d, "address", m_sandbox.baseUrl());
        fill(&d, "clientId", kClientId);
        fill(&d, "secret", QStringLiteral("sandbox-client-secret"));
        fill(&d, "redirect", QStringLiteral("http://127.0.0.1:53693/callback"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialog"));
        QSettings().clear();
        QVERIFY(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("300"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                 QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1:53693/callback")}));
    }

    void fieldsAreCheckedFirst()
    {
        AddAccountDialog d(&m_keychain, &m_store);
        d.findChild<QRadioButton *>(QStringLiteral("method%1").arg(AddAccountDialog::LongLivedToken))->setChecked(true);
        fill(&d, "address", QStringLiteral("http://example.amocrm.ru"));
        clickAdd(d);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY2(d.problems().contains(QStringLiteral("Account address")), qPrintable(d.problems()));
        QVERIFY(d.problems().contains(QStringLiteral("Long-lived token")));
        d.findChild<QRadioButton *>(QStringLiteral("method%1").arg(AddAccountDialog::PastedCode))->setChecked(true);
        fill(&d, "address", QStringLiteral("example.amocrm.ru"));
        clickAdd(d);
        QVERIFY(d.problems().contains(QStringLiteral("Integration ID")));
        QVERIFY(d.problems().contains(QStringLiteral("Authorization code")));
        QVERIFY(!d.problems().contains(QStringLiteral("Account address")));
        d.show();
        testing::screenshot(&d, QStringLiteral("add-account-errors"));
    }

    void withALongLivedToken()
    {
        AddAccountDialog d(&m_keychain, &m_store);
        d.findChild<QRadioButton *>(QStringLiteral("method%1").arg(AddAccountDialog::LongLivedToken))->setChecked(true);
        fill(&d, "address", m_sandbox.baseUrl());
        fill(&d, "name", QStringLiteral("token-way"));
        fill(&d, "token", m_sandbox.token());
        QSignalSpy done(&d, &QDialog::accepted);
        clickAdd(d);
        QVERIFY2(done.wait(20000), qPrintable(d.problems()));
        QCOMPARE(d.added().accountName, QStringLiteral("Демо-аккаунт AmoDesk"));
        QVERIFY(m_store.byName(QStringLiteral("token-way")));
        QCOMPARE(readSecret(m_keychain, d.added().secretKey(QStringLiteral("long_lived_token"))), std::optional<QString>(m_sandbox.token()));
    }

    void withAPastedCode()
    {
        AddAccountDialog d(&m_keychain, &m_store);
        chooseOAuthFields(d, AddAccountDialog::PastedCode);
        fill(&d, "name", QStringLiteral("code-way"));
        fill(&d, "code", QStringLiteral("def50200not-a-real-code"));
        clickAdd(d);
        QTRY_VERIFY_WITH_TIMEOUT(d.problems().contains(QStringLiteral("did not accept")), 20000); // refused, said so, still open
        QVERIFY(d.isEnabled());
        fill(&d, "code", consentCode());
        QSignalSpy done(&d, &QDialog::accepted);
        clickAdd(d);
        QVERIFY2(done.wait(20000), qPrintable(d.problems()));
        QVERIFY(readSecret(m_keychain, d.added().secretKey(QStringLiteral("refresh_token"))).has_value());
    }

    void throughTheBrowser()
    {
        FakeBrowser browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        AddAccountDialog d(&m_keychain, &m_store);
        chooseOAuthFields(d, AddAccountDialog::Browser);
        fill(&d, "name", QStringLiteral("browser-way"));
        QSignalSpy done(&d, &QDialog::accepted);
        clickAdd(d);
        QVERIFY2(done.wait(20000), qPrintable(d.problems()));
        QCOMPARE(browser.opened, 1);
        QVERIFY(m_store.byName(QStringLiteral("browser-way")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void theWindowAddsOpensAndRemoves()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = testing::accounts(&w)->rowCount();
        testing::onNextDialog<AddAccountDialog>([this](AddAccountDialog *d) {
            d->findChild<QRadioButton *>(QStringLiteral("method%1").arg(AddAccountDialog::LongLivedToken))->setChecked(true);
            fill(d, "address", m_sandbox.baseUrl());
            fill(d, "name", QStringLiteral("from-the-window"));
            fill(d, "token", m_sandbox.token());
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 20000); // once the account has answered
        });
        w.addAccount();
        QTRY_COMPARE_WITH_TIMEOUT(testing::accounts(&w)->rowCount(), before + 1, 10000); // once its secrets are read back
        QCOMPARE(testing::accountSwitcher(&w)->currentText(), QStringLiteral("Демо-аккаунт AmoDesk"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->rowCount() >= 300, 20000);
        const auto account = m_store.byName(QStringLiteral("from-the-window"));
        QVERIFY(account);
        QVERIFY(QFile::exists(EventCache::pathFor(account->id)));
        QVERIFY(QFile::exists(NoteOutbox::pathFor(account->id)));
        // A note the server refuses stays in the outbox, unconfirmed: removing the account says so.
        testing::notesPane(&w)->queue(false, {QJsonObject{{QStringLiteral("entity_id"), 1}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("nowhere")}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(w.context()->outbox()->count(OutboxItem::State::Failed), 1, 10000);
        bool warned = false;
        testing::onNextDialog<QMessageBox>([&warned](QMessageBox *box) {
            warned = box->text().contains(QStringLiteral("not confirmed: 1."));
            box->button(QMessageBox::Yes)->click();
        });
        w.removeAccount();
        QVERIFY(warned);
        QVERIFY(!QFile::exists(NoteOutbox::pathFor(account->id)));
        QCOMPARE(testing::accounts(&w)->rowCount(), before);
        QVERIFY(!m_store.byName(QStringLiteral("from-the-window")));
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(m_keychain, account->secretKey(QStringLiteral("long_lived_token"))), std::nullopt, 10000);
        QVERIFY(!QFile::exists(EventCache::pathFor(account->id)));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"

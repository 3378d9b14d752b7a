// The real widgets pane against the real sandbox: browse and filter the catalog, install a
// widget of each settings field type through the generated form (a required field left empty,
// a 400 mapped back onto its field), re-install with the current settings, uninstall (also
// refused with 403), and every documented limit of the bot continue call, then a 202.
#include "Child.h"
#include "PaneParts.h"
#include "BotContinueDialog.h"
#include "HttpProbe.h"
#include "NextDialog.h"
#include "SandboxAccount.h"
#include "Screenshots.h"
#include "Translations.h"
#include "WidgetSettingsDialog.h"
#include "WidgetNames.h"
#include "WidgetTableModel.h"
#include "WidgetsPane.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "api/TrustStore.h"
#include "services/AccountDirectory.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTest>
#include <functional>

using namespace amodesk;
using testing::child;
using testing::HttpProbe;
using testing::onNextDialog;
using testing::SandboxProcess;
using testing::screenshot;

namespace {
// users and users_lp settings: the editor of a user's row (column 1: extension or login, 2: password).
QLineEdit *userCell(QWidget *dialog, const QString &key, qint64 userId, int column)
{
    auto *table = child<QTableWidget>(dialog, QStringLiteral("setting_") + key);
    return child<QLineEdit>(table, QStringLiteral("user_%1_%2").arg(userId).arg(column));
}
} // namespace

namespace {
const QString kSecretPass = QStringLiteral("pass-\u0441\u0435\u043a\u0440\u0435\u0442-4711");
const QString kSecretOperator = QStringLiteral("operator-pw-9931");

void answerYes()
{
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
}

QStringList templateTypes(const QJsonObject &widget)
{
    QStringList types;
    for (const QJsonValue &f : widget.value(QStringLiteral("settings_template")).toArray())
        types << f[QStringLiteral("type")].toString();
    return types;
}
} // namespace

class TestWidgetsPane : public QObject
{
    Q_OBJECT

private:
    testing::SandboxAccount m_account;
    std::unique_ptr<amodesk::AccountContext> m_context; // outlives the pane
    std::unique_ptr<WidgetsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    WidgetTableModel *model() const { return testing::widgets(m_pane.get()); }

    // The first widget whose template has exactly these field types.
    QJsonObject widgetWith(const QStringList &types, bool installed) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QJsonObject w = model()->widgetAt(r).raw;
            if (templateTypes(w) == types && w.value(QStringLiteral("is_active_in_account")).toBool() == installed)
                return w;
        }
        return {};
    }

    QJsonObject onServer(const QString &code) const
    {
        HttpProbe http(m_account.sandbox.baseUrl(), m_account.sandbox.token());
        return http.get(QStringLiteral("/api/v4/widgets/") + code).json();
    }

    void select(const QString &code)
    {
        QVERIFY(m_pane->selectCode(code));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(code), 5000);
        QTest::qWait(300); // the widget's own GET (with its settings) follows the selection
    }

    // Installs the selected widget through its form; `fill` types into it first.
    QJsonObject install(const std::function<void(WidgetSettingsDialog *)> &fill)
    {
        QJsonObject answer;
        onNextDialog<WidgetSettingsDialog>([&](WidgetSettingsDialog *d) {
            fill(d);
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible() || child<QLabel>(d, QStringLiteral("errors"))->isVisible(), 10000);
            answer = d->installed().raw;
        });
        m_pane->installSelected();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_widgetspane") + (SandboxProcess::tlsRequested() ? QStringLiteral("_tls") : QString()));
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
        if (SandboxProcess::tlsRequested())
            QVERIFY(addTrustedCertificates(SandboxProcess::certificateFile()));
        QString error;
        QVERIFY2(m_account.open({QStringLiteral("--events"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("23"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0")}, &error), qPrintable(error));
        // A user who has left since the names were loaded: amoCRM refuses settings for them.
        m_account.directory->restore(R"({"users": {"999": "Former Employee"}})");
    }

    // Each test gets a pane of its own, with the account's catalog read.
    void init()
    {
        m_pane = std::make_unique<WidgetsPane>();
        m_tester = std::make_unique<QAbstractItemModelTester>(testing::widgets(m_pane.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1280, 720);
        m_pane->show();
        m_context = m_account.context(QString());
        m_pane->setAccount(m_context.get());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 20, 10000);
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
        m_context.reset();
    }

    void browsesFiltersAndSortsRatingsAsNumbers()
    {
        const int all = testing::widgetFilter(m_pane.get())->rowCount();
        child<QTableView>(m_pane, QStringLiteral("table"))->sortByColumn(WidgetTableModel::RatingColumn, Qt::AscendingOrder);
        double previous = -1;
        bool sawComma = false;
        for (int r = 0; r < all; ++r) {
            const QModelIndex i = testing::widgetFilter(m_pane.get())->index(r, WidgetTableModel::RatingColumn);
            sawComma = sawComma || i.data(WidgetTableModel::WidgetRole).toJsonObject().value(QStringLiteral("rating")).isString();
            QVERIFY(i.data(WidgetTableModel::SortRole).toDouble() >= previous);
            previous = i.data(WidgetTableModel::SortRole).toDouble();
            QVERIFY(!i.data().toString().contains(u','));
        }
        QVERIFY(sawComma); // "2,8" strings were among them, and sort as numbers
        auto click = [this](const char *name) { QTest::mouseClick(child<QCheckBox>(m_pane, QLatin1String(name)), Qt::LeftButton); };
        auto *search = child<QLineEdit>(m_pane, QStringLiteral("search"));
        click("installedOnly");
        QVERIFY(testing::widgetFilter(m_pane.get())->rowCount() > 0 && testing::widgetFilter(m_pane.get())->rowCount() < all);
        for (int r = 0; r < testing::widgetFilter(m_pane.get())->rowCount(); ++r)
            QVERIFY(testing::widgetFilter(m_pane.get())->index(r, 0).data(WidgetTableModel::InstalledRole).toBool());
        click("installedOnly"); // off again
        click("leadSourcesOnly");
        for (int r = 0; r < testing::widgetFilter(m_pane.get())->rowCount(); ++r)
            QVERIFY(testing::widgetFilter(m_pane.get())->index(r, 0).data(WidgetTableModel::LeadSourceRole).toBool());
        click("leadSourcesOnly"); // off again
        click("digitalPipelineOnly");
        QVERIFY(testing::widgetFilter(m_pane.get())->rowCount() > 0);
        for (int r = 0; r < testing::widgetFilter(m_pane.get())->rowCount(); ++r)
            QVERIFY(testing::widgetFilter(m_pane.get())->index(r, 0).data(WidgetTableModel::DigitalPipelineRole).toBool());
        click("digitalPipelineOnly"); // off again
        QTest::keyClicks(search, QStringLiteral("GOOGLE"));
        QCOMPARE(testing::widgetFilter(m_pane.get())->rowCount(), 2);
        // #16.13: widgets by a readable name beside their code, found by either; an
        // integration says so instead of showing its raw UUID.
        QStringList names;
        for (int r = 0; r < 2; ++r)
            names << testing::widgetFilter(m_pane.get())->index(r, WidgetTableModel::NameColumn).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Google Calendar"), QStringLiteral("Google Sheets")}));
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("sheets"));
        QCOMPARE(testing::widgetFilter(m_pane.get())->index(0, WidgetTableModel::CodeColumn).data().toString(), QStringLiteral("amo_google_sheets"));
        QCOMPARE(amodesk::readableWidgetName(QStringLiteral("amo_1c")), QStringLiteral("1C"));
        QCOMPARE(amodesk::readableWidgetName(QStringLiteral("amo_onlinepbx")), QStringLiteral("OnlinePBX"));
        search->clear();
        QCOMPARE(testing::widgetFilter(m_pane.get())->rowCount(), all);
        int integrations = 0;
        for (int r = 0; r < all; ++r) {
            const QModelIndex i = testing::widgetFilter(m_pane.get())->index(r, WidgetTableModel::IntegrationColumn);
            QVERIFY2(i.data().toString().isEmpty() || i.data().toString() == QStringLiteral("Yes"), qPrintable(i.data().toString()));
            integrations += !i.data().toString().isEmpty() && i.data(Qt::ToolTipRole).toString().contains(u'-');
            QVERIFY(!testing::widgetFilter(m_pane.get())->index(r, WidgetTableModel::NameColumn).data().toString().contains(u'_'));
        }
        QVERIFY(integrations > 0);
        child<QTableView>(m_pane, QStringLiteral("table"))->sortByColumn(WidgetTableModel::CodeColumn, Qt::AscendingOrder);
    }

    void detailMasksPasswordsUntilRevealed()
    {
        // A widget of this integration, installed: amoCRM returns its settings to us.
        QJsonObject mine;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QJsonObject w = model()->widgetAt(r).raw;
            if (w.value(QStringLiteral("client_uuid")).toString() == testing::kClientId && w.value(QStringLiteral("is_active_in_account")).toBool()
                && templateTypes(w).contains(QStringLiteral("pass")))
                mine = w;
        }
        QVERIFY(!mine.isEmpty());
        const QString code = mine.value(QStringLiteral("code")).toString();
        const QJsonObject settings = onServer(code).value(QStringLiteral("settings")).toObject();
        QString secret;
        for (const QJsonValue &f : mine.value(QStringLiteral("settings_template")).toArray()) {
            if (f[QStringLiteral("type")] == QStringLiteral("pass"))
                secret = settings.value(f[QStringLiteral("key")].toString()).toString();
        }
        QVERIFY(secret.startsWith(QStringLiteral("s3cr3t-")));
        select(code);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(QStringLiteral("Current settings")), 5000);
        QVERIFY(!child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(secret));
        screenshot(m_pane.get(), QStringLiteral("widgets-pane"));
        auto *reveal = child<QToolButton>(m_pane, QStringLiteral("revealSecrets"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(secret));
        QTest::mouseClick(reveal, Qt::LeftButton); // hidden again
        QVERIFY(!child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(secret));
    }

    void installsPassAndUsersRefusingWhatIsMissing()
    {
        const QJsonObject w = widgetWith({QStringLiteral("pass"), QStringLiteral("users"), QStringLiteral("custom")}, false);
        QVERIFY(!w.isEmpty());
        const QString code = w.value(QStringLiteral("code")).toString();
        select(code);
        const qint64 user = m_account.directory->users().keys().first() == 999 ? m_account.directory->users().keys().last() : m_account.directory->users().keys().first();
        bool refused = false, mapped = false, forgotten = false;
        onNextDialog<WidgetSettingsDialog>([&](WidgetSettingsDialog *d) {
            // The required token left empty: refused before sending, on its field.
            testing::clickOk(d);
            refused = d->isVisible() && child<QLabel>(d, QStringLiteral("message_token"))->isVisible()
                && child<QLabel>(d, QStringLiteral("message_token"))->text().contains(QStringLiteral("required"));
            // #16.8: typing in the field takes back what was said about it.
            QTest::keyClicks(child<QLineEdit>(d, QStringLiteral("setting_token")), QStringLiteral("x"));
            forgotten = !child<QLabel>(d, QStringLiteral("message_token"))->isVisible();
            child<QLineEdit>(d, QStringLiteral("setting_token"))->setText(kSecretPass);
            userCell(d, QStringLiteral("extensions"), 999, 1)->setText(QStringLiteral("150"));
            // The server refuses the departed user: its 400 lands on the users field.
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(d, QStringLiteral("message_extensions"))->isVisible(), 10000);
            mapped = child<QLabel>(d, QStringLiteral("message_extensions"))->text().contains(QStringLiteral("Former Employee"));
            screenshot(d, QStringLiteral("widget-install-400"));
            userCell(d, QStringLiteral("extensions"), 999, 1)->clear();
            userCell(d, QStringLiteral("extensions"), user, 1)->setText(QStringLiteral("101"));
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 10000);
        });
        m_pane->installSelected();
        QVERIFY(refused);
        QVERIFY(forgotten);
        QVERIFY(mapped);
        QTRY_VERIFY_WITH_TIMEOUT(model()->widgetAt(model()->rowOfCode(code)).installed, 5000);
        QVERIFY(onServer(code).value(QStringLiteral("is_active_in_account")).toBool());
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("status"))->text().contains(QStringLiteral("Installed ") + code));
    }

    void savesTextFieldsOfAnInstalledWidget()
    {
        const QJsonObject w = widgetWith({QStringLiteral("text"), QStringLiteral("pass"), QStringLiteral("users"), QStringLiteral("text")}, true);
        QVERIFY(!w.isEmpty());
        select(w.value(QStringLiteral("code")).toString());
        const qint64 user = m_account.directory->users().keys().first() == 999 ? m_account.directory->users().keys().last() : m_account.directory->users().keys().first();
        const QJsonObject answer = install([&](WidgetSettingsDialog *d) {
            QVERIFY(d->windowTitle().startsWith(QStringLiteral("Settings of")));
            child<QLineEdit>(d, QStringLiteral("setting_login"))->setText(QStringLiteral("admin"));
            child<QLineEdit>(d, QStringLiteral("setting_password"))->setText(kSecretPass);
            child<QLineEdit>(d, QStringLiteral("setting_script_path"))->setText(QStringLiteral("/pbx/hook.php"));
            userCell(d, QStringLiteral("phones"), user, 1)->setText(QStringLiteral("102"));
            screenshot(d, QStringLiteral("widget-install-form"));
        });
        QCOMPARE(answer.value(QStringLiteral("settings")).toObject().value(QStringLiteral("script_path")).toString(), QStringLiteral("/pbx/hook.php"));
    }

    void installsUsersWithLoginsAndCustomJson()
    {
        const QJsonObject lp = widgetWith({QStringLiteral("users_lp"), QStringLiteral("text")}, false);
        QVERIFY(!lp.isEmpty());
        select(lp.value(QStringLiteral("code")).toString());
        const qint64 user = m_account.directory->users().keys().first() == 999 ? m_account.directory->users().keys().last() : m_account.directory->users().keys().first();
        const QJsonObject answer = install([&](WidgetSettingsDialog *d) {
            userCell(d, QStringLiteral("operators"), user, 1)->setText(QStringLiteral("op1"));
            userCell(d, QStringLiteral("operators"), user, 2)->setText(kSecretOperator);
        });
        QCOMPARE(answer.value(QStringLiteral("settings")).toObject().value(QStringLiteral("operators")).toObject()
                     .value(QString::number(user)).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("op1"));

        const QJsonObject custom = widgetWith({QStringLiteral("custom")}, false);
        QVERIFY(!custom.isEmpty());
        select(custom.value(QStringLiteral("code")).toString());
        bool caught = false;
        onNextDialog<WidgetSettingsDialog>([&](WidgetSettingsDialog *d) {
            auto *json = child<QPlainTextEdit>(d, QStringLiteral("setting_conf"));
            json->setPlainText(QStringLiteral("{\"sync\": tru"));
            testing::clickOk(d);
            caught = d->isVisible() && child<QLabel>(d, QStringLiteral("message_conf"))->text().contains(QStringLiteral("JSON"));
            json->setPlainText(QStringLiteral("{\"sync\": true, \"fields\": [1, 2]}"));
            testing::clickOk(d);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 10000);
            QCOMPARE(d->installed().raw.value(QStringLiteral("settings")).toObject().value(QStringLiteral("conf")).toObject()
                         .value(QStringLiteral("fields")).toArray().size(), 2);
        });
        m_pane->installSelected();
        QVERIFY(caught);
    }

    void reinstallStartsFromTheCurrentSettings()
    {
        QJsonObject mine;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QJsonObject w = model()->widgetAt(r).raw;
            if (w.value(QStringLiteral("client_uuid")).toString() == testing::kClientId && w.value(QStringLiteral("is_active_in_account")).toBool()
                && templateTypes(w).contains(QStringLiteral("text")))
                mine = w;
        }
        QVERIFY(!mine.isEmpty());
        const QString code = mine.value(QStringLiteral("code")).toString();
        const QJsonObject before = onServer(code).value(QStringLiteral("settings")).toObject();
        select(code);
        QString textKey;
        for (const QJsonValue &f : mine.value(QStringLiteral("settings_template")).toArray()) {
            if (f[QStringLiteral("type")] == QStringLiteral("text"))
                textKey = f[QStringLiteral("key")].toString();
        }
        install([&](WidgetSettingsDialog *d) {
            auto *edit = child<QLineEdit>(d, QStringLiteral("setting_") + textKey);
            QCOMPARE(edit->text(), before.value(textKey).toString()); // pre-filled
            edit->setText(QStringLiteral("changed by AmoDesk"));
        });
        const QJsonObject after = onServer(code).value(QStringLiteral("settings")).toObject();
        QCOMPARE(after.value(textKey).toString(), QStringLiteral("changed by AmoDesk"));
        for (auto it = before.begin(); it != before.end(); ++it) { // the rest kept as it was
            if (it.key() != textKey)
                QCOMPARE(after.value(it.key()), it.value());
        }
    }

    void uninstallsAfterAskingAndExplainsARefusal()
    {
        const QJsonObject w = widgetWith({QStringLiteral("users_lp"), QStringLiteral("text")}, true);
        QVERIFY(!w.isEmpty());
        const QString code = w.value(QStringLiteral("code")).toString();
        select(code);
        bool named = false;
        onNextDialog<QMessageBox>([&](QMessageBox *box) {
            named = box->text().contains(code);
            box->button(QMessageBox::Yes)->click();
        });
        m_pane->uninstallSelected();
        QVERIFY(named);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_pane, QStringLiteral("status"))->text().contains(QStringLiteral("Uninstalled ") + code), 5000);
        QVERIFY(!onServer(code).value(QStringLiteral("is_active_in_account")).toBool());

        SandboxProcess limited;
        QVERIFY(limited.start({QStringLiteral("--not-admin"), QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("23")}));
        FixedToken token(limited.token());
        ApiClient api(QUrl(limited.baseUrl()), &token);
        amodesk::AccountContext account(&api, m_account.directory.get(), limited.baseUrl(), QString());
        WidgetsPane pane;
        pane.setAccount(&account);
        QTRY_VERIFY_WITH_TIMEOUT(testing::widgets(&pane)->rowCount() > 20, 10000);
        QVERIFY(pane.selectCode(code));
        answerYes();
        pane.uninstallSelected();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&pane, QStringLiteral("status"))->text().contains(QStringLiteral("403")), 5000);
        QVERIFY(child<QLabel>(&pane, QStringLiteral("status"))->text().contains(QStringLiteral("administrators")));
    }

    void botContinueEnforcesEveryLimitThenIsAccepted()
    {
        BotContinueDialog d(amodesk::BotService(m_account.api.get()));
        d.show();
        auto *result = child<QLabel>(&d, QStringLiteral("errors"));
        auto *handlers = child<QTableWidget>(&d, QStringLiteral("handlers"));
        auto *dataJson = child<QPlainTextEdit>(&d, QStringLiteral("dataJson"));
        auto *preview = child<QPlainTextEdit>(&d, QStringLiteral("preview"));
        auto send = [&] { QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("send")), Qt::LeftButton); };
        auto refusedWith = [&](const QString &needle) {
            send();
            return result->text().contains(needle) ? QString() : result->text();
        };
        QCOMPARE(refusedWith(QStringLiteral("Bot ID")), QString());
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("botId")), QStringLiteral("101"));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("continueId")), QStringLiteral("5001"));
        d.addDataRow(QStringLiteral("status"), QStringLiteral("paid"));
        for (int i = 0; i < 11; ++i)
            d.addHandler(BotContinueDialog::ShowText, QStringLiteral("step %1").arg(i), {});
        QCOMPARE(refusedWith(QStringLiteral("at most 10 handlers")), QString());
        while (handlers->rowCount() > 0)
            handlers->removeRow(0);
        d.addHandler(BotContinueDialog::ShowText, QString(81, u'x'), {});
        QCOMPARE(refusedWith(QStringLiteral("at most 80 characters")), QString());
        handlers->removeRow(0);
        QStringList many;
        for (int i = 0; i < 26; ++i)
            many << QStringLiteral("b%1").arg(i);
        d.addHandler(BotContinueDialog::ShowButtons, QStringLiteral("Pick one"), many.join(QStringLiteral(" | ")));
        QCOMPARE(refusedWith(QStringLiteral("at most 25 buttons")), QString());
        handlers->removeRow(0);
        d.addHandler(BotContinueDialog::ShowLinks, QStringLiteral("Read"), QStringLiteral("https://example.com | not a link"));
        QCOMPARE(refusedWith(QStringLiteral("\"not a link\" is not a web address")), QString());
        handlers->removeRow(0);
        d.addHandler(BotContinueDialog::GoTo, QStringLiteral("sideways"), QStringLiteral("2"));
        QCOMPARE(refusedWith(QStringLiteral("must be question, answer or finish")), QString());
        handlers->removeRow(0);
        QTest::mouseClick(child<QCheckBox>(&d, QStringLiteral("raw")), Qt::LeftButton);
        QVERIFY(dataJson->toPlainText().contains(QStringLiteral("\"status\": \"paid\"")));
        dataJson->setPlainText(QStringLiteral("{\"status\": "));
        QCOMPARE(refusedWith(QStringLiteral("data is not JSON")), QString());
        dataJson->setPlainText(QStringLiteral("{\"status\": \"paid\", \"sum\": 1500}"));

        d.addHandler(BotContinueDialog::ShowButtons, QStringLiteral("Thank you! Anything else?"), QStringLiteral("Yes | No"));
        d.addHandler(BotContinueDialog::GoTo, QStringLiteral("question"), QStringLiteral("2"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"buttons_url\"")) == false);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"step\": 2")));
        send();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("HTTP 202")), 10000);
        screenshot(&d, QStringLiteral("bot-continue"));
        send(); // the step is no longer waiting
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("HTTP 404")), 10000);
        d.close();
    }

    // Passwords typed into the forms reach amoCRM and nothing else: no settings file, cache or log.
    void secretsReachNoFile()
    {
        QSettings().sync();
        QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)};
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() > 50 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(kSecretPass.toUtf8()) && !bytes.contains(kSecretOperator.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }

};

QTEST_MAIN(TestWidgetsPane)
#include "tst_widgetspane.moc"

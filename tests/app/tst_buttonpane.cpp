// The real website button pane: fill the form, see the preview change, copy the snippet, save
// and reopen a preset, and the checks that name a wrong field (a colour, frame mode without a
// container, bot_params that are not JSON); setMeta with a custom field of the account.
#include "Child.h"
#include "NextDialog.h"
#include "ChatPreview.h"
#include "button/ButtonPresets.h"
#include "SandboxAccount.h"
#include "Screenshots.h"
#include "store/LocalStore.h"
#include "Translations.h"
#include "WebsiteButtonPane.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "services/AccountDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QToolButton>
#include <QComboBox>
#include <QJSEngine>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace amodesk;
using testing::child;
using testing::choose;
using testing::screenshot;

class TestButtonPane : public QObject
{
    Q_OBJECT

private:
    testing::SandboxAccount m_account;
    std::unique_ptr<amodesk::AccountContext> m_context; // outlives the pane
    std::unique_ptr<WebsiteButtonPane> m_pane;

    QColor previewPixel(const QPoint &at) const { return child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->grab().toImage().pixelColor(at); }
    void type(const QString &field, const QString &text) { child<QLineEdit>(m_pane, field)->setText(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_buttonpane"));
        installTranslations(QStringLiteral("en"));
        QString error;
        QVERIFY2(m_account.open({QStringLiteral("--events"), QStringLiteral("50")}, &error), qPrintable(error));
        m_context = m_account.context(QStringLiteral("button-test"));
    }

    // Each test has a new pane of an account with no presets and no draft (KeePassXC's GUI tests
    // do the same): none depends on what another one typed.
    void init()
    {
        for (const QString &account : {QStringLiteral("button-test"), QStringLiteral("another-account")})
            amodesk::localstore::purgeAccount(account);
        m_pane = std::make_unique<WebsiteButtonPane>();
        m_pane->resize(1200, 760);
        m_pane->show();
        m_pane->setAccount(m_context.get());
    }

    void cleanup() { m_pane.reset(); }

    void formChangesPreviewAndSnippet()
    {
        QCOMPARE(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText(), QStringLiteral("window.amoSocialButtonConfig = {};\n"));
        const QPoint header = child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->headerRect().center() + QPoint(60, 0);
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(2);
        type(QStringLiteral("onlinechat.theme.header.background"), QStringLiteral("rgb(200, 30, 40)"));
        QCOMPARE(previewPixel(header), QColor(200, 30, 40));
        type(QStringLiteral("onlinechat.theme.background"), QStringLiteral("#ffeeaa"));
        QCOMPARE(previewPixel(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->headerRect().bottomLeft() + QPoint(4, 180)), QColor(0xff, 0xee, 0xaa));
        child<QSpinBox>(m_pane, QStringLiteral("composeHeight"))->setValue(500); // the spin box keeps to the chat's maximum
        QCOMPARE(child<QSpinBox>(m_pane, QStringLiteral("composeHeight"))->value(), 170);
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->composeRect().height(), 170);
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(1);
        child<QComboBox>(m_pane, QStringLiteral("extends"))->setCurrentIndex(child<QComboBox>(m_pane, QStringLiteral("extends"))->findData(QStringLiteral("en")));
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->placeholderShown(), QStringLiteral("Write a message..."));
        type(QStringLiteral("onlinechat.locale.compose_placeholder"), QStringLiteral("Ask us anything"));
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->placeholderShown(), QStringLiteral("Ask us anything"));
        const QString snippet = child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText();
        QVERIFY(snippet.contains(QStringLiteral("background: 'rgb(200, 30, 40)'")));
        QVERIFY(snippet.contains(QStringLiteral("height: 170")));
        QVERIFY(snippet.contains(QStringLiteral("compose_placeholder: 'Ask us anything'")));
        QJSEngine js;
        QVERIFY(!js.evaluate(QStringLiteral("var window = {};\n") + snippet).isError());
        QCOMPARE(js.evaluate(QStringLiteral("window.amoSocialButtonConfig.onlinechat.locale.extends")).toString(), QStringLiteral("en"));
        child<QCheckBox>(m_pane, QStringLiteral("noHeader"))->setChecked(true);
        QVERIFY(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->headerRect().isEmpty());
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->text().contains(QStringLiteral("onlinechat.theme.header"))); // colours on a hidden header
        type(QStringLiteral("onlinechat.theme.header.background"), {});
        QVERIFY(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText().contains(QStringLiteral("header: false")));
        screenshot(m_pane.get(), QStringLiteral("website-button"));
    }

    void copiesTheSnippet()
    {
        type(QStringLiteral("color"), QStringLiteral("#1f8ceb"));
        QApplication::clipboard()->clear();
        auto *copy = m_pane->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_pane->snippet());
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("window.amoSocialButtonConfig = {")));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("color: '#1f8ceb'")));
    }

    void wrongInputIsNamedAndNotCopied()
    {
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(0);
        type(QStringLiteral("color"), QStringLiteral("blue-ish"));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->isVisible());
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->text().contains(QStringLiteral("color: \"blue-ish\" is not a CSS colour")));
        QVERIFY(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText().isEmpty());
        QApplication::clipboard()->setText(QStringLiteral("before"));
        m_pane->copySnippet();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        type(QStringLiteral("color"), QStringLiteral("#1f8ceb"));
        child<QComboBox>(m_pane, QStringLiteral("mode"))->setCurrentIndex(1);
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("frameWarning"))->isVisible());
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->text().contains(QStringLiteral("onlinechat.container")));
        type(QStringLiteral("onlinechat.container"), QStringLiteral("#custom_chat_holder"));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->isHidden());
        QVERIFY(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText().contains(QStringLiteral("mode: 'frame'")));
        m_pane->hashUserIdFrom(QStringLiteral("customer-42"));
        QCOMPARE(child<QLineEdit>(m_pane, QStringLiteral("onlinechat.user_id"))->text(), hashUserId(QStringLiteral("customer-42")));
    }

    void presetsAreSavedAndReopened()
    {
        type(QStringLiteral("color"), QStringLiteral("#1f8ceb"));
        child<QComboBox>(m_pane, QStringLiteral("extends"))->setCurrentIndex(child<QComboBox>(m_pane, QStringLiteral("extends"))->findData(QStringLiteral("pt")));
        const ChatButtonConfig before = m_pane->config();
        QVERIFY(!(before == ChatButtonConfig()));
        QVERIFY(m_pane->savePreset(QStringLiteral("Main site")));
        QCOMPARE(child<QComboBox>(m_pane, QStringLiteral("presets"))->findText(QStringLiteral("Main site")) >= 0, true);
        m_pane->setConfig({});
        QCOMPARE(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText(), QStringLiteral("window.amoSocialButtonConfig = {};\n"));
        WebsiteButtonPane reopened; // a new window, as after a restart
        reopened.setAccount(m_context.get());
        QVERIFY(child<QComboBox>(&reopened, QStringLiteral("presets"))->findText(QStringLiteral("Main site")) >= 0);
        QVERIFY(reopened.loadPreset(QStringLiteral("Main site")));
        QVERIFY(reopened.config() == before);
        const auto another = m_account.context(QStringLiteral("another-account"));
        WebsiteButtonPane otherAccount;
        otherAccount.setAccount(another.get());
        QCOMPARE(child<QComboBox>(&otherAccount, QStringLiteral("presets"))->count(), 0);
    }

    void setMetaWithTheAccountsFields()
    {
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(3);
        QCOMPARE(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText(), QStringLiteral("amo_social_button.setMeta({});\n"));
        type(QStringLiteral("contact.name"), QStringLiteral("Ivan Petrov"));
        type(QStringLiteral("note.text"), QStringLiteral("Came from the spring campaign"));
        child<QComboBox>(m_pane, QStringLiteral("noteElement"))->setCurrentIndex(child<QComboBox>(m_pane, QStringLiteral("noteElement"))->findData(2));
        choose(child<QComboBox>(m_pane, QStringLiteral("noteType")), 4);
        QTest::mouseClick(child<QPushButton>(m_pane, QStringLiteral("addContactField")), Qt::LeftButton);
        QTableWidget *fields = child<QTableWidget>(m_pane, QStringLiteral("contactFields"));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->text().contains(QStringLiteral("contact.custom_fields.0.id")));
        auto *field = qobject_cast<QComboBox *>(fields->cellWidget(0, 0));
        QVERIFY(field->count() > 1); // the account's contact fields, by name
        const QList<qint64> contactFields = m_account.directory->fieldIds(QStringLiteral("contacts"));
        QVERIFY(!contactFields.isEmpty());
        for (int i = 1; i < field->count(); ++i)
            QVERIFY(contactFields.contains(field->itemData(i).toLongLong()));
        int withOptions = -1;
        for (int i = 1; i < field->count() && withOptions < 0; ++i) {
            if (!m_account.directory->fieldEnums(field->itemData(i).toLongLong()).isEmpty())
                withOptions = i;
        }
        QVERIFY(withOptions > 0);
        field->setCurrentIndex(withOptions);
        auto *option = qobject_cast<QComboBox *>(fields->cellWidget(0, 2));
        QVERIFY(option->count() > 1);
        option->setCurrentIndex(1);
        qobject_cast<QLineEdit *>(fields->cellWidget(0, 1))->setText(option->currentText());
        child<QPlainTextEdit>(m_pane, QStringLiteral("botParams"))->setPlainText(QStringLiteral("{\"locale\": "));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->text().contains(QStringLiteral("bot_params")));
        child<QPlainTextEdit>(m_pane, QStringLiteral("botParams"))->setPlainText(QStringLiteral("{\"locale\": \"ru\"}"));
        QVERIFY2(child<QLabel>(m_pane, QStringLiteral("problems"))->isHidden(), qPrintable(child<QLabel>(m_pane, QStringLiteral("problems"))->text()));
        const QString snippet = child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText();
        QJSEngine js;
        js.evaluate(QStringLiteral("var amo_social_button = {setMeta: function (p) { this.got = p; }};"));
        QVERIFY(!js.evaluate(snippet).isError());
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.contact.custom_fields[0].id")).toInt(), field->currentData().toInt());
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.contact.custom_fields[0].values[0].enum")).toInt(), option->currentData().toInt());
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.note.element_type")).toInt(), 2);
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.bot_params.locale")).toString(), QStringLiteral("ru"));
        screenshot(m_pane.get(), QStringLiteral("website-button-setmeta"));
    }

    void scriptsForMethodsHooksAndConditions()
    {
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(4);
        QCOMPARE(m_pane->snippet(), QStringLiteral("amoSocialButton('runChatShow');\n"));
        type(QStringLiteral("hook"), QStringLiteral("Paid order"));
        type(QStringLiteral("bot.param"), QStringLiteral("locale"));
        type(QStringLiteral("bot.value"), QStringLiteral("ru"));
        QVERIFY(child<QPlainTextEdit>(m_pane, QStringLiteral("snippet"))->toPlainText().contains(QStringLiteral("runChatShow")));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("embedHint"))->text().contains(QStringLiteral("after the button's code")));
        m_pane->findChild<QComboBox *>(QStringLiteral("scriptKind"))->setCurrentIndex(8);
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("embedHint"))->text().contains(QStringLiteral("condition block of the chat bot's first step")));
    }

    void saysWhereTheSnippetGoes()
    {
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(0);
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("embedHint"))->isVisible());
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("embedHint"))->text().contains(QStringLiteral("before the button's own code, which you copy in amoCRM")));
    }

    // With no language chosen the chat follows the visitor's browser; the preview stands in with
    // the interface's language, never a mix.
    void previewSpeaksOneLanguage()
    {
        m_pane->setConfig({});
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->languageShown(), QStringLiteral("en"));
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->placeholderShown(), QStringLiteral("Write a message..."));
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("ru")));
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->placeholderShown(), QStringLiteral("Написать сообщение..."));
        QLocale::setDefault(before);
        ChatButtonConfig spanish;
        spanish.localeExtends = QStringLiteral("es");
        m_pane->setConfig(spanish);
        QCOMPARE(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->placeholderShown(), QStringLiteral("Escribe un mensaje..."));
    }

    // The button's colour is the chat's: the header and the send button take it unless the theme
    // sets their own.
    void buttonColourTintsTheChat()
    {
        m_pane->setConfig({});
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(0);
        type(QStringLiteral("color"), QStringLiteral("#2e7d32"));
        const QPoint header = child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->headerRect().center() + QPoint(60, 0);
        QCOMPARE(previewPixel(header), QColor(0x2e, 0x7d, 0x32));
        QCOMPARE(previewPixel(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->buttonRect().center()), QColor(0x2e, 0x7d, 0x32));
        type(QStringLiteral("onlinechat.theme.header.background"), QStringLiteral("#000000"));
        QCOMPARE(previewPixel(header), QColor(Qt::black));
        QCOMPARE(previewPixel(child<amodesk::ChatPreview>(m_pane, QStringLiteral("preview"))->buttonRect().center()), QColor(0x2e, 0x7d, 0x32));
    }

    void coloursArePickedInADialog()
    {
        child<QTabWidget>(m_pane, QStringLiteral("pages"))->setCurrentIndex(2);
        auto *pick = m_pane->findChild<QToolButton *>(QStringLiteral("onlinechat.theme.background.pick"));
        QVERIFY(pick);
        QTest::mouseClick(pick, Qt::LeftButton);
        QColorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QColorDialog *>(QStringLiteral("colourDialog"))) && dialog->isVisible());
        dialog->setCurrentColor(QColor(10, 20, 30));
        testing::clickOk(dialog);
        QCOMPARE(child<QLineEdit>(m_pane, QStringLiteral("onlinechat.theme.background"))->text(), QStringLiteral("#0a141e"));
        QTest::mouseClick(pick, Qt::LeftButton); // opens on the field's colour; a transparent one is kept as rgba()
        QTRY_VERIFY((dialog = m_pane->findChild<QColorDialog *>(QStringLiteral("colourDialog"))) && dialog->isVisible());
        QCOMPARE(dialog->currentColor(), QColor(10, 20, 30));
        dialog->setCurrentColor(QColor(10, 20, 30, 128));
        testing::clickOk(dialog);
        QCOMPARE(child<QLineEdit>(m_pane, QStringLiteral("onlinechat.theme.background"))->text(), QStringLiteral("rgba(10, 20, 30, 0.5)"));
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("problems"))->isHidden());
        screenshot(m_pane.get(), QStringLiteral("website-button-colours"));
    }

    // What was typed and not saved as a preset is there again after a restart, for its account only.
    void unsavedSettingsSurviveARestart()
    {
        type(QStringLiteral("color"), QStringLiteral("#654321")); // kept once typing pauses
        QTRY_COMPARE(ButtonPresets(QStringLiteral("button-test")).draft().color, QStringLiteral("#654321"));
        ChatButtonConfig typed;
        {
            WebsiteButtonPane before;
            before.setAccount(m_context.get());
            child<QLineEdit>(&before, QStringLiteral("color"))->setText(QStringLiteral("#123456"));
            child<QComboBox>(&before, QStringLiteral("extends"))->setCurrentIndex(child<QComboBox>(&before, QStringLiteral("extends"))->findData(QStringLiteral("pt")));
            typed = before.config();
        } // closed at once, before the pause: what was typed is kept all the same
        WebsiteButtonPane restarted;
        restarted.setAccount(m_context.get());
        QVERIFY(restarted.config() == typed);
        const auto another = m_account.context(QStringLiteral("another-account"));
        WebsiteButtonPane otherAccount;
        otherAccount.setAccount(another.get());
        QVERIFY(otherAccount.config() == ChatButtonConfig());
        amodesk::localstore::purgeAccount(QStringLiteral("button-test"));
        WebsiteButtonPane afterRemoval;
        afterRemoval.setAccount(m_context.get());
        QVERIFY(afterRemoval.config() == ChatButtonConfig());
    }
};

QTEST_MAIN(TestButtonPane)
#include "tst_buttonpane.moc"

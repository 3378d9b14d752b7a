// The real website button pane: fill the form, see the preview change, copy the snippet, save
// and reopen a preset, and the checks that name a wrong field (a colour, frame mode without a
// container, bot_params that are not JSON); setMeta with a custom field of the account.
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
using testing::screenshot;

class TestButtonPane : public QObject
{
    Q_OBJECT

private:
    testing::SandboxAccount m_account;
    std::unique_ptr<amodesk::AccountContext> m_context; // outlives the pane
    std::unique_ptr<WebsiteButtonPane> m_pane;

    QColor previewPixel(const QPoint &at) const { return m_pane->preview()->grab().toImage().pixelColor(at); }
    void type(const QString &field, const QString &text) { m_pane->field(field)->setText(text); }

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
        QCOMPARE(m_pane->snippetView()->toPlainText(), QStringLiteral("window.amoSocialButtonConfig = {};\n"));
        const QPoint header = m_pane->preview()->headerRect().center() + QPoint(60, 0);
        m_pane->pages()->setCurrentIndex(2);
        type(QStringLiteral("onlinechat.theme.header.background"), QStringLiteral("rgb(200, 30, 40)"));
        QCOMPARE(previewPixel(header), QColor(200, 30, 40));
        type(QStringLiteral("onlinechat.theme.background"), QStringLiteral("#ffeeaa"));
        QCOMPARE(previewPixel(m_pane->preview()->headerRect().bottomLeft() + QPoint(4, 180)), QColor(0xff, 0xee, 0xaa));
        m_pane->composeHeight()->setValue(500); // the spin box keeps to the chat's maximum
        QCOMPARE(m_pane->composeHeight()->value(), 170);
        QCOMPARE(m_pane->preview()->composeRect().height(), 170);
        m_pane->pages()->setCurrentIndex(1);
        m_pane->localeBox()->setCurrentIndex(m_pane->localeBox()->findData(QStringLiteral("en")));
        QCOMPARE(m_pane->preview()->placeholderShown(), QStringLiteral("Write a message..."));
        type(QStringLiteral("onlinechat.locale.compose_placeholder"), QStringLiteral("Ask us anything"));
        QCOMPARE(m_pane->preview()->placeholderShown(), QStringLiteral("Ask us anything"));
        const QString snippet = m_pane->snippetView()->toPlainText();
        QVERIFY(snippet.contains(QStringLiteral("background: 'rgb(200, 30, 40)'")));
        QVERIFY(snippet.contains(QStringLiteral("height: 170")));
        QVERIFY(snippet.contains(QStringLiteral("compose_placeholder: 'Ask us anything'")));
        QJSEngine js;
        QVERIFY(!js.evaluate(QStringLiteral("var window = {};\n") + snippet).isError());
        QCOMPARE(js.evaluate(QStringLiteral("window.amoSocialButtonConfig.onlinechat.locale.extends")).toString(), QStringLiteral("en"));
        m_pane->noHeaderBox()->setChecked(true);
        QVERIFY(m_pane->preview()->headerRect().isEmpty());
        QVERIFY(m_pane->problemsLabel()->text().contains(QStringLiteral("onlinechat.theme.header"))); // colours on a hidden header
        type(QStringLiteral("onlinechat.theme.header.background"), {});
        QVERIFY(m_pane->snippetView()->toPlainText().contains(QStringLiteral("header: false")));
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
        m_pane->pages()->setCurrentIndex(0);
        type(QStringLiteral("color"), QStringLiteral("blue-ish"));
        QVERIFY(m_pane->problemsLabel()->isVisible());
        QVERIFY(m_pane->problemsLabel()->text().contains(QStringLiteral("color: \"blue-ish\" is not a CSS colour")));
        QVERIFY(m_pane->snippetView()->toPlainText().isEmpty());
        QApplication::clipboard()->setText(QStringLiteral("before"));
        m_pane->copySnippet();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        type(QStringLiteral("color"), QStringLiteral("#1f8ceb"));
        m_pane->modeBox()->setCurrentIndex(1);
        QVERIFY(m_pane->frameWarning()->isVisible());
        QVERIFY(m_pane->problemsLabel()->text().contains(QStringLiteral("onlinechat.container")));
        type(QStringLiteral("onlinechat.container"), QStringLiteral("#custom_chat_holder"));
        QVERIFY(m_pane->problemsLabel()->isHidden());
        QVERIFY(m_pane->snippetView()->toPlainText().contains(QStringLiteral("mode: 'frame'")));
        m_pane->hashUserIdFrom(QStringLiteral("customer-42"));
        QCOMPARE(m_pane->field(QStringLiteral("onlinechat.user_id"))->text(), hashUserId(QStringLiteral("customer-42")));
    }

    void presetsAreSavedAndReopened()
    {
        type(QStringLiteral("color"), QStringLiteral("#1f8ceb"));
        m_pane->localeBox()->setCurrentIndex(m_pane->localeBox()->findData(QStringLiteral("pt")));
        const ChatButtonConfig before = m_pane->config();
        QVERIFY(!(before == ChatButtonConfig()));
        QVERIFY(m_pane->savePreset(QStringLiteral("Main site")));
        QCOMPARE(m_pane->presets()->findText(QStringLiteral("Main site")) >= 0, true);
        m_pane->setConfig({});
        QCOMPARE(m_pane->snippetView()->toPlainText(), QStringLiteral("window.amoSocialButtonConfig = {};\n"));
        WebsiteButtonPane reopened; // a new window, as after a restart
        reopened.setAccount(m_context.get());
        QVERIFY(reopened.presets()->findText(QStringLiteral("Main site")) >= 0);
        QVERIFY(reopened.loadPreset(QStringLiteral("Main site")));
        QVERIFY(reopened.config() == before);
        const auto another = m_account.context(QStringLiteral("another-account"));
        WebsiteButtonPane otherAccount;
        otherAccount.setAccount(another.get());
        QCOMPARE(otherAccount.presets()->count(), 0);
    }

    void setMetaWithTheAccountsFields()
    {
        m_pane->pages()->setCurrentIndex(3);
        QCOMPARE(m_pane->snippetView()->toPlainText(), QStringLiteral("amo_social_button.setMeta({});\n"));
        type(QStringLiteral("contact.name"), QStringLiteral("Ivan Petrov"));
        type(QStringLiteral("note.text"), QStringLiteral("Came from the spring campaign"));
        m_pane->noteElementBox()->setCurrentIndex(m_pane->noteElementBox()->findData(2));
        m_pane->noteTypeBox()->setCurrentIndex(m_pane->noteTypeBox()->findData(4));
        m_pane->addField(false);
        QTableWidget *fields = m_pane->fieldsTable(false);
        QVERIFY(m_pane->problemsLabel()->text().contains(QStringLiteral("contact.custom_fields.0.id")));
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
        m_pane->botParams()->setPlainText(QStringLiteral("{\"locale\": "));
        QVERIFY(m_pane->problemsLabel()->text().contains(QStringLiteral("bot_params")));
        m_pane->botParams()->setPlainText(QStringLiteral("{\"locale\": \"ru\"}"));
        QVERIFY2(m_pane->problemsLabel()->isHidden(), qPrintable(m_pane->problemsLabel()->text()));
        const QString snippet = m_pane->snippetView()->toPlainText();
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
        m_pane->pages()->setCurrentIndex(4);
        QCOMPARE(m_pane->snippet(), QStringLiteral("amoSocialButton('runChatShow');\n"));
        type(QStringLiteral("hook"), QStringLiteral("Paid order"));
        type(QStringLiteral("bot.param"), QStringLiteral("locale"));
        type(QStringLiteral("bot.value"), QStringLiteral("ru"));
        QVERIFY(m_pane->snippetView()->toPlainText().contains(QStringLiteral("runChatShow")));
        QVERIFY(m_pane->embedHint()->text().contains(QStringLiteral("after the button's code")));
        m_pane->findChild<QComboBox *>(QStringLiteral("scriptKind"))->setCurrentIndex(8);
        QVERIFY(m_pane->embedHint()->text().contains(QStringLiteral("condition block of the chat bot's first step")));
    }

    void saysWhereTheSnippetGoes()
    {
        m_pane->pages()->setCurrentIndex(0);
        QVERIFY(m_pane->embedHint()->isVisible());
        QVERIFY(m_pane->embedHint()->text().contains(QStringLiteral("before the button's own code, which you copy in amoCRM")));
    }

    // With no language chosen the chat follows the visitor's browser; the preview stands in with
    // the interface's language, never a mix.
    void previewSpeaksOneLanguage()
    {
        m_pane->setConfig({});
        QCOMPARE(m_pane->preview()->languageShown(), QStringLiteral("en"));
        QCOMPARE(m_pane->preview()->placeholderShown(), QStringLiteral("Write a message..."));
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("ru")));
        QCOMPARE(m_pane->preview()->placeholderShown(), QStringLiteral("Написать сообщение..."));
        QLocale::setDefault(before);
        ChatButtonConfig spanish;
        spanish.localeExtends = QStringLiteral("es");
        m_pane->setConfig(spanish);
        QCOMPARE(m_pane->preview()->placeholderShown(), QStringLiteral("Escribe un mensaje..."));
    }

    // The button's colour is the chat's: the header and the send button take it unless the theme
    // sets their own.
    void buttonColourTintsTheChat()
    {
        m_pane->setConfig({});
        m_pane->pages()->setCurrentIndex(0);
        type(QStringLiteral("color"), QStringLiteral("#2e7d32"));
        const QPoint header = m_pane->preview()->headerRect().center() + QPoint(60, 0);
        QCOMPARE(previewPixel(header), QColor(0x2e, 0x7d, 0x32));
        QCOMPARE(previewPixel(m_pane->preview()->buttonRect().center()), QColor(0x2e, 0x7d, 0x32));
        type(QStringLiteral("onlinechat.theme.header.background"), QStringLiteral("#000000"));
        QCOMPARE(previewPixel(header), QColor(Qt::black));
        QCOMPARE(previewPixel(m_pane->preview()->buttonRect().center()), QColor(0x2e, 0x7d, 0x32));
    }

    void coloursArePickedInADialog()
    {
        m_pane->pages()->setCurrentIndex(2);
        auto *pick = m_pane->findChild<QToolButton *>(QStringLiteral("onlinechat.theme.background.pick"));
        QVERIFY(pick);
        QTest::mouseClick(pick, Qt::LeftButton);
        QColorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QColorDialog *>(QStringLiteral("colourDialog"))) && dialog->isVisible());
        dialog->setCurrentColor(QColor(10, 20, 30));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(m_pane->field(QStringLiteral("onlinechat.theme.background"))->text(), QStringLiteral("#0a141e"));
        QTest::mouseClick(pick, Qt::LeftButton); // opens on the field's colour; a transparent one is kept as rgba()
        QTRY_VERIFY((dialog = m_pane->findChild<QColorDialog *>(QStringLiteral("colourDialog"))) && dialog->isVisible());
        QCOMPARE(dialog->currentColor(), QColor(10, 20, 30));
        dialog->setCurrentColor(QColor(10, 20, 30, 128));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(m_pane->field(QStringLiteral("onlinechat.theme.background"))->text(), QStringLiteral("rgba(10, 20, 30, 0.5)"));
        QVERIFY(m_pane->problemsLabel()->isHidden());
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
            before.field(QStringLiteral("color"))->setText(QStringLiteral("#123456"));
            before.localeBox()->setCurrentIndex(before.localeBox()->findData(QStringLiteral("pt")));
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

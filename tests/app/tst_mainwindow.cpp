// The real main window, headless: panes, shortcuts, remembered state, and `--demo` signing in
// to the bundled sandbox account.
#include "Child.h"
#include "WindowParts.h"
#include "PaneParts.h"
#include "AccountListModel.h"
#include "DemoSession.h"
#include "DemoWindow.h"
#include "EventTableModel.h"
#include "BulkChangeDialog.h"
#include "EventsPane.h"
#include "domain/EventFilter.h"
#include "outbox/NoteOutbox.h"
#include "MainWindow.h"
#include "NextDialog.h"
#include "Screenshots.h"
#include "FollowNotifier.h"
#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"
#include "api/ApiClient.h"
#include "cache/EventCache.h"
#include "domain/TimeText.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QMenu>
#include <QTableWidget>
#include <QMap>
#include <QToolButton>
#include <QSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using amodesk::MainWindow;
using testing::child;
using amodesk::ShortcutEntry;
using amodesk::ShortcutsDialog;
using amodesk::PreferencesDialog;
using testing::onNextDialog;
using testing::screenshot;

namespace {

QStringList statusTexts(MainWindow &w)
{
    QStringList texts;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        texts << l->text();
    return texts;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    // Each test builds its own window; what windows keep between runs (settings, the date style,
    // notifications) starts empty for each, so none depends on what another one left.
    void init() { QSettings().clear(); }

    void cleanup()
    {
        amodesk::setDateStyle(amodesk::DateStyle::Locale);
        amodesk::FollowNotifier::setEnabled(false);
        QSettings().clear();
    }

    void languageChoiceIsRememberedAndUsedAtStart()
    {
        {
            MainWindow w;
            QMenu *view = nullptr;
            for (QAction *a : w.menuBar()->actions()) {
                if (a->text() == u"&View")
                    view = a->menu();
            }
            QVERIFY(view);
            QMenu *language = nullptr;
            for (QAction *a : view->actions()) {
                if (a->menu() && a->text() == u"&Language")
                    language = a->menu();
            }
            QVERIFY(language);
            for (QAction *a : language->actions()) {
                if (a->text() == QStringLiteral("Русский"))
                    a->trigger();
            }
            QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
        }
        // The program reads the choice when it starts: its --help comes out in Russian.
        QTemporaryDir config;
        QSettings chosen(config.filePath(QStringLiteral("AmoDesk/AmoDesk.conf")), QSettings::IniFormat);
        chosen.setValue(QStringLiteral("ui/language"), QStringLiteral("ru"));
        chosen.sync();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANG"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        p.setProcessEnvironment(env);
        p.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk")), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("демо")), qPrintable(help));
    }

    void hasTheFourPanesAndAnAccountSwitcher()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(testing::tabs(&w)->count(), 4);
        QCOMPARE(testing::tabs(&w)->tabText(0), QStringLiteral("&Events"));
        QCOMPARE(testing::tabs(&w)->tabText(1), QStringLiteral("&Notes"));
        QCOMPARE(testing::tabs(&w)->tabText(2), QStringLiteral("&Widgets"));
        QCOMPARE(testing::tabs(&w)->tabText(3), QStringLiteral("Website &button"));
        QCOMPARE(testing::accountSwitcher(&w)->count(), 0);
        QVERIFY(statusTexts(w).contains(QStringLiteral("Not signed in")));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("Even&ts"), QStringLiteral("N&otes"), QStringLiteral("&Help")}));
    }

    void shortcutsSwitchPanes()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(testing::tabs(&w)->currentIndex(), 2);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(testing::tabs(&w)->currentIndex(), 0);
    }

    // #16.5: Help lists every shortcut of the window, read from its actions and buttons.
    void helpListsEveryShortcut()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMap<QString, QString> listed;
        for (const ShortcutEntry &e : ShortcutsDialog::collect(&w))
            listed.insert(e.what, e.keys.toString(QKeySequence::PortableText));
        QCOMPARE(listed.value(QStringLiteral("Add account")), QStringLiteral("Ctrl+N"));
        QCOMPARE(listed.value(QStringLiteral("Filter")), QStringLiteral("Ctrl+Shift+F"));
        QCOMPARE(listed.value(QStringLiteral("Search")), QStringLiteral("Ctrl+F"));
        QCOMPARE(listed.value(QStringLiteral("Reload")), QStringLiteral("F5"));
        QCOMPARE(listed.value(QStringLiteral("Keyboard Shortcuts")), QStringLiteral("Ctrl+/"));
        QVERIFY(!listed.contains(QString()));
        bool shown = false;
        onNextDialog<ShortcutsDialog>([&shown](ShortcutsDialog *d) {
            shown = child<QTableWidget>(d, QStringLiteral("shortcuts"))->rowCount() > 5;
            screenshot(d, QStringLiteral("keyboard-shortcuts"));
            d->reject();
        });
        QTest::keyClick(&w, Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY(shown);
    }

    // #16.5: the panes' actions are in menus with their shortcuts, choosing one shows its
    // pane, and Tab walks the Events tool bar in the order it reads.
    void menusCarryThePaneActionsAndTabReadsInOrder()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMap<QString, QMenu *> menus;
        for (QAction *a : w.menuBar()->actions())
            menus.insert(a->text().remove(u'&'), a->menu());
        QVERIFY(menus.value(QStringLiteral("Events")) && menus.value(QStringLiteral("Notes")));
        QMap<QString, QAction *> events, notes;
        for (QAction *a : menus.value(QStringLiteral("Events"))->actions())
            events.insert(a->text().remove(u'&'), a);
        for (QAction *a : menus.value(QStringLiteral("Notes"))->actions())
            notes.insert(a->text().remove(u'&'), a);
        for (const char *name : {"Filter…", "Search", "Reload", "Follow", "Chart", "Sync period…", "Export…"})
            QVERIFY2(events.contains(QString::fromUtf8(name)), name);
        for (const char *name : {"Filter…", "Reload", "Add note…", "Add from CSV…", "Edit…"})
            QVERIFY2(notes.contains(QString::fromUtf8(name)), name);
        QCOMPARE(events.value(QStringLiteral("Reload"))->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(notes.value(QStringLiteral("Edit…"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        QMenu *eventsMenu = menus.value(QStringLiteral("Events"));
        eventsMenu->popup(w.mapToGlobal(QPoint(120, 20)));
        QTRY_VERIFY(eventsMenu->isVisible());
        screenshot(eventsMenu, QStringLiteral("menu-events"));
        eventsMenu->hide();
        testing::tabs(&w)->setCurrentIndex(2);
        events.value(QStringLiteral("Chart"))->trigger();
        QCOMPARE(testing::tabs(&w)->currentWidget(), static_cast<QWidget *>(w.eventsPane()));
        QVERIFY(child<QToolButton>(w.eventsPane(), QStringLiteral("chartButton"))->isChecked());
        events.value(QStringLiteral("Chart"))->trigger();
        QVERIFY(!child<QToolButton>(w.eventsPane(), QStringLiteral("chartButton"))->isChecked());
        // Tab order: Filter, Search, Reload, Follow, its interval, Chart, Sync, Export, the table.
        QWidget *filter = nullptr;
        for (QToolButton *b : w.eventsPane()->findChildren<QToolButton *>()) {
            if (b->defaultAction() == events.value(QStringLiteral("Filter…")))
                filter = b;
        }
        QVERIFY(filter);
        QStringList visited;
        QWidget *at = filter;
        for (int i = 0; i < 40 && visited.size() < 9; ++i) {
            if (at->focusPolicy() & Qt::TabFocus) {
                if (auto *b = qobject_cast<QToolButton *>(at); b && b->defaultAction())
                    visited << b->defaultAction()->text().remove(u'&');
                else if (at == child<QLineEdit>(w.eventsPane(), QStringLiteral("search")))
                    visited << QStringLiteral("search field");
                else if (qobject_cast<QSpinBox *>(at))
                    visited << QStringLiteral("interval");
                else if (at == child<QTableView>(w.eventsPane(), QStringLiteral("table")))
                    visited << QStringLiteral("table");
            }
            at = at->nextInFocusChain();
        }
        QCOMPARE(visited, (QStringList{QStringLiteral("Filter…"), QStringLiteral("search field"), QStringLiteral("Reload"), QStringLiteral("Follow"),
                                       QStringLiteral("interval"), QStringLiteral("Chart"), QStringLiteral("Sync period…"), QStringLiteral("Export…"),
                                       QStringLiteral("table")}));
    }

    // Bulk change… > Add a note in the Events pane: the notes go through the Notes pane's outbox
    // and are confirmed by the account, one for each lead of the selected events.
    void bulkNotesGoThroughTheOutbox()
    {
        MainWindow w;
        QVERIFY(testing::showSignedInDemo(w));
        amodesk::EventsPane *pane = w.eventsPane();
        amodesk::EventFilter leads;
        leads.entities = {QStringLiteral("lead")};
        leads.types = {QStringLiteral("lead_added")};
        pane->applyFilter(leads);
        QTRY_VERIFY_WITH_TIMEOUT(!testing::apiEvents(pane)->isLoading() && testing::apiEvents(pane)->rowCount() >= 2, 30000);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        child<QTableView>(pane, QStringLiteral("table"))->setFocus();
        child<QTableView>(pane, QStringLiteral("table"))->selectRow(0);
        child<QTableView>(pane, QStringLiteral("table"))->selectionModel()->select(testing::eventProxy(pane)->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        amodesk::NoteOutbox *outbox = w.context()->outbox();
        QVERIFY(outbox);
        const int confirmedBefore = outbox->count(amodesk::OutboxItem::State::Confirmed);
        bool chose = false;
        onNextDialog<amodesk::BulkChangeDialog>([&](amodesk::BulkChangeDialog *d) {
            auto *action = d->findChild<QComboBox *>(QStringLiteral("action"));
            action->setCurrentIndex(action->findText(amodesk::BulkChangeDialog::tr("Add a note")));
            QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("note")), QStringLiteral("Checked after the import"));
            testing::clickOk(d);
            chose = true;
        });
        QTest::keyClick(child<QTableView>(pane, QStringLiteral("table")), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(chose);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->count(amodesk::OutboxItem::State::Confirmed), confirmedBefore + 2, 30000);
        for (const amodesk::OutboxItem &item : outbox->items({amodesk::OutboxItem::State::Confirmed})) {
            QVERIFY(item.noteId > 0);
            QCOMPARE(item.entityType, QStringLiteral("leads"));
        }
        w.close();
    }

    void remembersGeometryAndPane()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 610);
            testing::tabs(&w)->setCurrentIndex(2);
            QVERIFY(w.close());
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 610));
        QCOMPARE(testing::tabs(&again)->currentIndex(), 2);
        again.close();
    }

    void demoSignsInToTheSandboxAccount()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        amodesk::DemoSession demo(&w);
        QSignalSpy signedIn(&demo, &amodesk::DemoSession::signedIn);
        QSignalSpy failed(&demo, &amodesk::DemoSession::failed);
        demo.start();
        QVERIFY2(signedIn.wait(60000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        QCOMPARE(testing::accountSwitcher(&w)->count(), 1);
        QCOMPARE(testing::accountSwitcher(&w)->currentText(), QStringLiteral("Демо-аккаунт AmoDesk"));
        const QString url = testing::accounts(&w)->data(testing::accounts(&w)->index(0), amodesk::AccountListModel::BaseUrlRole).toString();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(testing::accounts(&w)->data(testing::accounts(&w)->index(0), amodesk::AccountListModel::SessionOnlyRole).toBool());
        bool statusNamesAccount = false;
        for (const QString &t : statusTexts(w))
            statusNamesAccount = statusNamesAccount || t.contains(QStringLiteral("Демо-аккаунт AmoDesk"));
        QVERIFY(statusNamesAccount);
        // The event log of the demo account fills in, with names rather than ids.
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->rowCount() >= 100, 30000); // what the table shows
        QTRY_VERIFY_WITH_TIMEOUT(w.directory()->isLoaded(), 30000);
        screenshot(&w, QStringLiteral("mainwindow-demo-en"));
        w.close();
    }

    // #16.13: Edit > Preferences keeps the language, shows dates as chosen at once, sets the
    // account's share of the request budget, clears the event cache, and turns on notifications.
    void preferencesAreKeptAndApplied()
    {
        MainWindow w;
        QVERIFY(testing::showSignedInDemo(w));
        const QString cachePath = amodesk::EventCache::pathFor(w.context()->accountId());
        {
            amodesk::EventCache marked(cachePath); // a second connection, as another AmoDesk would have
            QVERIFY(marked.isOpen());
            marked.setState(QStringLiteral("marker"), QStringLiteral("before clearing"));
        }
        bool cacheShown = false;
        onNextDialog<PreferencesDialog>([&](PreferencesDialog *d) {
            auto *size = d->findChild<QLabel *>(QStringLiteral("cacheSize"));
            cacheShown = d->findChild<QLabel *>(QStringLiteral("cachePath"))->text().contains(QStringLiteral("demo")) && size->text() != QStringLiteral("empty");
            auto *language = d->findChild<QComboBox *>(QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("ru")));
            d->findChild<QComboBox *>(QStringLiteral("dateStyle"))->setCurrentIndex(1);
            d->findChild<QSpinBox *>(QStringLiteral("rate"))->setValue(5);
            QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("followNotifications")), Qt::LeftButton, {}, QPoint(5, 5));
            screenshot(d, QStringLiteral("preferences"));
            onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("clearCache")), Qt::LeftButton);
            testing::clickOk(d);
        });
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(cacheShown);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
        bool russianChecked = false;
        for (QAction *a : w.findChildren<QAction *>())
            russianChecked = russianChecked || (a->isCheckable() && a->isChecked() && a->data().toString() == u"ru");
        QVERIFY(russianChecked); // View > Language says the same
        QVERIFY(amodesk::FollowNotifier::enabled());
        {
            amodesk::EventCache after(cachePath);
            QVERIFY(after.isOpen());
            QCOMPARE(after.state(QStringLiteral("marker")), QString()); // a new cache, read again from the account
        }
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->rowCount() >= 100, 30000);
        QCOMPARE(w.context()->api()->rateLimit(), 5); // in force from the requests since
        const QString timeAfter = child<QTableView>(w.eventsPane(), QStringLiteral("table"))->model()->index(0, 0).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$")).match(timeAfter).hasMatch(), qPrintable(timeAfter));
        w.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

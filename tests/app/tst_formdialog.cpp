// The life of a fixed form: load() fills it from what it edits, what is wrong is named and
// marked, and a form opened again after Cancel starts from what it edits, not from what was typed.
#include "AddAccountDialog.h"
#include "BotContinueDialog.h"
#include "Child.h"
#include "NextDialog.h"
#include "NoteEditorDialog.h"
#include "NoteFilterDialog.h"
#include "Screenshots.h"
#include "SyncPeriodDialog.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using amodesk::NoteFilter;
using amodesk::NoteFilterDialog;
using amodesk::SyncPeriodDialog;
using testing::child;
using testing::clickOk;

class FormDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWhatItEdits()
    {
        NoteFilter f;
        f.ids = {5, 7};
        f.noteTypes = {QStringLiteral("call_in")};
        NoteFilterDialog d(f);
        d.show();
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("noteIds"))->text(), QStringLiteral("5, 7"));
        auto *types = child<QListWidget>(&d, QStringLiteral("types"));
        int checked = 0;
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->checkState() == Qt::Checked) {
                ++checked;
                QCOMPARE(types->item(i)->data(Qt::UserRole).toString(), QStringLiteral("call_in"));
            }
        }
        QCOMPARE(checked, 1);
        testing::screenshot(&d, QStringLiteral("note-filter-loaded"));
    }

    void refusesAndMarksTheWrongField()
    {
        NoteFilterDialog d({});
        d.show();
        auto *ids = child<QLineEdit>(&d, QStringLiteral("noteIds"));
        QTest::keyClicks(ids, QStringLiteral("12, abc"));
        clickOk(&d);
        QVERIFY(d.isVisible());
        QVERIFY(d.problems().contains(QStringLiteral("Note IDs")));
        QVERIFY(!ids->styleSheet().isEmpty());
        QTest::keyClick(ids, Qt::Key_Backspace); // editing the field takes back what was said of it
        QVERIFY(ids->styleSheet().isEmpty());
        QVERIFY(d.problems().isEmpty());
    }

    void opensAgainFromWhatItEdits()
    {
        NoteFilter f;
        f.ids = {5};
        NoteFilterDialog d(f);
        d.show();
        auto *ids = child<QLineEdit>(&d, QStringLiteral("noteIds"));
        ids->selectAll();
        QTest::keyClicks(ids, QStringLiteral("x"));
        clickOk(&d);
        QVERIFY(d.isVisible()); // refused
        d.reject();
        d.show();
        QCOMPARE(ids->text(), QStringLiteral("5"));
        QVERIFY(d.problems().isEmpty());
        QVERIFY(ids->styleSheet().isEmpty());
        // Taken with OK, the form edits the new filter: opened again, it shows that one.
        ids->selectAll();
        QTest::keyClicks(ids, QStringLiteral("9"));
        clickOk(&d);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.filter().ids, QList<qint64>{9});
        d.show();
        QCOMPARE(ids->text(), QStringLiteral("9"));
    }

    void syncPeriodStartsAtAMonthUpToToday()
    {
        SyncPeriodDialog d;
        d.show();
        auto *from = child<QDateEdit>(&d, QStringLiteral("from"));
        QCOMPARE(from->date(), QDate::currentDate().addMonths(-1));
        from->setDate(QDate(2020, 1, 1));
        d.reject();
        d.show();
        QCOMPARE(from->date(), QDate::currentDate().addMonths(-1));
        QCOMPARE(child<QDateEdit>(&d, QStringLiteral("to"))->date(), QDate::currentDate());
    }

    // Add account edits a new account each time: a secret typed and cancelled is gone.
    void addAccountForgetsWhatWasCancelled()
    {
        amodesk::MemoryVault vault;
        amodesk::AccountStore store;
        amodesk::AddAccountDialog d(&vault, &store);
        d.show();
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("address")), QStringLiteral("https://example.amocrm.ru"));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("secret")), QStringLiteral("s3cret"));
        clickOk(&d); // refused: the client ID is missing
        QVERIFY(d.isVisible() && !d.problems().isEmpty());
        d.reject();
        d.show();
        QVERIFY(child<QLineEdit>(&d, QStringLiteral("address"))->text().isEmpty());
        QVERIFY(child<QLineEdit>(&d, QStringLiteral("secret"))->text().isEmpty());
        QVERIFY(d.problems().isEmpty());
    }

    // The note editor refuses a note for no entity, marking where they are typed; with one, the
    // note is what it queues.
    void noteEditorNamesTheEntitiesItNeeds()
    {
        amodesk::NoteEditorDialog d(QStringLiteral("leads"), nullptr, nullptr);
        d.show();
        d.setParam(QStringLiteral("text"), QStringLiteral("Call back"));
        clickOk(&d);
        QVERIFY(d.isVisible());
        QVERIFY2(d.problems().contains(QStringLiteral("name at least one")), qPrintable(d.problems()));
        auto *entities = child<QLineEdit>(&d, QStringLiteral("entities"));
        QVERIFY(!entities->styleSheet().isEmpty());
        QTest::keyClicks(entities, QStringLiteral("12, 14"));
        QVERIFY(entities->styleSheet().isEmpty());
        clickOk(&d);
        QVERIFY2(!d.isVisible(), qPrintable(d.problems()));
        QCOMPARE(d.bodies().size(), 2);
        QCOMPARE(d.bodies().at(1).value(QStringLiteral("entity_id")).toInteger(), 14);
    }

    // Send is the bot form's accepting button: the ids it needs are named and marked before
    // anything is sent.
    void botContinueNamesTheIdsItNeeds()
    {
        amodesk::BotContinueDialog d{amodesk::BotService(nullptr)};
        d.show();
        QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("send")), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY2(d.problems().contains(QStringLiteral("Bot ID")) && d.problems().contains(QStringLiteral("Continue ID")), qPrintable(d.problems()));
        auto *bot = child<QLineEdit>(&d, QStringLiteral("botId"));
        auto *step = child<QLineEdit>(&d, QStringLiteral("continueId"));
        QVERIFY(!bot->styleSheet().isEmpty() && !step->styleSheet().isEmpty());
        QCOMPARE(d.focusWidget(), static_cast<QWidget *>(bot)); // the first field named
        QTest::keyClicks(bot, QStringLiteral("101"));
        QVERIFY(bot->styleSheet().isEmpty());
        QVERIFY(!step->styleSheet().isEmpty());
    }
};

QTEST_MAIN(FormDialogTest)
#include "tst_formdialog.moc"

// Revert… as an admin uses it: a wrong move of leads in the sandbox, its events selected in the
// real Events pane, Ctrl+Shift+R, the plan read against the account (names, not ids; a lead
// moved on by someone else shown as a conflict and left alone), Apply clicked, the report, and
// the leads back where they were. A fresh sandbox and pane for each test.
// AMODESK_TEST_LANG=ru with AMODESK_SCREENSHOT_DIR saves the screens in Russian.
#include "BulkChangeDialog.h"
#include "EntityHistoryDialog.h"
#include "EventTableModel.h"
#include "EventsPane.h"
#include "NoteTableModel.h"
#include "NotesPane.h"
#include "HttpProbe.h"
#include "NextDialog.h"
#include "RevertDialog.h"
#include "RevertPlanModel.h"
#include "SandboxAccount.h"
#include "Screenshots.h"
#include "TimelineIds.h"
#include "Translations.h"
#include "describe/EventDescriber.h"
#include "describe/NoteDescriber.h"
#include "domain/EventFilter.h"
#include "revert/RevertJournal.h"
#include "services/AccountDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace amodesk;
using testing::HttpProbe;

namespace {
using Stage = std::pair<int, int>;
constexpr Stage kWrong{13513, 143};
constexpr Stage kElsewhere{13513, 142};

QJsonObject moveTo(qint64 id, Stage stage)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), stage.first}, {QStringLiteral("status_id"), stage.second}};
}
} // namespace

class TestRevertDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::SandboxAccount> m_account;
    std::unique_ptr<AccountContext> m_context;
    std::unique_ptr<HttpProbe> m_http;
    std::unique_ptr<EventsPane> m_pane;
    QString m_accountId;

    Stage stageOf(qint64 id)
    {
        const QJsonObject lead = m_http->get(QStringLiteral("/api/v4/leads/%1").arg(id)).json();
        return {lead[QStringLiteral("pipeline_id")].toInt(), lead[QStringLiteral("status_id")].toInt()};
    }

    bool move(const QList<qint64> &ids, Stage stage)
    {
        QJsonArray body;
        for (const qint64 id : ids)
            body.append(moveTo(id, stage));
        return m_http->send("PATCH", QStringLiteral("/api/v4/leads"), QJsonDocument(body).toJson(QJsonDocument::Compact)).status == 200;
    }

    // Leads the wrong move changes, with their stages before it.
    QHash<qint64, Stage> openLeads(int count)
    {
        QHash<qint64, Stage> out;
        for (const int id : testing::liveEntityIds(m_account->sandbox.baseUrl(), m_account->sandbox.token(), QStringLiteral("leads"), 40)) {
            const Stage s = stageOf(id);
            if (s != kWrong && out.size() < count)
                out.insert(id, s);
        }
        return out;
    }

    // Shows the pane on the events of the wrong move and selects them all.
    void showTheMistake(qint64 since)
    {
        EventFilter f;
        f.types = {QStringLiteral("lead_status_changed")};
        f.createdFrom = since;
        f.valueAfter.leadsStatuses = {{kWrong.first, kWrong.second}};
        m_pane->applyFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading() && m_pane->model()->rowCount() > 0, 20000);
        m_pane->table()->setFocus();
        m_pane->table()->selectAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsSet("AMODESK_TEST_LANG"))
            installTranslations(qEnvironmentVariable("AMODESK_TEST_LANG"));
    }

    void init()
    {
        m_account = std::make_unique<testing::SandboxAccount>();
        QString error;
        QVERIFY2(m_account->open({QStringLiteral("--events"), QStringLiteral("1500"), QStringLiteral("--rate-limit"), QStringLiteral("0")}, &error),
                 qPrintable(error));
        m_accountId = QStringLiteral("revert-dialog-%1").arg(QCoreApplication::applicationPid());
        m_context = m_account->context(m_accountId);
        m_http = std::make_unique<HttpProbe>(m_account->sandbox.baseUrl(), m_account->sandbox.token());
        m_pane = std::make_unique<EventsPane>();
        m_pane->resize(1100, 600);
        m_pane->setAccount(m_context.get());
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_context->purgeLocalData();
        m_context.reset();
        m_http.reset();
        m_account.reset();
    }

    void wrongMoveIsPlannedNamedAndReverted()
    {
        const QHash<qint64, Stage> before = openLeads(6);
        QCOMPARE(before.size(), 6);
        const QList<qint64> ids = before.keys();
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(ids, kWrong));
        const qint64 movedOn = ids.first();
        QVERIFY(move({movedOn}, kElsewhere)); // someone else, after the mistake
        showTheMistake(since);
        QCOMPARE(m_pane->model()->rowCount(), 6);

        const AccountDirectory *names = m_context->directory();
        bool checked = false;
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            dialog->resize(1100, 420);
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("planView"));
            QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
            QAbstractItemModel *plan = view->model();
            QCOMPARE(plan->rowCount(), 6);
            int conflicts = 0;
            for (int r = 0; r < plan->rowCount(); ++r) {
                const QString entity = plan->index(r, 0).data().toString();
                const QString state = plan->index(r, 4).data().toString();
                QVERIFY2(entity.startsWith(EventDescriber::entityTypeName(QStringLiteral("lead")) + QStringLiteral(" «")), qPrintable(entity)); // named, not numbered
                QCOMPARE(plan->index(r, 1).data().toString(), RevertPlanModel::tr("Stage"));
                QCOMPARE(plan->index(r, 3).data().toString().isEmpty(), false);
                if (state == RevertPlanModel::tr("Changed since")) {
                    ++conflicts;
                    QCOMPARE(plan->index(r, 3).data().toString(),
                             QStringLiteral("%1 › %2").arg(names->pipelineName(kElsewhere.first), names->leadStatusName(kElsewhere.first, kElsewhere.second)));
                } else {
                    QCOMPARE(state, RevertPlanModel::tr("Ready"));
                    QCOMPARE(plan->index(r, 3).data().toString(),
                             QStringLiteral("%1 › %2").arg(names->pipelineName(kWrong.first), names->leadStatusName(kWrong.first, kWrong.second)));
                }
            }
            QCOMPARE(conflicts, 1);
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("includeConflicts"))->isEnabled());
            QCOMPARE(apply->text(), RevertDialog::tr("&Apply %n change(s)", nullptr, 5));
            testing::screenshot(dialog, QStringLiteral("revert-plan"));

            QTest::mouseClick(apply, Qt::LeftButton);
            auto *report = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
            QTRY_VERIFY_WITH_TIMEOUT(report->isVisible(), 30000);
            const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
            const QString runId = RevertJournal(m_accountId).runs().value(0).id;
            QCOMPARE(summary, RevertDialog::tr("Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account's "
                                               "journal as %5 (amodesk-cli journal show %5; journal undo %5 puts it back).")
                                  .arg(5).arg(0).arg(0).arg(1).arg(runId));
            int done = 0;
            for (int r = 0; r < plan->rowCount(); ++r)
                done += plan->index(r, 4).data().toString() == RevertPlanModel::tr("Done");
            QCOMPARE(done, 5);
            testing::screenshot(dialog, QStringLiteral("revert-report"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
            checked = true;
        });
        QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(m_pane->statusLabel()->text()));

        for (const qint64 id : ids)
            QCOMPARE(stageOf(id), id == movedOn ? kElsewhere : before.value(id));
        const QList<RevertJournal::Run> runs = RevertJournal(m_accountId).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().count(RevertJournal::Status::Applied), 5);
        QCOMPARE(runs.first().count(RevertJournal::Status::Skipped), 1);
    }

    // Conflicts go back too when the admin includes them.
    void includedConflictsAreRevertedToo()
    {
        const QHash<qint64, Stage> before = openLeads(2);
        QCOMPARE(before.size(), 2);
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(before.keys(), kWrong));
        QVERIFY(move(before.keys(), kElsewhere));
        showTheMistake(since);
        bool checked = false;
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            auto *include = dialog->findChild<QCheckBox *>(QStringLiteral("includeConflicts"));
            QTRY_VERIFY_WITH_TIMEOUT(include->isEnabled(), 20000);
            QVERIFY(!apply->isEnabled()); // nothing is ready: both were moved on
            QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2)); // on its box: the widget spans the dialog
            QVERIFY(include->isChecked());
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(m_pane->statusLabel()->text()));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(stageOf(it.key()), it.value());
    }

    // Ctrl+Shift+H on an event: its lead's events and notes together, newest first, in names.
    void historyOfTheEventsEntity()
    {
        const qint64 lead = openLeads(1).keys().value(0);
        QVERIFY(lead > 0);
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        const QJsonArray rename{QJsonObject{{QStringLiteral("id"), lead}, {QStringLiteral("name"), QStringLiteral("Поставка с историей")}}};
        QCOMPARE(m_http->send("PATCH", QStringLiteral("/api/v4/leads"), QJsonDocument(rename).toJson(QJsonDocument::Compact)).status, 200);
        QTest::qWait(1100); // the note is newer than the rename
        const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), lead}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Позвонить в пятницу")}}}}};
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(note).toJson(QJsonDocument::Compact)).status, 200);
        const int expected = int(testing::timelineIds([this](const QString &path) { return m_http->get(path); }, QStringLiteral("leads"),
                                                      QStringLiteral("lead"), lead).size());

        EventFilter f;
        f.entities = {QStringLiteral("lead")};
        f.entityIds = {lead};
        f.createdFrom = since;
        m_pane->applyFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading() && m_pane->model()->rowCount() > 0, 20000);
        m_pane->table()->setFocus();
        m_pane->table()->selectRow(0);
        bool checked = false;
        testing::onNextDialog<EntityHistoryDialog>([&](EntityHistoryDialog *dialog) {
            dialog->resize(1000, 460);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("timeline"));
            QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
            QCOMPARE(view->model()->rowCount(), expected);
            QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("title"))->text().contains(QStringLiteral("«Поставка с историей»")),
                     qPrintable(dialog->findChild<QLabel *>(QStringLiteral("title"))->text()));
            QCOMPARE(view->model()->index(0, 2).data().toString(), NoteDescriber::typeName(QStringLiteral("common")));
            QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Позвонить в пятницу"));
            const QString author = view->model()->index(0, 1).data().toString();
            QVERIFY2(m_context->directory()->users().values().contains(author), qPrintable(author)); // a name, not a number
            QVERIFY(view->model()->index(1, 3).data().toString().contains(QStringLiteral("Поставка с историей")));
            QVERIFY(!status->text().isEmpty());
            testing::screenshot(dialog, QStringLiteral("entity-history"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
            checked = true;
        });
        QTest::keyClick(m_pane->table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(m_pane->statusLabel()->text()));
    }

    // Ctrl+Shift+B on the selected events: one tag added to their leads, planned, applied.
    void bulkChangeOfTheSelectedEventsLeads()
    {
        const QHash<qint64, Stage> leads = openLeads(3);
        QCOMPARE(leads.size(), 3);
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(leads.keys(), kWrong));
        showTheMistake(since);
        bool chose = false, planned = false;
        testing::onNextDialog<BulkChangeDialog>([&](BulkChangeDialog *dialog) {
            auto *action = dialog->findChild<QComboBox *>(QStringLiteral("action"));
            QTest::keyClick(action, Qt::Key_Down);
            QTest::keyClick(action, Qt::Key_Down);
            QCOMPARE(action->currentText(), BulkChangeDialog::tr("Add a tag"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton); // no tag yet: refused, and said why
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("errors"))->text(), BulkChangeDialog::tr("type the tag"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tag")), QStringLiteral("bulk-gui"));
            testing::screenshot(dialog, QStringLiteral("bulk-change"));
            QTest::mouseClick(ok, Qt::LeftButton);
            chose = true;
        });
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("planView"));
            QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
            QCOMPARE(view->model()->rowCount(), 3);
            QCOMPARE(view->model()->headerData(2, Qt::Horizontal).toString(), RevertPlanModel::tr("Set to"));
            for (int r = 0; r < 3; ++r)
                QCOMPARE(view->model()->index(r, 1).data().toString(), RevertPlanModel::tr("Tag “%1”").arg(QStringLiteral("bulk-gui")));
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            planned = true;
        });
        QTest::keyClick(m_pane->table(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(chose && planned, qPrintable(m_pane->statusLabel()->text()));
        for (const qint64 id : leads.keys()) {
            QStringList tags;
            for (const QJsonValue &tag : m_http->get(QStringLiteral("/api/v4/leads/%1").arg(id)).json()[QStringLiteral("_embedded")][QStringLiteral("tags")].toArray())
                tags << tag[QStringLiteral("name")].toString();
            QVERIFY2(tags.contains(QStringLiteral("bulk-gui")), qPrintable(tags.join(u',')));
        }
        QCOMPARE(RevertJournal(m_accountId).runs().value(0).kind, QStringLiteral("update"));
    }

    // Ctrl+Shift+H in the Notes pane: the history of the selected note's entity lists that note.
    void historyFromTheNotesPane()
    {
        NotesPane notes;
        notes.resize(900, 500);
        notes.setAccount(m_context.get());
        notes.show();
        notes.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&notes));
        auto *model = qobject_cast<NoteTableModel *>(notes.table()->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
        notes.table()->setFocus();
        notes.table()->selectRow(0);
        const QJsonObject note = model->noteAt(0);
        bool checked = false;
        testing::onNextDialog<EntityHistoryDialog>([&](EntityHistoryDialog *dialog) {
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("timeline"));
            QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
            QStringList ids;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                ids << view->model()->index(r, 2).data().toString();
            QVERIFY2(ids.contains(NoteDescriber::typeName(note.value(QStringLiteral("note_type")).toString())), qPrintable(ids.join(u',')));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(notes.table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);
    }

    void withoutASelectionItSaysWhatToDo()
    {
        m_pane->table()->clearSelection();
        QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(m_pane->statusLabel()->text().contains(EventsPane::tr("Select the events first (Ctrl+A selects every event shown).")),
                 qPrintable(m_pane->statusLabel()->text()));
    }
};

QTEST_MAIN(TestRevertDialog)
#include "tst_revertdialog.moc"

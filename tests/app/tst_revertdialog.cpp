// Revert… as an admin uses it: a wrong move of leads in the sandbox, its events selected in the
// real Events pane, Ctrl+Shift+R, the plan read against the account (names, not ids; a lead
// moved on by someone else shown as a conflict and left alone), Apply clicked, the report, and
// the leads back where they were. A fresh sandbox and pane for each test.
// AMODESK_TEST_LANG=ru with AMODESK_SCREENSHOT_DIR saves the screens in Russian.
#include "Child.h"
#include "PaneParts.h"
#include "BulkChangeDialog.h"
#include "EntityHistoryDialog.h"
#include "EventTableModel.h"
#include "EventCacheModel.h"
#include "EventsPane.h"
#include "NoteTableModel.h"
#include "NotesPane.h"
#include "HttpProbe.h"
#include "NextDialog.h"
#include "FindEntityDialog.h"
#include "JournalDialog.h"
#include "PutRightActions.h"
#include "RevertDialog.h"
#include "JournalRunsModel.h"
#include "RevertPlanModel.h"
#include "SandboxAccount.h"
#include "Screenshots.h"
#include "TimelineIds.h"
#include "Translations.h"
#include "describe/ChangeText.h"
#include "describe/EventDescriber.h"
#include "describe/NoteDescriber.h"
#include "domain/EventFilter.h"
#include "revert/RevertJournal.h"
#include "revert/RunResumer.h"
#include "revert/UpdatePlan.h"
#include "services/EntityNames.h"
#include "services/AccountDirectory.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QLineEdit>
#include <QDateEdit>
#include <QDateTime>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace amodesk;
using testing::child;
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
        for (const int id : testing::liveEntityIds(m_account->sandbox.baseUrl(), m_account->sandbox.token(), QStringLiteral("leads"), qMax(40, count + 30))) {
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
        QTRY_VERIFY_WITH_TIMEOUT(!testing::apiEvents(m_pane.get())->isLoading() && testing::apiEvents(m_pane.get())->rowCount() > 0, 20000);
        child<QTableView>(m_pane, QStringLiteral("table"))->setFocus();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectAll();
    }

    // A run of the account's journal moving these leads to `stage`, as written before anything is
    // sent: what a revert or bulk change cut off by a crash leaves.
    QString journalRun(const QList<qint64> &ids, Stage stage)
    {
        CurrentEntities now;
        QJsonArray items;
        for (const qint64 id : ids) {
            now[QStringLiteral("leads")].insert(id, Entity::fromJson(m_http->get(QStringLiteral("/api/v4/leads/%1").arg(id)).json(), QStringLiteral("leads")));
            items.append(moveTo(id, stage));
        }
        ValidationIssues issues;
        const QList<RevertChange> plan = planUpdate(QStringLiteral("leads"), items, now, issues);
        QList<int> all;
        for (int i = 0; i < plan.size(); ++i)
            all << i;
        QString error;
        const QString runId = m_context->journal()->begin(QStringLiteral("update"), {}, plan, all, &error);
        if (runId.isEmpty())
            qWarning() << error;
        return runId;
    }

    QList<RevertJournal::Status> statusesOf(const QString &runId)
    {
        QList<RevertJournal::Status> out;
        const auto run = RevertJournal(m_accountId).run(runId);
        for (const RevertJournal::Entry &e : run->entries)
            out << e.status;
        return out;
    }

    QJsonArray fieldValues(qint64 lead, qint64 fieldId)
    {
        for (const QJsonValue &f : m_http->get(QStringLiteral("/api/v4/leads/%1").arg(lead)).json()[QStringLiteral("custom_fields_values")].toArray()) {
            if (f[QStringLiteral("field_id")].toInteger() == fieldId)
                return f[QStringLiteral("values")].toArray();
        }
        return {};
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
        QCOMPARE(testing::apiEvents(m_pane.get())->rowCount(), 6);

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
                QCOMPARE(plan->index(r, 1).data().toString(), ChangeText::tr("Stage"));
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
            QCOMPARE(summary, RevertDialog::tr("Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account's "
                                               "journal: Events > Revert journal… (Ctrl+Shift+J) sends what is left again and can undo the run.")
                                  .arg(5).arg(0).arg(0).arg(1));
            int done = 0;
            for (int r = 0; r < plan->rowCount(); ++r)
                done += plan->index(r, 4).data().toString() == RevertPlanModel::tr("Done");
            QCOMPARE(done, 5);
            testing::screenshot(dialog, QStringLiteral("revert-report"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
            checked = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));

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
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
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
        QTRY_VERIFY_WITH_TIMEOUT(!testing::apiEvents(m_pane.get())->isLoading() && testing::apiEvents(m_pane.get())->rowCount() > 0, 20000);
        child<QTableView>(m_pane, QStringLiteral("table"))->setFocus();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(0);
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
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
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
            action->setFocus();
            for (int i = 0; i < 3; ++i)
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
                QCOMPARE(view->model()->index(r, 1).data().toString(), ChangeText::tr("Tag “%1”").arg(QStringLiteral("bulk-gui")));
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            planned = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(chose && planned, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
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
        auto *model = qobject_cast<NoteTableModel *>(child<QTableView>(&notes, QStringLiteral("table"))->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
        child<QTableView>(&notes, QStringLiteral("table"))->setFocus();
        child<QTableView>(&notes, QStringLiteral("table"))->selectRow(0);
        const QJsonObject note = model->noteAt(0).raw;
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
        QTest::keyClick(child<QTableView>(&notes, QStringLiteral("table")), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);
    }

    // A run cut off before its answers came is finished when the account opens: a change that
    // arrived is marked applied without being sent, one someone changed since is left alone.
    void cutOffRunIsFinishedWhenTheAccountOpens()
    {
        const QList<qint64> ids = openLeads(3).keys();
        QCOMPARE(ids.size(), 3);
        m_pane->setAccount(nullptr);
        const QString runId = journalRun(ids, kElsewhere);
        QVERIFY(!runId.isEmpty());
        QVERIFY(move({ids[0]}, kElsewhere)); // arrived before the crash
        QVERIFY(move({ids[1]}, kWrong));     // someone else, since
        QSignalSpy notices(m_pane->putRight(), &PutRightActions::notice);
        m_pane->setAccount(m_context.get());
        QVERIFY(m_pane->putRight()->resumer()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->putRight()->resumer()->isRunning(), 30000);
        using S = RevertJournal::Status;
        QCOMPARE(statusesOf(runId), (QList<S>{S::Applied, S::Skipped, S::Applied}));
        QCOMPARE(RevertJournal(m_accountId).run(runId)->entries.at(1).error, QCoreApplication::translate("RevertJournal", "changed by someone else since the run began"));
        QCOMPARE(stageOf(ids[1]), kWrong);
        QCOMPARE(stageOf(ids[2]), kElsewhere);
        QTRY_COMPARE(notices.size(), 2);
        QCOMPARE(notices.last().first().toString(),
                 PutRightActions::tr("Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events > Revert journal shows them.", nullptr, 1)
                     .arg(1).arg(0).arg(0));
    }

    // Ctrl+Shift+J: the journal's runs; refused changes sent again or given up, and a run undone.
    void journalSendsAgainGivesUpAndUndoes()
    {
        const QHash<qint64, Stage> before = openLeads(3);
        QCOMPARE(before.size(), 3);
        const QList<qint64> ids = before.keys();
        m_pane->setAccount(nullptr);
        const QString first = journalRun({ids[0], ids[1]}, kElsewhere);
        QVERIFY(move({ids[0]}, kElsewhere));
        RevertJournal *journal = m_context->journal();
        QVERIFY(journal->mark(first, {0}, RevertJournal::Status::Applied));
        QVERIFY(journal->mark(first, {1}, RevertJournal::Status::Failed, QStringLiteral("The stage is being edited")));
        const QString second = journalRun({ids[2]}, kElsewhere);
        QVERIFY(journal->mark(second, {0}, RevertJournal::Status::Failed, QStringLiteral("Access denied")));
        m_pane->setAccount(m_context.get());
        QVERIFY(!m_pane->putRight()->resumer()->isRunning()); // nothing was cut off

        bool checked = false, undone = false;
        testing::onNextDialog<JournalDialog>([&](JournalDialog *dialog) {
            dialog->resize(1000, 560);
            auto *runs = dialog->findChild<QTableView *>(QStringLiteral("runsView"));
            auto *entries = dialog->findChild<QTableView *>(QStringLiteral("entriesView"));
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
            QCOMPARE(runs->model()->rowCount(), 2);
            QCOMPARE(runs->model()->index(0, 1).data().toString(), JournalRunsModel::tr("Bulk change"));
            // The older run: one change done, one refused with amoCRM's reason.
            runs->selectRow(1);
            QCOMPARE(entries->model()->rowCount(), 2);
            QStringList results;
            for (int r = 0; r < 2; ++r)
                results << entries->model()->index(r, 4).data().toString() + u'/' + entries->model()->index(r, 5).data().toString();
            results.sort();
            QCOMPARE(results, (QStringList{RevertPlanModel::tr("Done") + u'/', RevertPlanModel::tr("Refused") + QStringLiteral("/The stage is being edited")}));
            testing::screenshot(dialog, QStringLiteral("revert-journal"));
            auto *again = dialog->findChild<QPushButton *>(QStringLiteral("sendAgainButton"));
            QVERIFY(again->isEnabled());
            QTest::mouseClick(again, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text() == JournalDialog::tr("Sent again: %1 applied, %2 refused by amoCRM, %3 not confirmed.").arg(1).arg(0).arg(0),
                                     30000);
            QCOMPARE(runs->model()->index(runs->currentIndex().row(), JournalRunsModel::AppliedColumn).data().toInt(), 2);
            QVERIFY(!again->isEnabled());
            // The newer run: its refused change given up, the reason kept.
            runs->selectRow(0);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("giveUpButton")), Qt::LeftButton);
            QCOMPARE(entries->model()->index(0, 4).data().toString(), RevertPlanModel::tr("Skipped"));
            QCOMPARE(entries->model()->index(0, 5).data().toString(), QCoreApplication::translate("RevertJournal", "given up: %1").arg(QStringLiteral("Access denied")));
            // Undo of the older run: both leads back where they were.
            runs->selectRow(1);
            testing::onNextDialog<RevertDialog>([&](RevertDialog *undo) {
                auto *apply = undo->findChild<QPushButton *>(QStringLiteral("applyButton"));
                QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
                QCOMPARE(undo->findChild<QTableView *>(QStringLiteral("planView"))->model()->rowCount(), 2);
                QTest::mouseClick(apply, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(undo->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
                undo->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
                undone = true;
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("undoButton")), Qt::LeftButton);
            QCOMPARE(runs->model()->rowCount(), 3);
            QCOMPARE(runs->model()->index(0, 1).data().toString(),
                     JournalRunsModel::tr("Undo of the run of %1").arg(runs->model()->index(2, 0).data().toString()));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked && undone, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
        QCOMPARE(stageOf(ids[0]), before.value(ids[0]));
        QCOMPARE(stageOf(ids[1]), before.value(ids[1]));
        QCOMPARE(stageOf(ids[2]), before.value(ids[2])); // given up: never sent
        const RevertJournal::Run undo = RevertJournal(m_accountId).runs().value(0);
        QCOMPARE(undo.kind, QStringLiteral("undo"));
        QCOMPARE(undo.undoes, first);
        QCOMPARE(undo.count(RevertJournal::Status::Applied), 2);
    }

    // Ctrl+Shift+I: the history of an entity asked for by a part of its name.
    void historyOfAnEntityFoundByName()
    {
        const qint64 lead = openLeads(1).keys().value(0);
        const QJsonArray rename{QJsonObject{{QStringLiteral("id"), lead}, {QStringLiteral("name"), QStringLiteral("Cranes supply")}}};
        QCOMPARE(m_http->send("PATCH", QStringLiteral("/api/v4/leads"), QJsonDocument(rename).toJson(QJsonDocument::Compact)).status, 200);
        bool asked = false, shown = false;
        testing::onNextDialog<FindEntityDialog>([&](FindEntityDialog *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog)); // names are offered to the field with the focus
            auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("query"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(query, QStringLiteral("Cranes"));
            QTest::keyClick(query, Qt::Key_Return); // a name is not an ID: said, and the dialog stays
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("error"))->text(),
                     FindEntityDialog::tr("«%1» is not an ID: choose one of the names offered as you type, or type the ID.").arg(QStringLiteral("Cranes")));
            QCompleter *offers = dialog->findChild<QCompleter *>();
            QTRY_VERIFY_WITH_TIMEOUT(offers && offers->popup()->isVisible() && offers->completionCount() > 0, 20000);
            testing::screenshot(dialog, QStringLiteral("history-find"));
            QCOMPARE(offers->currentCompletion(), QStringLiteral("Cranes supply — %1").arg(lead));
            QTest::keyClick(offers->popup(), Qt::Key_Down);
            QTest::keyClick(offers->popup(), Qt::Key_Return);
            QCOMPARE(query->text(), QString::number(lead));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->isHidden()); // said of the text before it
            QTest::mouseClick(ok, Qt::LeftButton);
            asked = true;
        });
        testing::onNextDialog<EntityHistoryDialog>([&](EntityHistoryDialog *dialog) {
            auto *title = dialog->findChild<QLabel *>(QStringLiteral("title"));
            QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(QStringLiteral("«Cranes supply»")), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QTableView *>(QStringLiteral("timeline"))->model()->rowCount() > 0, 20000);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            shown = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(asked && shown);
    }

    // Bulk change… sets a choice field and a date field: each value as the field's type asks.
    void bulkChangeSetsAField()
    {
        const QList<qint64> ids = openLeads(2).keys();
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(ids, kWrong));
        constexpr qint64 kSource = 57832, kCall = 157, kShipping = 57835;
        const QDate shipping(2026, 12, 24);
        for (const qint64 field : {kSource, kShipping}) {
            m_pane->activateWindow(); // again after the first round's dialogs
            QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
            showTheMistake(since);
            bool chose = false, applied = false;
            testing::onNextDialog<BulkChangeDialog>([&](BulkChangeDialog *dialog) {
                auto *action = dialog->findChild<QComboBox *>(QStringLiteral("action"));
                action->setCurrentIndex(action->findText(BulkChangeDialog::tr("Set a field")));
                auto *fields = dialog->findChild<QComboBox *>(QStringLiteral("field"));
                QVERIFY(fields->isVisible());
                fields->setCurrentIndex(fields->findData(field));
                QCOMPARE(fields->currentText(), m_context->directory()->fieldName(field));
                if (field == kSource) {
                    auto *value = dialog->findChild<QComboBox *>(QStringLiteral("value"));
                    QVERIFY(value->isVisible());
                    value->setCurrentIndex(value->findData(kCall));
                    QCOMPARE(value->currentText(), QStringLiteral("Звонок"));
                    testing::screenshot(dialog, QStringLiteral("bulk-set-field"));
                } else {
                    QVERIFY(dialog->findChild<QDateEdit *>(QStringLiteral("date"))->isVisible());
                    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("text"))->isVisible());
                    dialog->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(shipping);
                }
                testing::clickOk(dialog);
                chose = true;
            });
            testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
                auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
                QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled() || !dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().isEmpty(), 20000);
                QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
                QTest::mouseClick(apply, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
                auto *plan = dialog->findChild<QTableView *>(QStringLiteral("planView"))->model();
                for (int r = 0; r < plan->rowCount(); ++r)
                    QCOMPARE(plan->index(r, 4).data().toString(), RevertPlanModel::tr("Done"));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
                applied = true;
            });
            QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY2(chose && applied, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
        }
        for (const qint64 id : ids) {
            QCOMPARE(fieldValues(id, kSource).first()[QStringLiteral("enum_id")].toInteger(), kCall);
            QCOMPARE(fieldValues(id, kShipping).first()[QStringLiteral("value")].toInteger(), shipping.startOfDay().toSecsSinceEpoch());
        }
    }

    // Bulk change… adds a note to each entity: handed to the note outbox, one body per lead.
    void bulkChangeAddsANote()
    {
        const QList<qint64> ids = openLeads(2).keys();
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(ids, kWrong));
        showTheMistake(since);
        QList<std::pair<QString, QList<QJsonObject>>> notes;
        m_pane->putRight()->setNoteAdder([&notes](const QString &type, const QList<QJsonObject> &bodies) {
            notes.append({type, bodies});
            return QString();
        });
        testing::onNextDialog<BulkChangeDialog>([&](BulkChangeDialog *dialog) {
            auto *action = dialog->findChild<QComboBox *>(QStringLiteral("action"));
            action->setCurrentIndex(action->findText(BulkChangeDialog::tr("Add a note")));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("errors"))->text(), BulkChangeDialog::tr("type the text of the note"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("note")), QStringLiteral("Stage corrected"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().first, QStringLiteral("leads"));
        const QList<QJsonObject> bodies = notes.first().second;
        QCOMPARE(bodies.size(), 2);
        QSet<qint64> noted;
        for (const QJsonObject &b : bodies) {
            noted.insert(b[QStringLiteral("entity_id")].toInteger());
            QCOMPARE(b[QStringLiteral("note_type")].toString(), QStringLiteral("common"));
            QCOMPARE(b[QStringLiteral("params")][QStringLiteral("text")].toString(), QStringLiteral("Stage corrected"));
        }
        QCOMPARE(noted, QSet<qint64>(ids.cbegin(), ids.cend()));

        // Notes that cannot be stored: said, and the text typed comes back.
        m_pane->putRight()->setNoteAdder([](const QString &, const QList<QJsonObject> &) { return QStringLiteral("The disk is full."); });
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        testing::onNextDialog<BulkChangeDialog>([&](BulkChangeDialog *dialog) {
            auto *action = dialog->findChild<QComboBox *>(QStringLiteral("action"));
            action->setCurrentIndex(action->findText(BulkChangeDialog::tr("Add a note")));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("note")), QStringLiteral("Call back on Monday"));
            testing::clickOk(dialog);
        });
        QString said;
        testing::onNextDialog<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            testing::clickOk(box);
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(said.contains(QStringLiteral("The disk is full.")) && said.contains(QStringLiteral("Call back on Monday")), qPrintable(said));
    }

    // Ctrl+Alt+Shift+R: every event the filter finds, beyond the page the table has loaded.
    void everythingTheFilterFindsIsReverted()
    {
        const QHash<qint64, Stage> before = openLeads(60);
        QCOMPARE(before.size(), 60);
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        QVERIFY(move(before.keys(), kWrong)); // twice: more events than a page holds
        QTest::qWait(1100);                  // a second apart: the filter finds the first and third moves, not the one between
        QVERIFY(move(before.keys(), kElsewhere));
        QTest::qWait(1100);
        QVERIFY(move(before.keys(), kWrong));
        showTheMistake(since);
        QVERIFY(testing::apiEvents(m_pane.get())->rowCount() < 2 * before.size()); // the table has the first page
        child<QTableView>(m_pane, QStringLiteral("table"))->clearSelection();
        bool checked = false;
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 30000);
            QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("planView"))->model()->rowCount(), before.size());
            QCOMPARE(apply->text(), RevertDialog::tr("&Apply %n change(s)", nullptr, int(before.size())));
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 60000);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(stageOf(it.key()), it.value());
    }

    // Without a filter the pane shows its cache: the rows selected there are the events reverted.
    void selectedCachedEventsArePlanned()
    {
        QTRY_VERIFY_WITH_TIMEOUT(testing::showsCache(m_pane.get()) && testing::cachedEvents(m_pane.get())->rowCount() >= 3, 30000);
        child<QTableView>(m_pane, QStringLiteral("table"))->setFocus();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(0);
        child<QTableView>(m_pane, QStringLiteral("table"))->selectionModel()->select(child<QTableView>(m_pane, QStringLiteral("table"))->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        bool checked = false;
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summary"));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible(), 20000);
            QVERIFY2(summary->text().startsWith(RevertDialog::tr("For every entity and field, the value the events replaced.")), qPrintable(summary->text()));
            QVERIFY(dialog->findChild<QTableView *>(QStringLiteral("planView"))->model()->rowCount() >= 1);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
    }

    // A contact linked to a lead by mistake: the plan names the contact, and Apply unlinks it.
    void aWrongLinkIsUndone()
    {
        const qint64 lead = openLeads(1).keys().value(0);
        const auto contactsOf = [this, lead] {
            QSet<qint64> ids;
            for (const QJsonValue &c : m_http->get(QStringLiteral("/api/v4/leads/%1?with=contacts").arg(lead)).json()[QStringLiteral("_embedded")][QStringLiteral("contacts")].toArray())
                ids.insert(c[QStringLiteral("id")].toInteger());
            return ids;
        };
        const QSet<qint64> before = contactsOf();
        qint64 contact = 0;
        for (const int id : testing::liveEntityIds(m_account->sandbox.baseUrl(), m_account->sandbox.token(), QStringLiteral("contacts"), 60)) {
            if (!before.contains(id) && contact == 0)
                contact = id;
        }
        const QString contactName = m_http->get(QStringLiteral("/api/v4/contacts/%1").arg(contact)).json()[QStringLiteral("name")].toString();
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        const QJsonArray link{QJsonObject{{QStringLiteral("entity_id"), lead}, {QStringLiteral("to_entity_id"), contact}, {QStringLiteral("to_entity_type"), QStringLiteral("contacts")}}};
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/link"), QJsonDocument(link).toJson(QJsonDocument::Compact)).status, 200);
        EventFilter f;
        f.types = {QStringLiteral("contact_linked")};
        f.entities = {QStringLiteral("lead")};
        f.entityIds = {lead};
        f.createdFrom = since;
        m_pane->applyFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(!testing::apiEvents(m_pane.get())->isLoading() && testing::apiEvents(m_pane.get())->rowCount() == 1, 20000);
        child<QTableView>(m_pane, QStringLiteral("table"))->setFocus();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectAll();
        bool checked = false;
        testing::onNextDialog<RevertDialog>([&](RevertDialog *dialog) {
            dialog->resize(1000, 320);
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            auto *plan = dialog->findChild<QTableView *>(QStringLiteral("planView"))->model();
            QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
            QCOMPARE(plan->rowCount(), 1);
            const QString named = ChangeText::tr("Link: %1 «%2»").arg(EventDescriber::entityTypeName(QStringLiteral("contact")).toLower(), contactName);
            QTRY_COMPARE_WITH_TIMEOUT(plan->index(0, 1).data().toString(), named, 20000);
            QCOMPARE(plan->index(0, 2).data().toString(), ChangeText::tr("Not linked"));
            QCOMPARE(plan->index(0, 3).data().toString(), ChangeText::tr("Linked"));
            testing::screenshot(dialog, QStringLiteral("revert-plan-link"));
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible(), 30000);
            QCOMPARE(plan->index(0, 4).data().toString(), RevertPlanModel::tr("Done"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            checked = true;
        });
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(checked, qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
        QCOMPARE(contactsOf(), before);
    }

    void withoutASelectionItSaysWhatToDo()
    {
        child<QTableView>(m_pane, QStringLiteral("table"))->clearSelection();
        QTest::keyClick(child<QTableView>(m_pane, QStringLiteral("table")), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(child<QLabel>(m_pane, QStringLiteral("status"))->text().contains(EventsPane::tr("Select the events first (Ctrl+A selects every event shown).")),
                 qPrintable(child<QLabel>(m_pane, QStringLiteral("status"))->text()));
    }
};

QTEST_MAIN(TestRevertDialog)
#include "tst_revertdialog.moc"

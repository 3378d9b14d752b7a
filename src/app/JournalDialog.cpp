#include "JournalDialog.h"
#include "ui_JournalDialog.h"

#include "JournalRunsModel.h"
#include "RevertDialog.h"
#include "RevertPlanModel.h"
#include "TableCsv.h"
#include "Tones.h"
#include "revert/RunResumer.h"
#include "services/AccountContext.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace amodesk {

JournalDialog::JournalDialog(AccountContext *account, RunResumer *resumer, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::JournalDialog>()), m_account(account), m_resumer(resumer),
      m_runs(new JournalRunsModel(this)), m_entries(new RevertPlanModel(account->directory(), RevertPlanModel::Wording::Revert, this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_entries->setEntityNames(account->entityNames());
    m_ui->runsView->setModel(m_runs);
    m_ui->runsView->verticalHeader()->hide();
    m_ui->runsView->horizontalHeader()->setSectionResizeMode(JournalRunsModel::KindColumn, QHeaderView::Stretch);
    m_sorted->setSourceModel(m_entries);
    m_ui->entriesView->setModel(m_sorted);
    m_ui->entriesView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->entriesView->verticalHeader()->hide();
    m_ui->entriesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setSizes({200, 400});
    m_ui->progress->hide();

    m_sendAgain = m_ui->buttons->addButton(tr("Send &again"), QDialogButtonBox::ActionRole);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("Read the refused and unconfirmed changes again from their entities and send those still to be made"));
    m_giveUp = m_ui->buttons->addButton(tr("&Give up refused"), QDialogButtonBox::ActionRole);
    m_giveUp->setObjectName(QStringLiteral("giveUpButton"));
    m_giveUp->setToolTip(tr("Mark the refused changes as skipped, keeping amoCRM's reason"));
    m_undo = m_ui->buttons->addButton(tr("&Undo run…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Plan putting back what the run applied"));
    m_export = m_ui->buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_sendAgain, &QPushButton::clicked, this, &JournalDialog::sendAgain);
    connect(m_giveUp, &QPushButton::clicked, this, &JournalDialog::giveUp);
    connect(m_undo, &QPushButton::clicked, this, &JournalDialog::undoRun);
    connect(m_export, &QPushButton::clicked, this, &JournalDialog::exportRun);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDialog::showRun);
    connect(m_resumer, &RunResumer::progress, this, &JournalDialog::resumerProgress);
    connect(m_resumer, &RunResumer::finished, this, &JournalDialog::resumerFinished);
    reload();
    if (m_resumer->isRunning())
        resumerProgress(0, 0);
}

JournalDialog::~JournalDialog() = default;

QString JournalDialog::currentRunId() const
{
    const RevertJournal::Run *run = m_runs->runAt(m_ui->runsView->currentIndex().row());
    return run ? run->id : QString();
}

void JournalDialog::reload()
{
    const QString keep = currentRunId();
    RevertJournal *journal = m_account->journal();
    m_runs->setRuns(journal ? journal->runs() : QList<RevertJournal::Run>());
    m_ui->runsView->resizeColumnsToContents();
    const int row = qMax(0, m_runs->rowOf(keep));
    if (m_runs->rowCount() > 0)
        m_ui->runsView->setCurrentIndex(m_runs->index(row, 0));
    else
        m_ui->status->setText(tr("Nothing has been reverted or changed in bulk in this account yet."));
    showRun();
}

void JournalDialog::showRun()
{
    const RevertJournal::Run *run = m_runs->runAt(m_ui->runsView->currentIndex().row());
    QList<RevertChange> changes;
    if (run) {
        for (const RevertJournal::Entry &e : run->entries)
            changes.append(e.change);
    }
    m_entries->setWording(run && run->kind == u"update" ? RevertPlanModel::Wording::Set : RevertPlanModel::Wording::Revert);
    m_entries->setPlan(changes);
    if (run)
        m_entries->setOutcome(*run);
    m_ui->entriesView->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26; // the reason at the end stays in sight
    for (int c = 0; c < RevertPlanModel::WhyColumn; ++c)
        m_ui->entriesView->setColumnWidth(c, qMin(m_ui->entriesView->columnWidth(c), widest));
    updateButtons();
}

void JournalDialog::updateButtons()
{
    const RevertJournal::Run *run = m_runs->runAt(m_ui->runsView->currentIndex().row());
    const bool idle = !m_resumer->isRunning();
    using Status = RevertJournal::Status;
    m_sendAgain->setEnabled(idle && run && (run->count(Status::Failed) > 0 || run->count(Status::Pending) > 0));
    m_giveUp->setEnabled(idle && run && run->count(Status::Failed) > 0);
    m_undo->setEnabled(idle && run && run->count(Status::Applied) > 0);
    m_export->setEnabled(run != nullptr);
}

void JournalDialog::sendAgain()
{
    const QString runId = currentRunId();
    RevertJournal *journal = m_account->journal();
    if (runId.isEmpty() || !journal)
        return;
    if (!journal->remark(runId, RevertJournal::Status::Failed, RevertJournal::Status::Pending)) {
        m_ui->status->setStyleSheet(toneStyle(Tone::Error));
        m_ui->status->setText(RevertRunner::tr("the journal of run %1 cannot be written").arg(runId));
        return;
    }
    m_resumer->start({runId});
    resumerProgress(0, 0);
}

void JournalDialog::giveUp()
{
    const QString runId = currentRunId();
    RevertJournal *journal = m_account->journal();
    if (runId.isEmpty() || !journal)
        return;
    const bool written = journal->giveUpRefused(runId) >= 0;
    m_ui->status->setStyleSheet(toneStyle(written ? Tone::Success : Tone::Error));
    m_ui->status->setText(written ? tr("The refused changes are skipped now.") : RevertRunner::tr("the journal of run %1 cannot be written").arg(runId));
    reload();
}

void JournalDialog::undoRun()
{
    const QString runId = currentRunId();
    RevertJournal *journal = m_account->journal();
    const auto run = journal ? journal->run(runId) : std::nullopt;
    if (!run)
        return;
    const QList<RevertChange> applied = run->changes(RevertJournal::Status::Applied);
    PlannedRun undo{QStringLiteral("undo"), entitiesOf(applied),
                    [applied](const CurrentEntities &current) { return undoPlan(applied, current); },
                    tr("Undoing the run of %1: %n change(s).", nullptr, int(applied.size())).arg(JournalRunsModel::startedText(*run)), runId, changesLinks(applied)};
    RevertDialog dialog(m_account, undo, this);
    dialog.exec();
    reload();
}

void JournalDialog::exportRun()
{
    const QString runId = currentRunId();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the run"), QStringLiteral("journal-%1.csv").arg(runId), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTableCsv(m_sorted, path, &error))
        QMessageBox::warning(this, tr("Save the run"), error);
}

void JournalDialog::resumerProgress(int done, int total)
{
    m_ui->progress->show();
    m_ui->progress->setRange(0, total);
    m_ui->progress->setValue(done);
    m_ui->status->setStyleSheet({});
    m_ui->status->setText(total > 0 ? tr("Sending: %1 of %2 changes answered").arg(done).arg(total)
                                    : tr("Reading the changes again from their entities…"));
    updateButtons();
}

void JournalDialog::resumerFinished(const ApiError &error)
{
    m_ui->progress->hide();
    const RevertRunner::Outcome &o = m_resumer->outcome();
    if (error.isError() || !o.journalError.isEmpty()) {
        m_ui->status->setStyleSheet(toneStyle(Tone::Error));
        m_ui->status->setText(error.isError() ? tr("The entities could not be read, so nothing was sent: %1").arg(error.message()) : o.journalError);
    } else {
        m_ui->status->setStyleSheet(toneStyle(o.failed > 0 || o.unconfirmed > 0 ? Tone::Warning : Tone::Success));
        m_ui->status->setText(tr("Sent again: %1 applied, %2 refused by amoCRM, %3 not confirmed.").arg(o.applied).arg(o.failed).arg(o.unconfirmed));
    }
    reload();
}

} // namespace amodesk

#include "RevertDialog.h"
#include "ui_RevertDialog.h"

#include "RevertPlanModel.h"
#include "TableCsv.h"
#include "Tones.h"
#include "revert/PlanChecks.h"
#include "revert/RevertJournal.h"
#include "services/AccountContext.h"
#include "services/EntityNames.h"
#include "services/EntityReader.h"
#include "api/Pager.h"
#include "domain/EventFilter.h"
#include "services/ApiEndpoints.h"

#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace amodesk {

namespace {
// Columns as wide as their texts; when they do not all fit, none so wide that the reason at the
// end is pushed out of sight (a cut text reads whole in its tooltip).
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    int total = 0;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        total += view->columnWidth(c);
    if (total <= view->viewport()->width())
        return;
    const int widest = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, qMin(view->columnWidth(c), widest));
}

int countOf(const QList<RevertChange> &plan, RevertChange::State state)
{
    return int(std::count_if(plan.cbegin(), plan.cend(), [state](const RevertChange &c) { return c.state == state; }));
}
} // namespace

RevertDialog::RevertDialog(AccountContext *account, const QList<Event> &events, QWidget *parent)
    : RevertDialog(account,
                   PlannedRun{QStringLiteral("revert"), entitiesToRead(events),
                              [events](const CurrentEntities &current) { return planRevert(events, current); },
                              tr("Reverting %n event(s).", nullptr, int(events.size())), {}, changesLinks(events)},
                   parent)
{
}

RevertDialog::RevertDialog(AccountContext *account, const PlannedRun &run, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RevertDialog>()), m_account(account), m_run(run),
      m_model(new RevertPlanModel(account->directory(), run.kind != u"update" ? RevertPlanModel::Wording::Revert : RevertPlanModel::Wording::Set, this)), m_sorted(new QSortFilterProxyModel(this)),
      m_reader(new EntityReader(account->api(), this)), m_journal(std::make_unique<RevertJournal>(account->accountId()))
{
    m_ui->setupUi(this);
    m_model->setEntityNames(account->entityNames());
    connect(account->entityNames(), &EntityNames::arrived, this, [this] { fitColumns(m_ui->planView); }); // names are wider than ids
    m_sorted->setSourceModel(m_model);
    m_ui->planView->setModel(m_sorted);
    m_ui->planView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->planView->verticalHeader()->hide();
    m_ui->planView->horizontalHeader()->setStretchLastSection(true);
    m_apply = m_ui->buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_export = m_ui->buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_apply->setEnabled(false);
    m_export->hide();
    m_ui->includeConflicts->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &RevertDialog::apply);
    connect(m_export, &QPushButton::clicked, this, &RevertDialog::exportReport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RevertDialog::reject);
    connect(m_ui->includeConflicts, &QCheckBox::toggled, this, &RevertDialog::updatePlanSummary);
    connect(m_reader, &EntityReader::progress, this, [this](int done, int total) {
        m_ui->progress->setRange(0, total);
        m_ui->progress->setValue(done);
        m_ui->progressText->setText(tr("Reading the entities as they are now: %1 of %2").arg(done).arg(total));
    });
    connect(m_reader, &EntityReader::finished, this, [this](const ApiError &error) {
        if (error.isError()) {
            m_ui->progress->hide();
            m_ui->progressText->setStyleSheet(toneStyle(Tone::Error));
            m_ui->progressText->setText(tr("The entities could not be read, so nothing can be planned: %1").arg(error.message()));
            return;
        }
        showPlan();
    });
    if (m_run.plan)
        read();
}

RevertDialog::RevertDialog(AccountContext *account, const EventFilter &filter, QWidget *parent)
    : RevertDialog(account, PlannedRun{QStringLiteral("revert"), {}, nullptr, {}, {}, false}, parent)
{
    readEvents(filter);
}

RevertDialog::~RevertDialog() = default;

// Every event the filter finds, all pages, then the revert of them all.
void RevertDialog::readEvents(const EventFilter &filter)
{
    auto *pager = new Pager(m_account->api(), EventsApi::listPath(), filter.toQuery().encode(), QStringLiteral("events"), EventFilter::kMaxLimit, this);
    pager->setItemCheck(&Event::problemIn);
    auto events = std::make_shared<QList<Event>>();
    m_ui->summary->setText(tr("Reading every event the filter finds…"));
    m_ui->progress->setRange(0, 0);
    connect(pager, &Pager::page, this, [this, pager, events](int, const QJsonArray &items) {
        for (const QJsonValue &v : items)
            events->append(Event::fromJson(v.toObject()));
        m_ui->progressText->setText(tr("Reading the events the filter finds: %1 so far").arg(events->size()));
        if (events->size() > kMostEvents)
            pager->cancel();
    });
    connect(pager, &Pager::finished, this, [this, pager, events](const ApiError &error) {
        pager->deleteLater();
        QString problem;
        if (events->size() > kMostEvents)
            problem = tr("The filter finds more than %1 events; narrow it, or revert them with amodesk-cli events revert.").arg(kMostEvents);
        else if (error.isError())
            problem = tr("The events could not be read, so nothing can be planned: %1").arg(error.message());
        else if (events->isEmpty())
            problem = tr("The filter finds no event.");
        if (!problem.isEmpty()) {
            m_ui->progress->hide();
            m_ui->progressText->setStyleSheet(toneStyle(Tone::Error));
            m_ui->progressText->setText(problem);
            return;
        }
        const QList<Event> found = *events;
        m_run.entities = entitiesToRead(found);
        m_run.plan = [found](const CurrentEntities &current) { return planRevert(found, current); };
        m_run.heading = tr("Reverting %n event(s).", nullptr, int(found.size()));
        m_run.links = changesLinks(found);
        read();
    });
    pager->fetchAll();
}

void RevertDialog::read()
{
    const auto wanted = m_run.entities;
    int total = 0;
    for (const QList<qint64> &ids : wanted)
        total += int(ids.size());
    m_ui->summary->setText(m_run.heading);
    m_ui->progress->setRange(0, 0);
    m_ui->progressText->setText(tr("Reading the entities as they are now: %1 of %2").arg(0).arg(total));
    m_reader->start(wanted, m_run.links);
}

void RevertDialog::showPlan()
{
    QList<RevertChange> plan = m_run.plan(m_reader->entities());
    checkAgainstAccount(plan, *m_account->directory());
    m_model->setPlan(plan);
    fitColumns(m_ui->planView);
    m_ui->progress->hide();
    m_ui->progressText->clear();
    m_ui->includeConflicts->setEnabled(countOf(m_model->plan(), RevertChange::State::Conflict) > 0);
    updatePlanSummary();
}

QList<int> RevertDialog::changesToSend() const
{
    QList<int> out;
    const bool conflictsToo = m_ui->includeConflicts->isChecked();
    for (int i = 0; i < m_model->plan().size(); ++i) {
        const RevertChange::State s = m_model->plan().at(i).state;
        if (s == RevertChange::State::Ready || (conflictsToo && s == RevertChange::State::Conflict))
            out << i;
    }
    return out;
}

void RevertDialog::updatePlanSummary()
{
    const QList<RevertChange> &plan = m_model->plan();
    const int ready = countOf(plan, RevertChange::State::Ready);
    const int since = countOf(plan, RevertChange::State::Conflict);
    const int already = countOf(plan, RevertChange::State::Already);
    const int cannot = countOf(plan, RevertChange::State::Unsupported);
    QString summary;
    if (m_run.kind == u"update")
        summary = tr("For every entity and field, the value to set. Ready: %1 · already so: %2 · cannot be set: %3. Nothing is sent until "
                     "you apply.").arg(ready).arg(already).arg(cannot);
    else
        summary = (m_run.kind == u"undo" ? tr("For every entity and field, the value the run put back replaced.") : tr("For every entity and field, the value the events replaced."))
            + u' ' + tr("Ready: %1 · changed by someone since: %2 · already so: %3 · cannot be reverted: %4. Nothing is sent until you apply.")
                         .arg(ready).arg(since).arg(already).arg(cannot);
    m_ui->summary->setText(summary);
    const int n = int(changesToSend().size());
    m_apply->setText(tr("&Apply %n change(s)", nullptr, n));
    m_apply->setEnabled(n > 0);
    m_apply->setDefault(n > 0);
}

void RevertDialog::apply()
{
    QString error;
    m_runId = m_journal->begin(m_run.kind, m_run.undoes, m_model->plan(), changesToSend(), &error);
    if (m_runId.isEmpty()) {
        m_ui->progressText->setStyleSheet(toneStyle(Tone::Error));
        m_ui->progressText->setText(error);
        return;
    }
    m_apply->hide();
    m_ui->includeConflicts->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_ui->progress->show();
    m_runner = new RevertRunner(m_account->api(), m_journal.get(), this);
    connect(m_runner, &RevertRunner::progress, this, &RevertDialog::showProgress);
    connect(m_runner, &RevertRunner::finished, this, &RevertDialog::showReport);
    m_clock.start();
    showProgress(0, int(changesToSend().size()));
    m_runner->start(m_runId);
}

void RevertDialog::showProgress(int done, int total)
{
    m_ui->progress->setRange(0, qMax(1, total));
    m_ui->progress->setValue(done);
    QString eta;
    if (done > 0 && done < total) {
        const qint64 left = m_clock.elapsed() * (total - done) / done / 1000;
        eta = tr(", about %1 s left").arg(qMax<qint64>(1, left));
    }
    m_ui->progressText->setText(tr("Sending: %1 of %2 changes answered%3").arg(done).arg(total).arg(eta));
}

void RevertDialog::showReport(const RevertRunner::Outcome &outcome)
{
    const auto run = m_journal->run(m_runId);
    if (run)
        m_model->setOutcome(*run);
    m_runner->deleteLater();
    m_runner = nullptr;
    m_ui->progress->hide();
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_export->show();
    const int skipped = run ? run->count(RevertJournal::Status::Skipped) : 0;
    m_ui->summary->setText(tr("Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account's "
                              "journal: Events > Revert journal… (Ctrl+Shift+J) sends what is left again and can undo the run.")
                               .arg(outcome.applied).arg(outcome.failed).arg(outcome.unconfirmed).arg(skipped));
    if (!outcome.journalError.isEmpty()) {
        m_ui->progressText->setStyleSheet(toneStyle(Tone::Error));
        m_ui->progressText->setText(outcome.journalError);
    } else if (outcome.unconfirmed > 0) {
        m_ui->progressText->setStyleSheet(toneStyle(Tone::Warning));
        m_ui->progressText->setText(tr("Some answers did not come. What is left is sent the next time the account opens, or now with "
                                       "Send again in the revert journal; each change is read again first, so none is made twice."));
    } else {
        m_ui->progressText->setStyleSheet(toneStyle(outcome.failed > 0 ? Tone::Warning : Tone::Success));
        m_ui->progressText->setText(outcome.failed > 0 ? tr("amoCRM refused some changes; the Why column says why.") : tr("Every change sent was applied."));
    }
    fitColumns(m_ui->planView);
}

void RevertDialog::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), QStringLiteral("revert-%1.csv").arg(m_runId),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTableCsv(m_sorted, path, &error))
        QMessageBox::warning(this, tr("Save the report"), error);
}

void RevertDialog::reject()
{
    if (m_runner) {
        m_runner->cancel(); // the report follows; what was not answered stays pending in the journal
        return;
    }
    QDialog::reject();
}

} // namespace amodesk

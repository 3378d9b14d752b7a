#pragma once

#include "domain/Event.h"
#include "revert/RevertRunner.h"

#include <QDialog>
#include <QElapsedTimer>
#include <functional>
#include <memory>

class QPushButton;
class QSortFilterProxyModel;
namespace Ui { class RevertDialog; }

namespace amodesk {

class AccountContext;
class EntityReader;
class RevertJournal;
class RevertPlanModel;
struct EventFilter;

// A run of changes the admin sees planned before anything is sent: a revert, or a bulk change.
struct PlannedRun {
    QString kind;                              // revert, update or undo, as the journal names it
    QHash<QString, QList<qint64>> entities;    // to read as they are now, by type
    std::function<QList<RevertChange>(const CurrentEntities &)> plan;
    QString heading;                           // what the dialog says while it reads
    QString undoes;                            // the run an undo puts back
    bool links = false;                        // the plan changes links: the entities are read with theirs
};

// Revert… and Bulk change… of the Events pane: reads the entities as they are now, shows the
// plan (for each entity and field, the value to put back or set, and which changes are
// conflicts, already so or cannot be made), applies the ready ones through the account's journal
// with progress and cancel, and ends with a report that can be saved as CSV.
class RevertDialog : public QDialog
{
    Q_OBJECT
public:
    RevertDialog(AccountContext *account, const QList<Event> &events, QWidget *parent = nullptr); // a revert
    RevertDialog(AccountContext *account, const PlannedRun &run, QWidget *parent = nullptr);
    RevertDialog(AccountContext *account, const EventFilter &filter, QWidget *parent = nullptr); // every event it finds
    ~RevertDialog() override;

    void reject() override; // while changes are being sent, cancels them first

private:
    void readEvents(const EventFilter &filter);
    void read();
    void showPlan();
    void updatePlanSummary();
    void apply();
    void showProgress(int done, int total);
    void showReport(const RevertRunner::Outcome &outcome);
    void exportReport();
    QList<int> changesToSend() const;

    static constexpr int kMostEvents = 200000; // held in memory at once; beyond, the CLI

    std::unique_ptr<Ui::RevertDialog> m_ui;
    AccountContext *m_account;
    PlannedRun m_run;
    RevertPlanModel *m_model;
    QSortFilterProxyModel *m_sorted;
    EntityReader *m_reader;
    std::unique_ptr<RevertJournal> m_journal;
    RevertRunner *m_runner = nullptr;
    QString m_runId;
    QElapsedTimer m_clock;
    QPushButton *m_apply;
    QPushButton *m_export;
};

} // namespace amodesk

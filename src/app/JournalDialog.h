#pragma once

#include <QDialog>
#include <memory>

class QPushButton;
class QSortFilterProxyModel;
namespace Ui { class JournalDialog; }

namespace amodesk {

class AccountContext;
class JournalRunsModel;
class RevertPlanModel;
class RunResumer;
struct ApiError;

// Events > Revert journal…: every revert and bulk change applied to the account, newest first,
// and what became of each change. A run's refused or unconfirmed changes can be sent again (each
// is read again from its entity first) or given up; what a run applied can be undone.
class JournalDialog : public QDialog
{
    Q_OBJECT
public:
    // `resumer` finishes runs for the account (cut-off runs at start-up among them); while it
    // works, the dialog shows its progress and offers nothing else.
    JournalDialog(AccountContext *account, RunResumer *resumer, QWidget *parent = nullptr);
    ~JournalDialog() override;

private:
    void reload();
    void showRun();
    void updateButtons();
    void sendAgain();
    void giveUp();
    void undoRun();
    void exportRun();
    void resumerProgress(int done, int total);
    void resumerFinished(const ApiError &error);
    QString currentRunId() const;

    std::unique_ptr<Ui::JournalDialog> m_ui;
    AccountContext *m_account;
    RunResumer *m_resumer;
    JournalRunsModel *m_runs;
    RevertPlanModel *m_entries;
    QSortFilterProxyModel *m_sorted;
    QPushButton *m_sendAgain;
    QPushButton *m_giveUp;
    QPushButton *m_undo;
    QPushButton *m_export;
};

} // namespace amodesk

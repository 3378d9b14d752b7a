#pragma once

#include "domain/Note.h"
#include "domain/NoteFilter.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace amodesk {

class FittedColumns;
class AccountContext;
class EmptyTableHint;
class EntityFilterField;
class EntityNames;
class NoteOutbox;
class NoteOrderHeader;
class NoteTableModel;
class OutboxPanel;
class OutboxSender;

// Notes of leads, contacts, companies and customers: browse and filter them, add one or many
// (also from CSV), edit one or several. Every write goes through the account's outbox.
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPane(QWidget *parent = nullptr);
    ~NotesPane() override;

    void setAccount(AccountContext *account); // nullptr: none
    void showEntityHistory(); // of the current note's entity
    void setEntityType(const QString &entityType);
    void setFilter(const NoteFilter &filter);
    // Queues writes (adds or edits of the current entity type) and starts sending them.
    // Into the outbox and on their way; the pane's type by default. Empty, or why they could not be stored.
    QString queue(bool edit, const QList<QJsonObject> &bodies, const QString &entityType = {});

    QList<QAction *> menuActions() const { return m_menuActions; } // what the window's Notes menu lists

public Q_SLOTS:
    void openFilterDialog();
    void addNote();
    void editSelected();
    void importCsv(const QString &path = {});
    void sendOutbox();

Q_SIGNALS:
    void outboxIdle();

private:
    void showDetail();
    void updateStatus();
    QString whyEmpty() const; // what the empty table says, or nothing
    void updateFilterLabel();
    void pickEntity(qint64 entityId); // 0: every entity

    NoteTableModel *m_model;
    NoteOrderHeader *m_order = nullptr;
    EmptyTableHint *m_emptyHint = nullptr;
    AccountContext *m_account = nullptr;
    EntityNames *m_names = nullptr;
    NoteOutbox *m_outbox = nullptr;
    FittedColumns *m_columns = nullptr;
    QList<QAction *> m_menuActions; // the account context's
    OutboxSender *m_sender = nullptr;
    QComboBox *m_entityType;
    EntityFilterField *m_picker;
    QLabel *m_filterLabel;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QToolButton *m_outboxButton;
    OutboxPanel *m_outboxPanel;
    QLabel *m_status;
    QString m_lastError;
    int m_confirmedSeen = 0;
};

} // namespace amodesk

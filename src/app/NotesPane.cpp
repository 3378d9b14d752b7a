#include "NotesPane.h"
#include "EntityHistoryDialog.h"
#include "CheckedLook.h"

#include "CsvImportDialog.h"
#include "EmptyTableHint.h"
#include "NoteConflictCheck.h"
#include "EntityFilterField.h"
#include "NoteFilterSummary.h"
#include "NoteDetailText.h"
#include "describe/NoteDescriber.h"
#include "NoteEditorDialog.h"
#include "NoteFilterDialog.h"
#include "NoteOrderHeader.h"
#include "FittedColumns.h"
#include "PaneAction.h"
#include "NoteTableModel.h"
#include "OutboxModel.h"
#include "OutboxPanel.h"
#include "api/ApiClient.h"
#include "domain/WriteRules.h"
#include "outbox/NoteOutbox.h"
#include "outbox/OutboxSender.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace amodesk {

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent), m_model(new NoteTableModel(this)), m_entityType(new QComboBox(this)), m_picker(new EntityFilterField(this)),
      m_filterLabel(new QLabel(this)), m_table(new QTableView(this)), m_detail(new QTextBrowser(this)), m_outboxButton(new QToolButton(this)),
      m_outboxPanel(new OutboxPanel(this)), m_status(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("notes"));
    m_entityType->setObjectName(QStringLiteral("entityType"));
    m_outboxPanel->setObjectName(QStringLiteral("outboxPanel"));
    for (const QString &t : noteEntityTypes())
        m_entityType->addItem(NoteDescriber::entityTypeName(t, true), t);
    m_picker->setEntityType(m_entityType->currentData().toString());

    // Each action is in the pane and in the window's Notes menu (see PaneAction.h).
    const auto paneAction = [this](QAction *action, const QString &toolTip, const QKeySequence &shortcut) {
        m_menuActions << amodesk::paneAction(this, action, toolTip, shortcut);
        return action;
    };
    QAction *filterAction = paneAction(new QAction(tr("&Filter…"), this), tr("Filter notes (Ctrl+Shift+F)"), QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    auto *filterButton = new QToolButton(this);
    filterButton->setDefaultAction(filterAction);
    QAction *reloadAction = paneAction(new QAction(tr("&Reload"), this), tr("Read the notes again (F5)"), QKeySequence::Refresh);
    auto *reload = new QToolButton(this);
    reload->setDefaultAction(reloadAction);
    // The write actions sit in a tool bar: a narrow window folds them into its » menu.
    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Ctrl+N adds an account
    QAction *add = paneAction(actions->addAction(tr("Add note…")), tr("Add a note to one or several entities (Ctrl+Shift+N)"), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QAction *csv = paneAction(actions->addAction(tr("Add from CSV…")), tr("Add notes from a CSV file, one row a note"), {});
    QAction *edit = paneAction(actions->addAction(tr("Edit…")), tr("Edit the selected notes (Ctrl+E); several are edited together"), QKeySequence(QStringLiteral("Ctrl+E")));
    QAction *history = paneAction(new QAction(tr("Entity &history…"), this), tr("Every event and note of the selected note's entity (Ctrl+Shift+H)"),
                                  QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    connect(history, &QAction::triggered, this, &NotesPane::showEntityHistory);
    m_outboxButton->setCheckable(true);
    showCheckedClearly(m_outboxButton);
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterLabel->setObjectName(QStringLiteral("filterSummary"));
    m_status->setObjectName(QStringLiteral("status"));
    m_filterLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columns = new FittedColumns(m_table, QStringLiteral("notes/header"),
                                  {{NoteTableModel::TimeColumn, 125}, {NoteTableModel::TypeColumn, 150}, {NoteTableModel::EntityColumn, 200},
                                   {NoteTableModel::AuthorColumn, 135}, {NoteTableModel::ResponsibleColumn, 135}}, this);
    m_order = new NoteOrderHeader(m_table->horizontalHeader(), NoteTableModel::TimeColumn, this);
    m_emptyHint = new EmptyTableHint(m_table, [this] { return whyEmpty(); });
    m_detail->setOpenLinks(false);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_table->setObjectName(QStringLiteral("table"));
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_entityType);
    top->addWidget(m_picker);
    top->addWidget(filterButton);
    top->addWidget(reload);
    top->addStretch();
    actions->addSeparator();
    actions->addWidget(m_outboxButton);
    top->addWidget(actions, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({940, 320});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(m_outboxPanel);
    vertical->setStretchFactor(0, 3);
    m_outboxPanel->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterLabel);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);

    connect(m_entityType, &QComboBox::currentIndexChanged, this, [this] {
        m_picker->clear();
        m_picker->setEntityType(m_entityType->currentData().toString());
        NoteFilter f = m_model->filter();
        f.entityIds.clear();
        m_model->setQuery(m_entityType->currentData().toString(), f);
        updateFilterLabel();
    });
    connect(m_picker, &EntityFilterField::picked, this, &NotesPane::pickEntity);
    connect(m_picker, &EntityFilterField::emptied, this, [this] {
        if (!m_model->filter().entityIds.isEmpty())
            pickEntity(0);
    });
    connect(filterAction, &QAction::triggered, this, &NotesPane::openFilterDialog);
    connect(reloadAction, &QAction::triggered, m_model, &NoteTableModel::reload);
    connect(add, &QAction::triggered, this, &NotesPane::addNote);
    connect(csv, &QAction::triggered, this, [this] { importCsv(); });
    connect(edit, &QAction::triggered, this, &NotesPane::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &NotesPane::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotesPane::showDetail);
    connect(m_model, &NoteTableModel::loadingChanged, this, &NotesPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotesPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPane::updateStatus);
    connect(m_model, &NoteTableModel::failed, this, [this](const QString &message) {
        m_lastError = message;
        updateStatus();
    });
    connect(m_outboxButton, &QToolButton::toggled, m_outboxPanel, &QWidget::setVisible);
    connect(m_outboxPanel, &OutboxPanel::changed, this, [this] { m_outboxButton->setText(m_outboxPanel->headline()); });
    connect(m_outboxPanel, &OutboxPanel::sendRequested, this, &NotesPane::sendOutbox);
    connect(m_order, &NoteOrderHeader::orderWanted, this, [this](bool descending) {
        NoteFilter f = m_model->filter();
        if (f.orderField.isEmpty())
            f.orderField = QStringLiteral("id");
        f.descending = descending;
        setFilter(f);
    });
    connect(m_order, &NoteOrderHeader::cannotSort, this, [this] {
        m_status->setText(tr("Notes can be ordered by time only: the API sorts them by when they were created or changed. "
                             "Click the time column, or choose the order in Filter."));
    });
    m_order->show(m_model->filter());
    updateFilterLabel();
    m_outboxButton->setText(m_outboxPanel->headline());
    updateStatus();
    showDetail();
}

NotesPane::~NotesPane() = default;

void NotesPane::showEntityHistory()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_account || !current.isValid())
        return;
    EntityHistoryDialog dialog(m_account, m_entityType->currentData().toString(), m_model->noteAt(current.row()).entityId, this);
    dialog.exec();
}

void NotesPane::setAccount(AccountContext *account)
{
    m_account = account;
    m_model->setSource(nullptr, nullptr, nullptr); // before what it reads from goes
    delete m_sender;
    m_sender = nullptr;
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr); // the previous account's
    m_names = nullptr;
    m_picker->setLookup(nullptr);
    m_outboxPanel->setOutbox(nullptr);
    m_outbox = nullptr;
    if (!account) {
        updateStatus();
        return;
    }
    m_names = account->entityNames();
    m_picker->setLookup(m_names);
    connect(m_names, &EntityNames::arrived, this, &NotesPane::showDetail);
    QString outboxError;
    m_outbox = account->outbox(&outboxError);
    if (!m_outbox) {
        m_lastError = tr("The outbox cannot be opened, so notes cannot be written: %1").arg(outboxError);
    } else {
        m_sender = new OutboxSender(account->api(), m_outbox, this);
        m_sender->setObjectName(QStringLiteral("outboxSender"));
        connect(m_sender, &OutboxSender::changed, m_outboxPanel, &OutboxPanel::refreshSoon);
        connect(m_sender, &OutboxSender::stalled, this, [this](const ApiError &error) {
            m_lastError = tr("Sending stopped: %1").arg(error.message());
            updateStatus();
            Q_EMIT outboxIdle();
        });
        connect(m_sender, &OutboxSender::idle, this, [this] {
            m_outboxPanel->refresh();
            const int confirmed = m_outboxPanel->model()->count(OutboxItem::State::Confirmed);
            if (confirmed != m_confirmedSeen) { // new and changed notes show up in the list
                m_confirmedSeen = confirmed;
                m_model->reload();
            }
            updateStatus();
            Q_EMIT outboxIdle();
        });
        m_outboxPanel->setOutbox(m_outbox);
        m_outboxPanel->model()->setNames(m_names);
        m_confirmedSeen = m_outboxPanel->model()->count(OutboxItem::State::Confirmed);
    }
    m_model->setQuery(m_entityType->currentData().toString(), NoteOrderHeader::withSavedOrder(m_model->filter(), account->accountId()));
    m_order->show(m_model->filter());
    updateFilterLabel();
    m_model->setSource(account->api(), account->directory(), m_names);
    sendOutbox(); // what an earlier run left unconfirmed goes on now
}

void NotesPane::setEntityType(const QString &entityType)
{
    m_entityType->setCurrentIndex(qMax(0, m_entityType->findData(entityType)));
}

void NotesPane::setFilter(const NoteFilter &filter)
{
    m_model->setQuery(m_entityType->currentData().toString(), filter);
    if (m_account)
        NoteOrderHeader::saveOrder(filter, m_account->accountId());
    m_order->show(filter);
    updateFilterLabel();
}

void NotesPane::pickEntity(qint64 entityId)
{
    NoteFilter f = m_model->filter();
    f.entityIds.clear();
    if (entityId)
        f.entityIds << entityId;
    setFilter(f);
}

void NotesPane::updateFilterLabel()
{
    m_filterLabel->setText(NoteFilterSummary::text(m_model->filter()));
}

void NotesPane::openFilterDialog()
{
    NoteFilterDialog dialog(m_model->filter(), this);
    if (dialog.exec() == QDialog::Accepted) {
        setFilter(dialog.filter());
        m_picker->setText(dialog.filter().entityIds.size() == 1 ? QString::number(dialog.filter().entityIds.first()) : QString());
    }
}

QString NotesPane::whyEmpty() const
{
    if (!m_account || m_model->isLoading() || !m_lastError.isEmpty())
        return {}; // nothing to show yet, or the status line says what went wrong
    NoteFilter conditions = m_model->filter();
    conditions.orderField.clear();
    if (!conditions.isEmpty())
        return tr("No notes match this filter. Pick another entity, or remove a condition under Filter…");
    return tr("There are no notes of these entities yet.");
}

void NotesPane::updateStatus()
{
    QString text;
    if (!m_account)
        text = tr("No account is open");
    else if (m_model->isLoading())
        text = tr("Loading… %n note(s) so far", nullptr, m_model->rowCount());
    else if (m_model->rowCount() == 0)
        text = tr("No notes match");
    else
        text = m_model->canFetchMore({}) ? tr("%n note(s) shown; scroll for more", nullptr, m_model->rowCount())
                                         : tr("%n note(s)", nullptr, m_model->rowCount());
    if (!m_lastError.isEmpty())
        text += QStringLiteral(" · ") + m_lastError;
    m_status->setText(text);
    m_emptyHint->refresh();
}

void NotesPane::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->setHtml(QStringLiteral("<p style=\"color: gray\">%1</p>").arg(tr("Select a note to see every field, its params and the raw JSON. Double-click to edit it.").toHtmlEscaped()));
        return;
    }
    m_detail->setHtml(NoteDetailText::html(m_model->noteAt(rows.first().row()), *m_model, m_account ? m_account->baseUrl() : QString()));
}

void NotesPane::addNote()
{
    if (!m_outbox)
        return;
    NoteEditorDialog dialog(m_model->entityType(), m_account->directory(), m_outbox, this);
    dialog.setNames(m_names);
    QList<qint64> entities; // the entities of the selected notes, else the one the pane shows
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->noteAt(row.row()).entityId;
        if (!entities.contains(id))
            entities << id;
    }
    dialog.setEntityIds(entities.isEmpty() ? m_model->filter().entityIds : entities);
    dialog.restoreDraft();
    if (dialog.exec() == QDialog::Accepted)
        queue(false, dialog.bodies());
}

void NotesPane::editSelected()
{
    if (!m_outbox)
        return;
    QList<Note> notes;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (const Note n = m_model->noteAt(i.row()); n.isWritable())
            notes << n;
    }
    if (notes.isEmpty()) {
        m_lastError = tr("Select notes of a type AmoDesk can write to edit them");
        updateStatus();
        return;
    }
    NoteEditorDialog dialog(m_model->entityType(), m_account->directory(), m_outbox, this);
    dialog.setNotes(notes);
    dialog.restoreDraft();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Checking whether the notes changed on the server…"));
    NoteConflictCheck::run(m_account->api(), m_model->entityType(), notes, dialog.bodies(), this, [this](const NoteConflictCheck::Outcome &outcome) {
        for (const Note &theirs : outcome.theirs)
            m_model->replaceNote(theirs);
        if (outcome.error.isError())
            m_lastError = tr("The edit was not queued: the notes could not be checked (%1)").arg(outcome.error.message());
        else if (!outcome.closed && !outcome.keep.isEmpty())
            queue(true, outcome.keep);
        updateStatus();
    });
}

void NotesPane::importCsv(const QString &givenPath)
{
    if (!m_outbox)
        return;
    const QString path = givenPath.isEmpty() ? CsvImportDialog::chooseFile(this) : givenPath;
    if (path.isEmpty())
        return;
    CsvImportDialog dialog(m_model->entityType(), this);
    dialog.loadFile(path);
    if (dialog.exec() == QDialog::Accepted)
        queue(false, dialog.bodies());
}

QString NotesPane::queue(bool edit, const QList<QJsonObject> &bodies, const QString &entityType)
{
    if (!m_outbox)
        return tr("The note outbox of this account is not open, so no note can be stored.");
    for (const QJsonObject &body : bodies) {
        if (m_outbox->enqueue(edit ? OutboxItem::Kind::Edit : OutboxItem::Kind::Add, entityType.isEmpty() ? m_model->entityType() : entityType, body) == 0) {
            m_lastError = tr("A note could not be stored in the outbox: %1").arg(m_outbox->errorString());
            updateStatus();
            return m_lastError;
        }
    }
    m_lastError.clear();
    m_outboxPanel->refresh();
    sendOutbox();
    return {};
}

void NotesPane::sendOutbox()
{
    if (m_sender)
        m_sender->start();
}

} // namespace amodesk

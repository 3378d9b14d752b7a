#include "NotesPane.h"
#include "EntityHistoryDialog.h"
#include "CheckedLook.h"

#include "CsvImportDialog.h"
#include "EmptyTableHint.h"
#include "NoteConflictDialog.h"
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
#include "services/NotesService.h"
#include "domain/TimeText.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QString html(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent), m_model(new NoteTableModel(this)), m_entityType(new QComboBox(this)), m_picker(new QLineEdit(this)),
      m_completions(new QStringListModel(this)), m_searchDelay(new QTimer(this)), m_filterLabel(new QLabel(this)),
      m_table(new QTableView(this)), m_detail(new QTextBrowser(this)), m_outboxButton(new QToolButton(this)),
      m_outboxPanel(new OutboxPanel(this)), m_status(new QLabel(this))
{
    m_entityType->setObjectName(QStringLiteral("entityType"));
    for (const QString &t : noteEntityTypes())
        m_entityType->addItem(NoteDescriber::entityTypeName(t, true), t);
    m_picker->setObjectName(QStringLiteral("entityPicker"));
    m_picker->setPlaceholderText(tr("All entities; type an ID or a name"));
    m_picker->setClearButtonEnabled(true);
    m_picker->setMinimumWidth(200);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_picker->setCompleter(completer);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

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
    m_filterLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NoteTableModel::TimeColumn, 125);
    m_table->setColumnWidth(NoteTableModel::TypeColumn, 150);
    m_table->setColumnWidth(NoteTableModel::EntityColumn, 200);
    m_table->setColumnWidth(NoteTableModel::AuthorColumn, 135);
    m_table->setColumnWidth(NoteTableModel::ResponsibleColumn, 135);
    m_columns = new FittedColumns(m_table, QStringLiteral("notes/header"),
                                  {NoteTableModel::TimeColumn, NoteTableModel::TypeColumn, NoteTableModel::EntityColumn, NoteTableModel::AuthorColumn, NoteTableModel::ResponsibleColumn}, this);
    m_order = new NoteOrderHeader(m_table->horizontalHeader(), NoteTableModel::TimeColumn, this);
    m_emptyHint = new EmptyTableHint(m_table, [this] { return whyEmpty(); });
    m_detail->setOpenLinks(false);
    m_detail->setObjectName(QStringLiteral("noteDetail"));
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
        NoteFilter f = m_model->filter();
        f.entityIds.clear();
        m_model->setQuery(m_entityType->currentData().toString(), f);
        updateFilterLabel();
    });
    connect(m_picker, &QLineEdit::textEdited, this, [this] { m_searchDelay->start(); });
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_names && m_picker->text().trimmed().size() >= 2)
            m_names->search(m_entityType->currentData().toString(), m_picker->text());
    });
    connect(m_picker, &QLineEdit::returnPressed, this, [this] { pickEntity(m_picker->text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &NotesPane::pickEntity);
    connect(m_picker, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_model->filter().entityIds.isEmpty())
            pickEntity({});
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
    ApiClient *api = account ? account->api() : nullptr;
    AccountDirectory *directory = account ? account->directory() : nullptr;
    const QString accountId = account ? account->accountId() : QString();
    m_api = api;
    m_directory = directory;
    m_baseUrl = account ? account->baseUrl() : QString();
    m_model->setSource(nullptr, nullptr, nullptr); // before what it reads from goes
    delete m_sender;
    m_sender = nullptr;
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr); // the previous account's
    m_names = nullptr;
    m_outboxPanel->setOutbox(nullptr);
    m_outbox = nullptr;
    if (!api) {
        updateStatus();
        return;
    }
    m_names = account->entityNames();
    connect(m_names, &EntityNames::found, this, [this](const QString &, const QList<QPair<qint64, QString>> &entities) {
        QStringList items;
        for (const auto &e : entities)
            items << QStringLiteral("%1 — %2").arg(e.second).arg(e.first);
        m_completions->setStringList(items);
        if (m_picker->hasFocus() && m_picker->completer()) // as wide as the names, not the field
            m_picker->completer()->complete(QRect(0, 0, qMax(m_picker->width(), 380), m_picker->height()));
    });
    connect(m_names, &EntityNames::arrived, this, &NotesPane::showDetail);
    QString outboxError;
    m_outbox = account->outbox(&outboxError);
    if (!m_outbox) {
        m_lastError = tr("The outbox cannot be opened, so notes cannot be written: %1").arg(outboxError);
    } else {
        m_sender = new OutboxSender(api, m_outbox, this);
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
    m_accountId = accountId;
    m_model->setQuery(m_entityType->currentData().toString(), NoteOrderHeader::withSavedOrder(m_model->filter(), accountId));
    m_order->show(m_model->filter());
    updateFilterLabel();
    m_model->setSource(api, directory, m_names);
    sendOutbox(); // what an earlier run left unconfirmed goes on now
}

void NotesPane::setEntityType(const QString &entityType)
{
    m_entityType->setCurrentIndex(qMax(0, m_entityType->findData(entityType)));
}

void NotesPane::setFilter(const NoteFilter &filter)
{
    m_model->setQuery(m_entityType->currentData().toString(), filter);
    if (!m_accountId.isEmpty())
        NoteOrderHeader::saveOrder(filter, m_accountId);
    m_order->show(filter);
    updateFilterLabel();
}

void NotesPane::pickEntity(const QString &text)
{
    NoteFilter f = m_model->filter();
    f.entityIds.clear();
    const QString trimmed = text.trimmed();
    bool ok = false;
    qint64 id = trimmed.toLongLong(&ok);
    if (!ok) // "Name — 123" from the completer
        id = trimmed.section(QStringLiteral(" — "), -1).toLongLong(&ok);
    if (!trimmed.isEmpty() && !ok) {
        if (m_names)
            m_names->search(m_entityType->currentData().toString(), trimmed);
        return;
    }
    if (ok)
        f.entityIds << id;
    setFilter(f);
}

void NotesPane::updateFilterLabel()
{
    const NoteFilter f = m_model->filter();
    QStringList parts;
    if (!f.noteTypes.isEmpty()) {
        QStringList names;
        for (const QString &t : f.noteTypes)
            names << NoteDescriber::typeName(t);
        parts << tr("types: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.entityIds.isEmpty())
        parts << tr("%n entity ID(s)", nullptr, int(f.entityIds.size()));
    if (!f.ids.isEmpty())
        parts << tr("%n note ID(s)", nullptr, int(f.ids.size()));
    if (f.updatedFrom)
        parts << tr("changed from %1").arg(shortTime(f.updatedFrom));
    if (f.updatedTo)
        parts << tr("changed until %1").arg(shortTime(f.updatedTo));
    QString order = tr("in the API's order");
    if (f.orderField == u"id")
        order = f.descending ? tr("newest first") : tr("oldest first");
    else if (f.orderField == u"updated_at")
        order = f.descending ? tr("last changed first") : tr("least recently changed first");
    m_filterLabel->setText(parts.isEmpty() ? tr("All notes of these entities, %1").arg(order)
                                           : tr("Filter: %1; %2").arg(parts.join(QStringLiteral("; ")), order));
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
    if (!m_api || m_model->isLoading() || !m_lastError.isEmpty())
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
    if (!m_api)
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
        m_detail->setHtml(QStringLiteral("<p style=\"color: gray\">%1</p>").arg(html(tr("Select a note to see every field, its params and the raw JSON. Double-click to edit it."))));
        return;
    }
    m_detail->setHtml(NoteDetailText::html(m_model->noteAt(rows.first().row()), *m_model, m_baseUrl));
}

void NotesPane::addNote()
{
    if (!m_outbox)
        return;
    NoteEditorDialog dialog(m_model->entityType(), m_directory, m_outbox, this);
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
    NoteEditorDialog dialog(m_model->entityType(), m_directory, m_outbox, this);
    dialog.setNotes(notes);
    dialog.restoreDraft();
    if (dialog.exec() == QDialog::Accepted)
        checkConflictsThenQueue(notes, dialog.bodies());
}

// Reads the notes again just before queuing the edit: one changed on the server since it was
// loaded is shown in both versions and the user chooses.
void NotesPane::checkConflictsThenQueue(const QList<Note> &loaded, const QList<QJsonObject> &bodies)
{
    QList<qint64> ids;
    QHash<qint64, Note> before;
    for (const Note &n : loaded) {
        ids << n.id;
        before.insert(n.id, n);
    }
    m_status->setText(tr("Checking whether the notes changed on the server…"));
    NotesService(m_api).read(m_model->entityType(), ids, this, [this, before, bodies](const QList<Note> &notes, const ApiError &error) {
        if (error.isError()) {
            m_lastError = tr("The edit was not queued: the notes could not be checked (%1)").arg(error.message());
            updateStatus();
            return;
        }
        QHash<qint64, Note> server;
        for (const Note &n : notes)
            server.insert(n.id, n);
        QList<QJsonObject> keep;
        for (const QJsonObject &body : bodies) {
            const qint64 id = body.value(QStringLiteral("id")).toInteger();
            const Note now = server.value(id);
            if (now.isNull() || now.updatedAt == before.value(id).updatedAt) {
                keep << body;
                continue;
            }
            NoteConflictDialog conflict(before.value(id).raw, now.raw, body, this);
            const int choice = conflict.exec();
            if (choice == NoteConflictDialog::KeepMine)
                keep << body;
            else if (choice == NoteConflictDialog::KeepTheirs)
                m_model->replaceNote(now);
            else
                return; // closed: nothing is written
        }
        if (!keep.isEmpty())
            queue(true, keep);
        updateStatus();
    });
}

void NotesPane::importCsv(const QString &givenPath)
{
    if (!m_outbox)
        return;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Add notes from CSV"), QSettings().value(QStringLiteral("notes/csv_dir")).toString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("notes/csv_dir"), QFileInfo(path).absolutePath());
    }
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

#include "EventsPane.h"
#include "CheckedLook.h"
#include "EmptyTableHint.h"
#include "EventCacheModel.h"
#include "EventDetailText.h"
#include "EventExportDialog.h"
#include "EventFilterDialog.h"
#include "FilterChips.h"
#include "EventProxy.h"
#include "EventTableModel.h"
#include "EventsChart.h"
#include "FittedColumns.h"
#include "FollowNotifier.h"
#include "PaneAction.h"
#include "PutRightActions.h"
#include "SyncPeriodDialog.h"
#include "cache/EventCache.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"
#include "services/EventSync.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QString inWords(const Event &e, const EventDescriber &d)
{
    return QStringLiteral("%1: %2").arg(d.typeName(e), d.entity(e));
}
} // namespace

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent),
      m_model(new EventTableModel(this)),
      m_cacheModel(new EventCacheModel(this)),
      m_progress(new QProgressBar(this)),
      m_cancelSync(new QToolButton(this)),
      m_searchDelay(new QTimer(this)),
      m_proxy(new EventProxy(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this)),
      m_search(new QLineEdit(this)),
      m_follow(new QToolButton(this)),
      m_followSeconds(new QSpinBox(this)),
      m_followTimer(new QTimer(this)),
      m_chips(new QWidget(this)),
      m_chipsLayout(new QHBoxLayout(m_chips)),
      m_status(new QLabel(this)),
      m_chart(new EventsChart(this)),
      m_chartButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("EventsPane"));
    m_proxy->setSourceModel(m_model);

    QAction *filterAction = paneAction(tr("&Filter…"), tr("Choose which events to show (Ctrl+Shift+F)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    auto *filterButton = new QToolButton(this);
    filterButton->setDefaultAction(filterAction);
    connect(filterAction, &QAction::triggered, this, &EventsPane::openFilterDialog);
    QAction *reloadAction = paneAction(tr("&Reload"), tr("Read the events again (F5)"), QKeySequence::Refresh);
    auto *refresh = new QToolButton(this);
    refresh->setDefaultAction(reloadAction);
    connect(reloadAction, &QAction::triggered, this, [this] {
        if (showsCache() && m_sync)
            m_sync->fetchNewer();
        else
            m_model->reload();
    });
    m_search->setPlaceholderText(tr("Search the loaded events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    QAction *findAction = paneAction(tr("&Search"), tr("Search the events"), QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    // The cache is searched through its full-text index once typing pauses; a filtered API
    // list is searched in what it has loaded.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_cacheModel->setSearch(m_search->text()); updateStatus(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (showsCache())
            m_searchDelay->start();
        else
            m_proxy->setFilterFixedString(text);
    });
    QAction *followAction = paneAction(tr("Follo&w"), tr("Check for new events every few seconds and mark them in bold"), {});
    followAction->setCheckable(true);
    m_follow->setDefaultAction(followAction);
    showCheckedClearly(m_follow);
    m_followSeconds->setRange(5, 3600);
    m_followSeconds->setValue(QSettings().value(QStringLiteral("events/follow_seconds"), 30).toInt());
    m_followSeconds->setSuffix(tr(" s"));
    m_followSeconds->setToolTip(tr("How often to check for new events"));
    connect(m_follow, &QToolButton::toggled, this, &EventsPane::setFollowing);
    m_notifier = new FollowNotifier(this);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (showsCache() && m_sync && !m_sync->isRunning())
            m_sync->fetchNewer(ApiRequest::Priority::Background);
        else if (!showsCache())
            m_model->fetchNewer();
    });
    connect(m_followSeconds, &QSpinBox::valueChanged, this, [this](int s) {
        QSettings().setValue(QStringLiteral("events/follow_seconds"), s);
        m_followTimer->setInterval(s * 1000);
    });
    QAction *syncAction = paneAction(tr("&Sync period…"), tr("Copy every event of a period into the local cache, to search it and read it offline"), {});
    auto *syncButton = new QToolButton(this);
    syncButton->setDefaultAction(syncAction);
    connect(syncAction, &QAction::triggered, this, &EventsPane::openSyncDialog);
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_cancelSync->setText(tr("Cancel"));
    m_cancelSync->setVisible(false);
    connect(m_cancelSync, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
        m_progress->setVisible(false);
        m_cancelSync->setVisible(false);
        m_status->setText(tr("Sync stopped; it goes on from where it stopped the next time the account opens."));
    });
    QAction *chartAction = paneAction(tr("&Chart"), tr("Events a day by type, from the local cache"), {});
    chartAction->setCheckable(true);
    m_chartButton->setDefaultAction(chartAction);
    showCheckedClearly(m_chartButton);
    m_chart->setVisible(false);
    connect(m_chartButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_chart->show(m_cache, m_directory);
        m_chart->setVisible(on);
    });
    connect(m_chart, &EventsChart::narrowTo, this, &EventsPane::applyFilter);
    m_putRight = new PutRightActions(this,
                                     {[this] { return selectedEvents(); }, [this] { return currentEvent(); },
                                      [this]() -> std::optional<EventFilter> {
                                          if (showsCache())
                                              return std::nullopt;
                                          return m_model->filter();
                                      }},
                                     [this](const QString &text) { m_status->setText(text); });
    m_menuActions << m_putRight->actions();
    QAction *exportAction = paneAction(tr("&Export…"), tr("Save the events shown to a CSV or JSON file"), {});
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &EventsPane::exportEvents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterButton);
    bar->addWidget(m_chips, 1);
    bar->addWidget(m_search, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_follow);
    bar->addWidget(m_followSeconds);
    bar->addWidget(m_chartButton);
    bar->addWidget(syncButton);
    bar->addWidget(exportButton);
    // Tab goes along the tool bar as it reads, then to the table and the detail.
    const QList<QWidget *> tabOrder{filterButton, m_search, refresh, m_follow, m_followSeconds, m_chartButton, syncButton, exportButton, m_table, m_detail};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);

    m_table->setModel(m_proxy);
    m_emptyHint = new EmptyTableHint(m_table, [this] { return whyEmpty(); });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several events to revert
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new FittedColumns(m_table, QStringLiteral("events/header"),
                                  {{EventTableModel::TimeColumn, 130}, {EventTableModel::TypeColumn, 170}, {EventTableModel::EntityColumn, 220},
                                   {EventTableModel::AuthorColumn, 130}}, this);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu;
        for (int c = 0; c < m_model->columnCount(); ++c) { // choose the columns shown
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPane::showDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPane::forgetDetailWithoutSelection);

    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_detail->setPlaceholderText(tr("Select an event to see all of it"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("EventsSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The detail gets room for a whole event (nine lines and a long change) at the default size.
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 6);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelSync);
    contentLayout->addLayout(statusRow);
    auto *none = new QLabel(tr("Sign in to an account to see its event log."), this);
    none->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(none);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_model, &EventTableModel::loadingChanged, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_lastError.clear(); m_newEvents = 0; m_detail->clear(); updateStatus(); });
    connect(m_model, &EventTableModel::failed, this, [this](const QString &message) { m_lastError = message; updateStatus(); });
    connect(m_model, &EventTableModel::newEventsArrived, this, [this](int count) {
        m_newEvents += count;
        updateStatus();
        if (m_follow->isChecked() && m_model->rowCount() > 0)
            m_notifier->eventsArrived(count, inWords(m_model->eventAt(0), m_model->describer()));
    });
    connect(m_cacheModel, &QAbstractItemModel::modelReset, this, &EventsPane::updateStatus);
    connect(m_cacheModel, &QAbstractItemModel::rowsInserted, this, &EventsPane::updateStatus);
    rebuildChips();
}

QAction *EventsPane::paneAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut)
{
    m_menuActions << amodesk::paneAction(this, new QAction(text, this), toolTip, shortcut);
    return m_menuActions.last();
}

EventsPane::~EventsPane()
{
    m_columns->save();
}

void EventsPane::setAccount(AccountContext *account)
{
    ApiClient *api = account ? account->api() : nullptr;
    AccountDirectory *directory = account ? account->directory() : nullptr;
    m_directory = directory;
    m_account = account;
    m_putRight->setAccount(account);
    m_baseUrl = account ? account->baseUrl() : QString();
    m_accountId = account ? account->accountId() : QString();
    m_offline = false;
    m_stack->setCurrentIndex(api ? 1 : 0);
    delete m_sync;
    m_sync = nullptr;
    m_cacheModel->setSource(nullptr, nullptr, directory);
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr); // the previous account's
    m_names = account ? account->entityNames() : nullptr;
    m_model->setNames(m_names);
    m_cacheModel->setNames(m_names);
    m_cache = api ? account->eventCache() : nullptr; // without a cache the pane reads the API directly
    if (m_cache) {
        m_sync = new EventSync(api, m_cache, [this](const Event &e) { return EventColumns::searchText(e, m_cacheModel->describer()); }, this);
        connect(m_sync, &EventSync::progress, this, [this](qint64 events, double perSecond, double fraction, qint64 eta) {
            m_progress->setVisible(true);
            m_cancelSync->setVisible(true);
            m_progress->setValue(int(fraction * 1000));
            m_status->setText(tr("Syncing: %n event(s), %1 a second, about %2 left", nullptr, int(events))
                                  .arg(qRound(perSecond)).arg(eta < 0 ? tr("?") : QStringLiteral("%1:%2").arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0'))));
        });
        connect(m_sync, &EventSync::finished, this, [this](const ApiError &error) {
            m_progress->setVisible(false);
            m_cancelSync->setVisible(false);
            m_offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
            m_lastError = (error.isError() && !m_offline && error.kind != ApiError::Kind::Cancelled) ? error.message() : QString();
            if (showsCache())
                m_cacheModel->refresh();
            updateStatus();
        });
        connect(m_sync, &EventSync::stored, this, [this](int added, EventSync::Placement where) {
            if (where != EventSync::Placement::Newer || !m_follow->isChecked() || !FollowNotifier::enabled())
                return;
            if (const QList<Event> newest = m_cache->window(0, 1); !newest.isEmpty())
                m_notifier->eventsArrived(added, inWords(newest.first(), m_cacheModel->describer()));
        });
        m_cacheModel->setSource(m_cache, m_sync, directory);
    }
    m_api = api;
    m_model->setSource(m_cache ? nullptr : api, directory); // with a cache, the API is read only for a filter
    showModel(m_cache != nullptr);
    auto startSync = [this] {
        if (m_sync && !m_sync->resumePending())
            m_sync->fetchNewer();
    };
    if (directory && !directory->isLoaded()) {
        // Names first: the cache indexes the words a person searches for, not ids.
        connect(directory, &AccountDirectory::loaded, this, startSync, Qt::SingleShotConnection);
        connect(directory, &AccountDirectory::failed, this, startSync, Qt::SingleShotConnection);
    } else {
        startSync();
    }
    const auto renameRows = [this] {
        QAbstractItemModel *m = sourceModel();
        // Names arrived: the rows say them now. The time column, which the table sorts by, is
        // not one of theirs, so the proxy has nothing to re-sort.
        if (m->rowCount() > 0)
            Q_EMIT m->dataChanged(m->index(0, EventColumns::Type), m->index(m->rowCount() - 1, EventColumns::Count - 1));
    };
    if (directory)
        connect(directory, &AccountDirectory::loaded, this, renameRows);
    if (m_names)
        connect(m_names, &EntityNames::arrived, this, [this, renameRows] {
            renameRows();
            showDetail();
        });
    updateStatus();
}

bool EventsPane::showsCache() const
{
    return m_table->model() == m_cacheModel;
}

void EventsPane::showModel(bool cache)
{
    m_search->setPlaceholderText(cache ? tr("Search the cached events (Ctrl+F)") : tr("Search the loaded events (Ctrl+F)"));
    // The cache goes to the view as it is: a sorting proxy would read every one of its rows.
    // The API's loaded pages go through the proxy, which sorts and searches them.
    QAbstractItemModel *wanted = cache ? static_cast<QAbstractItemModel *>(m_cacheModel) : m_proxy;
    if (m_table->model() == wanted)
        return;
    const QByteArray header = m_table->horizontalHeader()->saveState();
    m_table->setModel(wanted);
    m_table->horizontalHeader()->restoreState(header);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPane::showDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPane::forgetDetailWithoutSelection);
    const QString text = m_search->text();
    if (cache) {
        m_proxy->setFilterFixedString(QString());
        m_cacheModel->setSearch(text);
    } else {
        m_proxy->setFilterFixedString(text);
    }
    m_detail->clear();
}

// The selected events, at most kMostSelected; empty with the status line saying why.
QList<Event> EventsPane::selectedEvents()
{
    constexpr int kMostSelected = 20000; // beyond, the CLI's filters: amodesk-cli events revert
    QSet<int> rowsChosen;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom() && rowsChosen.size() <= kMostSelected; ++row)
            rowsChosen.insert(sourceRow(row));
    }
    if (rowsChosen.size() > kMostSelected) {
        m_status->setText(tr("Select at most %1 events here; Revert everything the filter finds… (Ctrl+Alt+Shift+R) takes a filter of any size.")
                              .arg(kMostSelected));
        return {};
    }
    QList<Event> events;
    for (const int row : std::as_const(rowsChosen))
        events.append(rows()->eventAt(row));
    if (!m_account || events.isEmpty())
        m_status->setText(tr("Select the events first (Ctrl+A selects every event shown)."));
    return m_account ? events : QList<Event>();
}

std::optional<Event> EventsPane::currentEvent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return rows()->eventAt(sourceRow(current.row()));
}

// The row of the events' model a row of the table shows: the cache's rows are shown as they are,
// the API's through the sorting proxy.
int EventsPane::sourceRow(int viewRow) const
{
    return showsCache() ? viewRow : m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
}

const EventRows *EventsPane::rows() const
{
    return showsCache() ? static_cast<const EventRows *>(m_cacheModel) : m_model;
}

QAbstractItemModel *EventsPane::sourceModel() const
{
    return showsCache() ? static_cast<QAbstractItemModel *>(m_cacheModel) : m_model;
}

void EventsPane::syncPeriod(qint64 from, qint64 to)
{
    if (!m_sync)
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelSync->setVisible(true);
    m_sync->syncPeriod(from, to);
}

void EventsPane::openSyncDialog()
{
    if (!m_sync) {
        QMessageBox::information(this, tr("Sync period"), tr("The local cache could not be opened, so events cannot be synced."));
        return;
    }
    SyncPeriodDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        syncPeriod(dialog.fromSeconds(), dialog.toSeconds());
}

void EventsPane::applyFilter(const EventFilter &filter)
{
    const bool cached = filter.toQuery().isEmpty() && m_cache;
    m_model->setSource(cached ? nullptr : m_api, m_directory, filter); // the API answers a filter
    showModel(cached);
    rebuildChips();
}

void EventsPane::openFilterDialog()
{
    EventFilterDialog dialog(m_model->filter(), m_directory, m_baseUrl, m_accountId, this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilter(dialog.filter());
}

void EventsPane::rebuildChips()
{
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<FilterChip> chips = filterChips(m_model->filter(), m_directory);
    for (const FilterChip &chip : chips) {
        auto *button = new QToolButton(m_chips);
        button->setText(chip.label + QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this condition"));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, chip] {
            EventFilter f = m_model->filter();
            chip.remove(f);
            applyFilter(f);
        });
        m_chipsLayout->addWidget(button);
    }
    m_chipsLayout->addStretch();
}

// A search or a reload can take the selected row away while the current index stays: the
// detail then speaks of an event no longer selected.
void EventsPane::forgetDetailWithoutSelection()
{
    if (!m_table->selectionModel()->hasSelection())
        m_detail->clear();
}

QString EventsPane::whyEmpty() const
{
    const bool loading = showsCache() ? (m_sync && m_sync->isRunning()) : m_model->isLoading();
    if (!m_api || loading || !m_lastError.isEmpty())
        return {}; // nothing to show yet, or the status line says what went wrong
    if (!m_search->text().trimmed().isEmpty())
        return tr("None of these events contains “%1”. Clear the search to see them all.").arg(m_search->text().trimmed());
    if (!filterChips(m_model->filter(), m_directory).isEmpty())
        return tr("No events match this filter. Widen the period or remove a condition under Filter… (Ctrl+Shift+F).");
    return tr("The account has no events in this period.");
}

void EventsPane::showDetail()
{
    const QModelIndex current = showsCache() ? m_table->currentIndex() : m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(EventDetailText::html(rows()->eventAt(current.row()), rows()->describer(), m_baseUrl));
}

void EventsPane::updateStatus()
{
    QString text;
    if (showsCache()) {
        const int shown = m_cacheModel->rowCount();
        text = m_cacheModel->search().isEmpty() ? tr("%n event(s) in the local cache", nullptr, shown)
                                                : tr("%n cached event(s) match", nullptr, shown);
        if (m_offline)
            text = tr("Offline: the account cannot be reached. Showing the cached events, read-only.") + u' ' + text;
        else if (!m_lastError.isEmpty())
            text += QStringLiteral(" · ") + tr("Could not read the events: %1").arg(m_lastError);
        m_status->setText(text);
        m_emptyHint->refresh();
        return;
    }
    if (!m_lastError.isEmpty())
        text = tr("Could not read the events: %1").arg(m_lastError);
    else if (m_model->isLoading())
        text = tr("Loading… %n event(s) so far", nullptr, m_model->rowCount());
    else
        text = tr("%n event(s) loaded", nullptr, m_model->rowCount()) + (m_model->canFetchMore({}) ? tr("; scroll down for more") : QString());
    if (m_newEvents > 0)
        text += u' ' + tr("(%n new)", nullptr, m_newEvents);
    m_status->setText(text);
    m_emptyHint->refresh();
}

void EventsPane::setFollowing(bool on)
{
    m_followTimer->setInterval(m_followSeconds->value() * 1000);
    if (on) {
        if (showsCache() && m_sync && !m_sync->isRunning())
            m_sync->fetchNewer();
        else if (!showsCache())
            m_model->fetchNewer();
        m_followTimer->start();
    } else {
        m_followTimer->stop();
    }
}

void EventsPane::exportEvents()
{
    if (const QString said = EventExportDialog::run(this, m_table->model(), sourceModel()); !said.isEmpty())
        m_status->setText(said);
}

} // namespace amodesk

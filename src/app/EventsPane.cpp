#include "EventsPane.h"
#include "ui_EventsPane.h"
#include "CheckedLook.h"
#include "ColumnChooser.h"
#include "EmptyTableHint.h"
#include "CacheSync.h"
#include "EventCacheModel.h"
#include "EventDetailText.h"
#include "EventExportDialog.h"
#include "EventFilterDialog.h"
#include "FilterChipBar.h"
#include "FilterChips.h"
#include "EventProxy.h"
#include "EventTableModel.h"
#include "EventsChart.h"
#include "FittedColumns.h"
#include "FollowControl.h"
#include "FollowNotifier.h"
#include "PaneAction.h"
#include "PutRightActions.h"
#include "ShownEvents.h"
#include "SyncPeriodDialog.h"
#include "SyncProgress.h"
#include "cache/EventCache.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"
#include "services/EventSync.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace amodesk {

namespace {
QString inWords(const Event &e, const EventDescriber &d)
{
    return QStringLiteral("%1: %2").arg(d.typeName(e), d.entity(e));
}
} // namespace

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EventsPane>()), m_model(new EventTableModel(this)), m_cacheModel(new EventCacheModel(this)),
      m_searchDelay(new QTimer(this)), m_proxy(new EventProxy(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("EventsPane"));
    m_model->setObjectName(QStringLiteral("apiEvents"));
    m_cacheModel->setObjectName(QStringLiteral("cachedEvents"));
    m_proxy->setObjectName(QStringLiteral("eventProxy"));
    m_proxy->setSourceModel(m_model);

    const auto buttonAction = [this](QToolButton *button, const QString &text, const QString &toolTip, const QKeySequence &shortcut = {}) {
        QAction *action = paneAction(text, toolTip, shortcut);
        button->setDefaultAction(action);
        return action;
    };
    connect(buttonAction(m_ui->filterButton, tr("&Filter…"), tr("Choose which events to show (Ctrl+Shift+F)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
            &QAction::triggered, this, &EventsPane::openFilterDialog);
    connect(buttonAction(m_ui->refreshButton, tr("&Reload"), tr("Read the events again (F5)"), QKeySequence::Refresh), &QAction::triggered, this, [this] {
        if (showsCache() && m_sync)
            m_sync->fetchNewer();
        else
            m_model->reload();
    });
    connect(paneAction(tr("&Search"), tr("Search the events"), QKeySequence::Find), &QAction::triggered, m_ui->search, qOverload<>(&QWidget::setFocus));
    // The cache is searched through its full-text index once typing pauses; a filtered API
    // list is searched in what it has loaded.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_cacheModel->setSearch(m_ui->search->text()); updateStatus(); });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (showsCache())
            m_searchDelay->start();
        else
            m_proxy->setFilterFixedString(text);
    });
    m_follow = new FollowControl(paneAction(tr("Follo&w"), tr("Check for new events every few seconds and mark them in bold"), {}),
                                 m_ui->followButton, m_ui->followSeconds, this);
    connect(m_follow, &FollowControl::due, this, [this] {
        if (showsCache() && m_sync && !m_sync->isRunning())
            m_sync->fetchNewer(ApiRequest::Priority::Background);
        else if (!showsCache())
            m_model->fetchNewer();
    });
    connect(buttonAction(m_ui->syncButton, tr("&Sync period…"), tr("Copy every event of a period into the local cache, to search it and read it offline")),
            &QAction::triggered, this, &EventsPane::openSyncDialog);
    connect(m_ui->syncProgress, &SyncProgress::said, m_ui->status, &QLabel::setText);
    buttonAction(m_ui->chartButton, tr("&Chart"), tr("Events a day by type, from the local cache"))->setCheckable(true);
    showCheckedClearly(m_ui->chartButton);
    connect(m_ui->chartButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_ui->chart->show(m_cache, directory());
        m_ui->chart->setVisible(on);
    });
    connect(m_ui->chart, &EventsChart::narrowTo, this, &EventsPane::applyFilter);
    m_putRight = new PutRightActions(this,
                                     {[this] { return selectedEvents(); }, [this] { return ShownEvents(m_ui->table).current(); },
                                      [this]() -> std::optional<EventFilter> {
                                          if (showsCache())
                                              return std::nullopt;
                                          return m_model->filter();
                                      }},
                                     [this](const QString &text) { m_ui->status->setText(text); });
    m_menuActions << m_putRight->actions();
    connect(buttonAction(m_ui->exportButton, tr("&Export…"), tr("Save the events shown to a CSV or JSON file")), &QAction::triggered, this,
            &EventsPane::exportEvents);
    connect(m_ui->chips, &FilterChipBar::narrowed, this, &EventsPane::applyFilter);

    QTableView *table = m_ui->table;
    table->setModel(m_proxy);
    m_emptyHint = new EmptyTableHint(table, [this] { return whyEmpty(); });
    table->setSortingEnabled(true);
    table->sortByColumn(EventTableModel::TimeColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several events to revert
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    offerColumnChoice(table);
    m_columns = new FittedColumns(table, QStringLiteral("events/header"),
                                  {{EventTableModel::TimeColumn, 130}, {EventTableModel::TypeColumn, 170}, {EventTableModel::EntityColumn, 220},
                                   {EventTableModel::AuthorColumn, 130}}, this);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPane::showDetail);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPane::forgetDetailWithoutSelection);
    connect(m_ui->detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // The detail gets room for a whole event (nine lines and a long change) at the default size.
    m_ui->EventsSplitter->setStretchFactor(1, 3);
    m_ui->EventsSplitter->setStretchFactor(2, 2);
    m_ui->detail->setMinimumHeight(m_ui->detail->fontMetrics().lineSpacing() * 6);

    connect(m_model, &EventTableModel::loadingChanged, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_lastError.clear(); m_newEvents = 0; m_ui->detail->clear(); updateStatus(); });
    connect(m_model, &EventTableModel::failed, this, [this](const QString &message) { m_lastError = message; updateStatus(); });
    connect(m_model, &EventTableModel::newEventsArrived, this, [this](int count) {
        m_newEvents += count;
        updateStatus();
        if (m_model->rowCount() > 0)
            m_follow->eventsArrived(count, inWords(m_model->eventAt(0), m_model->describer()));
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
    m_account = account;
    m_putRight->setAccount(account);
    m_ui->stack->setCurrentIndex(api ? 1 : 0);
    m_ui->syncProgress->setSync(nullptr);
    delete m_cacheSync;
    m_cacheSync = nullptr;
    m_sync = nullptr;
    m_cacheModel->setSource(nullptr, nullptr, directory);
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr); // the previous account's
    m_names = account ? account->entityNames() : nullptr;
    m_model->setNames(m_names);
    m_cacheModel->setNames(m_names);
    m_cacheSync = api ? CacheSync::open(account, m_cacheModel, this) : nullptr; // without it the pane reads the API directly
    m_cache = m_cacheSync ? m_cacheSync->cache() : nullptr;
    if (m_cacheSync) {
        m_sync = m_cacheSync->sync();
        m_ui->syncProgress->setSync(m_sync);
        connect(m_cacheSync, &CacheSync::finished, this, [this] {
            m_lastError = m_cacheSync->lastError();
            if (showsCache())
                m_cacheModel->refresh();
            updateStatus();
        });
        connect(m_sync, &EventSync::stored, this, [this](int added, EventSync::Placement where) {
            if (where != EventSync::Placement::Newer || !m_follow->isOn() || !FollowNotifier::enabled())
                return;
            if (const QList<Event> newest = m_cache->window(0, 1); !newest.isEmpty())
                m_follow->eventsArrived(added, inWords(newest.first(), m_cacheModel->describer()));
        });
        m_cacheModel->setSource(m_cache, m_sync, directory);
    }
    m_model->setSource(m_cache ? nullptr : api, directory); // with a cache, the API is read only for a filter
    showModel(m_cache != nullptr);
    if (m_cacheSync)
        m_cacheSync->start();
    const auto renameRows = [this] {
        QAbstractItemModel *m = ShownEvents(m_ui->table).source();
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
    return m_ui->table->model() == m_cacheModel;
}

void EventsPane::showModel(bool cache)
{
    m_ui->search->setPlaceholderText(cache ? tr("Search the cached events (Ctrl+F)") : tr("Search the loaded events (Ctrl+F)"));
    // The cache goes to the view as it is: a sorting proxy would read every one of its rows.
    // The API's loaded pages go through the proxy, which sorts and searches them.
    QAbstractItemModel *wanted = cache ? static_cast<QAbstractItemModel *>(m_cacheModel) : m_proxy;
    if (m_ui->table->model() == wanted)
        return;
    const QByteArray header = m_ui->table->horizontalHeader()->saveState();
    m_ui->table->setModel(wanted);
    m_ui->table->horizontalHeader()->restoreState(header);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPane::showDetail);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPane::forgetDetailWithoutSelection);
    const QString text = m_ui->search->text();
    if (cache) {
        m_proxy->setFilterFixedString(QString());
        m_cacheModel->setSearch(text);
    } else {
        m_proxy->setFilterFixedString(text);
    }
    m_ui->detail->clear();
}

// The selected events, at most kMostSelected; empty with the status line saying why.
QList<Event> EventsPane::selectedEvents()
{
    constexpr int kMostSelected = 20000; // beyond, the CLI's filters: amodesk-cli events revert
    const std::optional<QList<Event>> events = ShownEvents(m_ui->table).selected(kMostSelected);
    if (!events) {
        m_ui->status->setText(tr("Select at most %1 events here; Revert everything the filter finds… (Ctrl+Alt+Shift+R) takes a filter of any size.")
                              .arg(kMostSelected));
        return {};
    }
    if (!m_account || events->isEmpty())
        m_ui->status->setText(tr("Select the events first (Ctrl+A selects every event shown)."));
    return m_account ? *events : QList<Event>();
}

AccountDirectory *EventsPane::directory() const
{
    return m_account ? m_account->directory() : nullptr;
}

QTableView *EventsPane::table() const { return m_ui->table; }

void EventsPane::syncPeriod(qint64 from, qint64 to)
{
    if (!m_sync)
        return;
    m_ui->syncProgress->begin();
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
    m_model->setSource(cached || !m_account ? nullptr : m_account->api(), m_account ? m_account->directory() : nullptr, filter); // the API answers a filter
    showModel(cached);
    rebuildChips();
}

void EventsPane::openFilterDialog()
{
    EventFilterDialog dialog(m_model->filter(), directory(), m_account ? m_account->baseUrl() : QString(),
                             m_account ? m_account->accountId() : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilter(dialog.filter());
}

void EventsPane::rebuildChips()
{
    m_ui->chips->show(m_model->filter(), directory());
}

// A search or a reload can take the selected row away while the current index stays: the
// detail then speaks of an event no longer selected.
void EventsPane::forgetDetailWithoutSelection()
{
    if (!m_ui->table->selectionModel()->hasSelection())
        m_ui->detail->clear();
}

QString EventsPane::whyEmpty() const
{
    const bool loading = showsCache() ? (m_sync && m_sync->isRunning()) : m_model->isLoading();
    if (!m_account || loading || !m_lastError.isEmpty())
        return {}; // nothing to show yet, or the status line says what went wrong
    if (!m_ui->search->text().trimmed().isEmpty())
        return tr("None of these events contains “%1”. Clear the search to see them all.").arg(m_ui->search->text().trimmed());
    if (!filterChips(m_model->filter(), directory()).isEmpty())
        return tr("No events match this filter. Widen the period or remove a condition under Filter… (Ctrl+Shift+F).");
    return tr("The account has no events in this period.");
}

void EventsPane::showDetail()
{
    const ShownEvents shown(m_ui->table);
    if (const std::optional<Event> event = shown.current())
        m_ui->detail->setHtml(EventDetailText::html(*event, shown.rows()->describer(), m_account ? m_account->baseUrl() : QString()));
    else
        m_ui->detail->clear();
}

void EventsPane::updateStatus()
{
    QString text;
    if (showsCache()) {
        const int shown = m_cacheModel->rowCount();
        text = m_cacheModel->search().isEmpty() ? tr("%n event(s) in the local cache", nullptr, shown)
                                                : tr("%n cached event(s) match", nullptr, shown);
        if (m_cacheSync && m_cacheSync->isOffline())
            text = tr("Offline: the account cannot be reached. Showing the cached events, read-only.") + u' ' + text;
        else if (!m_lastError.isEmpty())
            text += QStringLiteral(" · ") + tr("Could not read the events: %1").arg(m_lastError);
        m_ui->status->setText(text);
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
    m_ui->status->setText(text);
    m_emptyHint->refresh();
}

void EventsPane::exportEvents()
{
    if (const QString said = EventExportDialog::run(this, m_ui->table->model(), ShownEvents(m_ui->table).source()); !said.isEmpty())
        m_ui->status->setText(said);
}

} // namespace amodesk

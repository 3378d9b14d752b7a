#pragma once

#include "domain/Event.h"

#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QKeySequence;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class QAbstractItemModel;

namespace Ui {
class EventsPane;
}

namespace amodesk {

class AccountDirectory;
class ApiClient;
class EmptyTableHint;
class EventCache;
class AccountContext;
class EntityNames;
class FittedColumns;
class FilterChipBar;
class FollowControl;
class SyncProgress;
class CacheSync;
class EventCacheModel;
class EventSync;
class EventTableModel;
class EventsChart;
class PutRightActions;
struct EventFilter;

// The event log of the current account: a lazily paged table, search, filters, a detail
// panel, follow and export.
class EventsPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPane(QWidget *parent = nullptr);
    ~EventsPane() override;

    // nullptr: none. The account's events are read from its cache, else from the API directly.
    void setAccount(AccountContext *account);
    void applyFilter(const EventFilter &filter);
    void syncPeriod(qint64 from, qint64 to);

    QTableView *table() const;
    QList<QAction *> menuActions() const { return m_menuActions; } // what the window's Events menu lists
    PutRightActions *putRight() const { return m_putRight; }

public Q_SLOTS:
    void openFilterDialog();
    void openSyncDialog();
    void exportEvents();

private:
    QAction *paneAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut);
    QList<Event> selectedEvents();
    void showDetail();
    void forgetDetailWithoutSelection();
    QString whyEmpty() const; // what the empty table says, or nothing
    void updateStatus();
    void rebuildChips();
    void showModel(bool cache);
    bool showsCache() const;
    AccountDirectory *directory() const;

    std::unique_ptr<Ui::EventsPane> m_ui;
    EventTableModel *m_model;
    EventCacheModel *m_cacheModel;
    EventCache *m_cache = nullptr; // the account context's
    CacheSync *m_cacheSync = nullptr;
    EventSync *m_sync = nullptr; // the cache sync's
    EmptyTableHint *m_emptyHint = nullptr;
    FittedColumns *m_columns = nullptr;
    QTimer *m_searchDelay;
    QSortFilterProxyModel *m_proxy;
    FollowControl *m_follow;
    AccountContext *m_account = nullptr;
    EntityNames *m_names = nullptr; // the account context's
    QString m_lastError;
    int m_newEvents = 0;
    QList<QAction *> m_menuActions;
    PutRightActions *m_putRight;
};

} // namespace amodesk

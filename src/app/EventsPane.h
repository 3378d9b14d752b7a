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
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class QHBoxLayout;
class QAbstractItemModel;
class QProgressBar;

namespace amodesk {

class AccountDirectory;
class ApiClient;
class EmptyTableHint;
class FollowNotifier;
class EventCache;
class AccountContext;
class EntityNames;
class FittedColumns;
class EventCacheModel;
class EventRows;
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

    EventTableModel *model() const { return m_model; }          // the API, while a filter is set
    EventCacheModel *cacheModel() const { return m_cacheModel; } // the cache, without a filter
    bool showsCache() const;
    EventSync *sync() const { return m_sync; }
    QLabel *statusLabel() const { return m_status; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLineEdit *search() const { return m_search; }
    QToolButton *followButton() const { return m_follow; }
    QWidget *chips() const { return m_chips; }
    EventsChart *chart() const { return m_chart; }
    QToolButton *chartButton() const { return m_chartButton; }
    QList<QAction *> menuActions() const { return m_menuActions; } // what the window's Events menu lists
    PutRightActions *putRight() const { return m_putRight; }

public Q_SLOTS:
    void openFilterDialog();
    void openSyncDialog();
    void exportEvents();

private:
    QAction *paneAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut);
    QList<Event> selectedEvents();
    std::optional<Event> currentEvent() const;
    int sourceRow(int viewRow) const;
    void showDetail();
    void forgetDetailWithoutSelection();
    QString whyEmpty() const; // what the empty table says, or nothing
    void updateStatus();
    void rebuildChips();
    void setFollowing(bool on);
    void showModel(bool cache);
    const EventRows *rows() const;
    QAbstractItemModel *sourceModel() const;

    EventTableModel *m_model;
    EventCacheModel *m_cacheModel;
    EventCache *m_cache = nullptr; // the account context's
    EventSync *m_sync = nullptr;
    EmptyTableHint *m_emptyHint = nullptr;
    FollowNotifier *m_notifier = nullptr;
    FittedColumns *m_columns = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancelSync;
    QTimer *m_searchDelay;
    bool m_offline = false;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLineEdit *m_search;
    QToolButton *m_follow;
    QSpinBox *m_followSeconds;
    QTimer *m_followTimer;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QLabel *m_status;
    EventsChart *m_chart;
    QToolButton *m_chartButton;
    AccountDirectory *m_directory = nullptr;
    AccountContext *m_account = nullptr;
    EntityNames *m_names = nullptr; // the account context's
    ApiClient *m_api = nullptr;
    QString m_baseUrl;
    QString m_accountId;
    QString m_lastError;
    int m_newEvents = 0;
    QList<QAction *> m_menuActions;
    PutRightActions *m_putRight;
};

} // namespace amodesk

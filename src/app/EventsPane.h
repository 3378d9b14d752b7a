#pragma once

#include <QWidget>

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

namespace amodesk {

class AccountDirectory;
class ApiClient;
class EventTableModel;
struct EventFilter;

// The event log of the current account: a lazily paged table, search, filters, a detail
// panel, follow and export.
class EventsPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPane(QWidget *parent = nullptr);
    ~EventsPane() override;

    void setAccount(ApiClient *api, AccountDirectory *directory, const QString &baseUrl); // nullptr: none
    void applyFilter(const EventFilter &filter);

    EventTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLineEdit *search() const { return m_search; }
    QToolButton *followButton() const { return m_follow; }
    QWidget *chips() const { return m_chips; }

public Q_SLOTS:
    void openFilterDialog();
    void exportEvents();

private:
    void showDetail();
    void updateStatus();
    void rebuildChips();
    void setFollowing(bool on);

    EventTableModel *m_model;
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
    AccountDirectory *m_directory = nullptr;
    QString m_baseUrl;
    QString m_lastError;
    int m_newEvents = 0;
};

} // namespace amodesk

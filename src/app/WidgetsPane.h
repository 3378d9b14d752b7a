#pragma once

#include "domain/Widget.h"
#include "services/WidgetsService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace amodesk {

class AccountContext;
class AccountDirectory;
class ApiClient;
class WidgetFilter;
class WidgetTableModel;

// The widget catalog of the account: what is installed, what can be, install with a generated
// settings form, uninstall, and the bot continue call a widget makes.
class WidgetsPane : public QWidget
{
    Q_OBJECT
public:
    explicit WidgetsPane(QWidget *parent = nullptr);

    void setAccount(AccountContext *account); // nullptr: none
    bool selectCode(const QString &code);

public Q_SLOTS:
    void installSelected();
    void uninstallSelected();
    void continueBot();

private:
    Widget selected() const;
    void showDetail();
    void loadSettings(const QString &code); // GET /widgets/{code}: the settings come only from there
    void updateStatus();

    WidgetTableModel *m_model;
    WidgetFilter *m_filter;
    ApiClient *m_api = nullptr;
    AccountDirectory *m_directory = nullptr;
    QLineEdit *m_search;
    QCheckBox *m_installedOnly;
    QCheckBox *m_leadSources;
    QCheckBox *m_dp;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QToolButton *m_reveal;
    QLabel *m_status;
    WidgetsService m_widgets{nullptr};
    Widget m_full; // the selected widget as read alone, with its settings when amoCRM gives them
    QString m_message;
};

} // namespace amodesk

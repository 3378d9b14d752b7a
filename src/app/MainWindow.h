#pragma once

#include <QHash>
#include <QMainWindow>
#include <memory>

#include "auth/AccountStore.h"

class QActionGroup;
class QComboBox;
class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace amodesk {

class AccountContext;
class AccountDirectory;
class AccountListModel;
class AccountSession;
class EventsPane;
class NotesPane;
class WidgetsPane;
class WebsiteButtonPane;
class KeychainVault;
class MemoryVault;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showAccountStatus(const QString &text);
    EventsPane *eventsPane() const { return m_events; }
    AccountDirectory *directory() const { return m_directory; }
    AccountContext *context() const { return m_context; } // of the current account
    // Shows this account (the window takes the session) and makes it the current one.
    void openSession(AccountSession *session);

public Q_SLOTS:
    void showAbout();
    void addAccount();
    void removeAccount();
    void openPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPanes();
    void restoreState();
    void loadStoredAccounts();
    void switchTo(int row);
    void setPanesAccount(AccountContext *account);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AccountListModel *m_accounts;
    QTabWidget *m_tabs;
    QComboBox *m_switcher;
    QActionGroup *m_languages = nullptr;
    QLabel *m_accountStatus;
    EventsPane *m_events;
    NotesPane *m_notes;
    WidgetsPane *m_widgets;
    WebsiteButtonPane *m_button;
    KeychainVault *m_keychain;
    MemoryVault *m_sessionVault; // session-only accounts: secrets die with the process
    AccountStore m_store;
    QHash<QString, AccountSession *> m_sessions; // opened in this run, by account id
    AccountSession *m_current = nullptr;
    AccountDirectory *m_directory = nullptr;
    AccountContext *m_context = nullptr; // of the current account, shared by the panes
};

} // namespace amodesk

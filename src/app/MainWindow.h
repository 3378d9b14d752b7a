#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTabWidget;

namespace amodesk {

class AccountListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    AccountListModel *accounts() const { return m_accounts; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *accountSwitcher() const { return m_switcher; }
    void showAccountStatus(const QString &text);

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPanes();
    void restoreState();

    AccountListModel *m_accounts;
    QTabWidget *m_tabs;
    QComboBox *m_switcher;
    QLabel *m_accountStatus;
};

} // namespace amodesk

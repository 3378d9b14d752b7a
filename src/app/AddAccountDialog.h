#pragma once

#include "auth/Account.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace amodesk {

class AccountSetup;
class AccountStore;
class LoopbackReceiver;
class SecretVault;

// Adds an account in one of the three ways amoCRM offers: a long-lived token, an
// authorization code from the integration's settings, or signing in through the browser.
// Checks the fields first and names the wrong one; then checks that the account answers.
class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum Method { LongLivedToken, PastedCode, Browser };

    AddAccountDialog(SecretVault *vault, AccountStore *store, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Account added() const { return m_added; }
    QString problems() const;

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy, const QString &text = {});
    void showProblem(const QString &text);

    SecretVault *m_vault;
    AccountStore *m_store;
    AccountSetup *m_setup;
    LoopbackReceiver *m_receiver = nullptr;
    QButtonGroup *m_method;
    QLineEdit *m_address, *m_name, *m_token, *m_clientId, *m_secret, *m_redirect, *m_code;
    QStackedWidget *m_pages;
    QLabel *m_errors;
    QWidget *m_form;
    Account m_added;
};

} // namespace amodesk

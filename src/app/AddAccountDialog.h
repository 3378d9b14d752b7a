#pragma once

#include "auth/Account.h"

#include "FormDialog.h"

#include <memory>

class QButtonGroup;

namespace Ui {
class AddAccountDialog;
}

namespace amodesk {

class AccountSetup;
class AccountStore;
class LoopbackReceiver;
class SecretVault;

// Adds an account in one of the three ways amoCRM offers: a long-lived token, an
// authorization code from the integration's settings, or signing in through the browser.
// Checks the fields first and names the wrong one; then checks that the account answers.
class AddAccountDialog : public FormDialog
{
    Q_OBJECT
public:
    enum Method { LongLivedToken, PastedCode, Browser };

    AddAccountDialog(SecretVault *vault, AccountStore *store, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Account added() const { return m_added; }

protected:
    void load() override;
    Issues validate() override; // names the wrong field
    void apply() override;      // checks that the account answers

private:
    void checking();

    std::unique_ptr<Ui::AddAccountDialog> m_ui;
    AccountStore *m_store;
    AccountSetup *m_setup;
    LoopbackReceiver *m_receiver = nullptr;
    QButtonGroup *m_method;
    Account m_account; // as the fields say, once valid
    Account m_added;
};

} // namespace amodesk

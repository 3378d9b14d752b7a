#include "AddAccountDialog.h"
#include "ui_AddAccountDialog.h"

#include "auth/AccountSetup.h"
#include "auth/AccountStore.h"
#include "auth/LoopbackReceiver.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QPushButton>
#include <QUuid>

namespace amodesk {

AddAccountDialog::AddAccountDialog(SecretVault *vault, AccountStore *store, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<Ui::AddAccountDialog>()), m_store(store), m_setup(new AccountSetup(vault, store, this)),
      m_method(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    setForm(m_ui->errors, m_ui->buttons);
    for (QRadioButton *radio : {m_ui->method0, m_ui->method1, m_ui->method2}) // named by Method
        m_method->addButton(radio, radio->objectName().back().digitValue());
    connect(m_method, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_ui->pages->setCurrentIndex(id == LongLivedToken ? 1 : 0);
        m_ui->oauthForm->setRowVisible(m_ui->code, id == PastedCode);
        clearIssues();
    });
    m_ui->oauthForm->setRowVisible(m_ui->code, false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_setup, &AccountSetup::added, this, [this](const Account &a) {
        m_added = a;
        m_ui->formBox->setEnabled(true);
        finished();
    });
    connect(m_setup, &AccountSetup::failed, this, [this](const ApiError &e) {
        m_ui->formBox->setEnabled(true);
        failed(tr("The account did not accept AmoDesk: %1").arg(e.message()));
    });
    resize(560, sizeHint().height());
    load();
}

// A new account every time: nothing typed before, secrets least of all, comes back.
void AddAccountDialog::load()
{
    for (QLineEdit *field : {m_ui->address, m_ui->name, m_ui->clientId, m_ui->secret, m_ui->redirect, m_ui->code, m_ui->token})
        field->clear();
    m_ui->formBox->setEnabled(true);
}

AddAccountDialog::~AddAccountDialog() = default;

FormDialog::Issues AddAccountDialog::validate()
{
    Issues issues;
    QString why;
    m_account = {};
    m_account.baseUrl = normalizeBaseUrl(m_ui->address->text(), &why);
    if (m_account.baseUrl.isEmpty())
        issues.append({tr("Account address: %1").arg(why), m_ui->address});
    m_account.name = m_ui->name->text().trimmed();
    if (m_account.name.isEmpty())
        m_account.name = QUrl(m_account.baseUrl).host().section(u'.', 0, 0);
    if (m_store->byName(m_account.name))
        issues.append({tr("Name: an account named \"%1\" exists already").arg(m_account.name), m_ui->name});
    const int method = m_method->checkedId();
    if (method == LongLivedToken) {
        if (m_ui->token->text().trimmed().isEmpty())
            issues.append({tr("Long-lived token: is required"), m_ui->token});
    } else {
        if (m_ui->clientId->text().trimmed().isEmpty())
            issues.append({tr("Integration ID: is required"), m_ui->clientId});
        if (m_ui->secret->text().isEmpty())
            issues.append({tr("Secret key: is required"), m_ui->secret});
        if (m_ui->redirect->text().trimmed().isEmpty())
            issues.append({tr("Redirect URI: is required"), m_ui->redirect});
        if (method == PastedCode && m_ui->code->text().trimmed().isEmpty())
            issues.append({tr("Authorization code: is required"), m_ui->code});
    }
    m_account.clientId = m_ui->clientId->text().trimmed();
    m_account.redirectUri = m_ui->redirect->text().trimmed();
    return issues;
}

void AddAccountDialog::apply()
{
    const int method = m_method->checkedId();
    if (method == LongLivedToken) {
        checking();
        m_setup->addWithLongLivedToken(m_account, m_ui->token->text().trimmed());
        return;
    }
    if (method == PastedCode) {
        checking();
        m_setup->addWithCode(m_account, m_ui->secret->text(), m_ui->code->text().trimmed());
        return;
    }
    delete m_receiver;
    m_receiver = new LoopbackReceiver(this);
    const QString state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString why;
    if (!m_receiver->listen(QUrl(m_account.redirectUri), state, &why)) {
        failed(tr("Redirect URI: %1").arg(why));
        return;
    }
    connect(m_receiver, &LoopbackReceiver::codeReceived, this, [this, account = m_account](const QString &code) {
        checking();
        m_setup->addWithCode(account, m_ui->secret->text(), code);
    });
    connect(m_receiver, &LoopbackReceiver::denied, this, [this] {
        m_ui->formBox->setEnabled(true);
        failed(tr("Access was refused in the browser."));
    });
    m_ui->formBox->setEnabled(false);
    working(tr("Allow access in the browser window that opened…"), true); // Add again opens it again
    QDesktopServices::openUrl(consentPageUrl(m_account.baseUrl, m_account.clientId, state));
}

void AddAccountDialog::checking()
{
    m_ui->formBox->setEnabled(false);
    working(tr("Checking the account…"));
}

} // namespace amodesk

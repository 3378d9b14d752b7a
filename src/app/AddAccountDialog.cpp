#include "AddAccountDialog.h"
#include "Tones.h"

#include "auth/AccountSetup.h"
#include "auth/AccountStore.h"
#include "auth/LoopbackReceiver.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QLineEdit *field(QWidget *parent, const QString &objectName, const QString &placeholder, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

AddAccountDialog::AddAccountDialog(SecretVault *vault, AccountStore *store, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_store(store), m_setup(new AccountSetup(vault, store, this))
{
    setWindowTitle(tr("Add an account"));
    setObjectName(QStringLiteral("AddAccountDialog"));
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    m_address = field(this, QStringLiteral("address"), tr("example.amocrm.ru or example.kommo.com"));
    m_name = field(this, QStringLiteral("name"), tr("optional: how AmoDesk names it"));
    form->addRow(tr("Account address:"), m_address);
    form->addRow(tr("Name:"), m_name);

    m_method = new QButtonGroup(this);
    auto *methods = new QVBoxLayout;
    const QList<QPair<Method, QString>> choices = {{Browser, tr("Sign in through the browser (OAuth)")},
                                                   {PastedCode, tr("Paste an authorization code from the integration's settings")},
                                                   {LongLivedToken, tr("Use a long-lived token")}};
    for (const auto &[id, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("method%1").arg(id));
        m_method->addButton(radio, id);
        methods->addWidget(radio);
    }
    m_method->button(Browser)->setChecked(true);
    form->addRow(tr("How:"), methods);

    m_pages = new QStackedWidget(this);
    auto *oauth = new QWidget(this);
    auto *oauthForm = new QFormLayout(oauth);
    oauthForm->setContentsMargins(0, 0, 0, 0);
    m_clientId = field(this, QStringLiteral("clientId"), tr("the integration's ID"));
    m_secret = field(this, QStringLiteral("secret"), tr("the integration's secret key"), true);
    m_redirect = field(this, QStringLiteral("redirect"), tr("for the browser: http://127.0.0.1:PORT/..."));
    m_code = field(this, QStringLiteral("code"), tr("valid for 20 minutes, once"));
    oauthForm->addRow(tr("Integration ID:"), m_clientId);
    oauthForm->addRow(tr("Secret key:"), m_secret);
    oauthForm->addRow(tr("Redirect URI:"), m_redirect);
    oauthForm->addRow(tr("Authorization code:"), m_code);
    auto *tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    m_token = field(this, QStringLiteral("token"), tr("shown once when the integration was made"), true);
    tokenForm->addRow(tr("Long-lived token:"), m_token);
    m_pages->addWidget(oauth);
    m_pages->addWidget(tokenPage);
    form->addRow(m_pages);
    connect(m_method, &QButtonGroup::idToggled, this, [this, oauthForm](int id, bool on) {
        if (!on)
            return;
        m_pages->setCurrentIndex(id == LongLivedToken ? 1 : 0);
        oauthForm->setRowVisible(m_code, id == PastedCode);
        m_errors->clear();
    });
    oauthForm->setRowVisible(m_code, false);

    auto *note = new QLabel(tr("Tokens and the secret key are kept only in the system keychain."), this);
    note->setWordWrap(true);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(toneStyle(Tone::Error));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(note);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(m_setup, &AccountSetup::added, this, [this](const Account &a) {
        m_added = a;
        setBusy(false);
        QDialog::accept();
    });
    connect(m_setup, &AccountSetup::failed, this, [this](const ApiError &e) {
        setBusy(false);
        showProblem(tr("The account did not accept AmoDesk: %1").arg(e.message()));
    });
    resize(560, sizeHint().height());
}

AddAccountDialog::~AddAccountDialog() = default;

QString AddAccountDialog::problems() const
{
    return m_errors->text();
}

void AddAccountDialog::showProblem(const QString &text)
{
    m_errors->setText(text);
}

void AddAccountDialog::setBusy(bool busy, const QString &text)
{
    m_form->setEnabled(!busy);
    m_errors->setStyleSheet(busy ? QString() : toneStyle(Tone::Error));
    m_errors->setText(text);
}

void AddAccountDialog::accept()
{
    QStringList problems;
    QString why;
    Account account;
    account.baseUrl = normalizeBaseUrl(m_address->text(), &why);
    if (account.baseUrl.isEmpty())
        problems << tr("Account address: %1").arg(why);
    account.name = m_name->text().trimmed();
    if (account.name.isEmpty())
        account.name = QUrl(account.baseUrl).host().section(u'.', 0, 0);
    if (m_store->byName(account.name))
        problems << tr("Name: an account named \"%1\" exists already").arg(account.name);
    const int method = m_method->checkedId();
    if (method == LongLivedToken) {
        if (m_token->text().trimmed().isEmpty())
            problems << tr("Long-lived token: is required");
    } else {
        if (m_clientId->text().trimmed().isEmpty())
            problems << tr("Integration ID: is required");
        if (m_secret->text().isEmpty())
            problems << tr("Secret key: is required");
        if (m_redirect->text().trimmed().isEmpty())
            problems << tr("Redirect URI: is required");
        if (method == PastedCode && m_code->text().trimmed().isEmpty())
            problems << tr("Authorization code: is required");
    }
    if (!problems.isEmpty()) {
        showProblem(problems.join(u'\n'));
        return;
    }
    account.clientId = m_clientId->text().trimmed();
    account.redirectUri = m_redirect->text().trimmed();
    if (method == LongLivedToken) {
        setBusy(true, tr("Checking the account…"));
        m_setup->addWithLongLivedToken(account, m_token->text().trimmed());
        return;
    }
    if (method == PastedCode) {
        setBusy(true, tr("Checking the account…"));
        m_setup->addWithCode(account, m_secret->text(), m_code->text().trimmed());
        return;
    }
    delete m_receiver;
    m_receiver = new LoopbackReceiver(this);
    const QString state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_receiver->listen(QUrl(account.redirectUri), state, &why)) {
        showProblem(tr("Redirect URI: %1").arg(why));
        return;
    }
    connect(m_receiver, &LoopbackReceiver::codeReceived, this, [this, account](const QString &code) {
        setBusy(true, tr("Checking the account…"));
        m_setup->addWithCode(account, m_secret->text(), code);
    });
    connect(m_receiver, &LoopbackReceiver::denied, this, [this] {
        setBusy(false);
        showProblem(tr("Access was refused in the browser."));
    });
    setBusy(true, tr("Allow access in the browser window that opened…"));
    QDesktopServices::openUrl(consentPageUrl(account.baseUrl, account.clientId, state));
}

} // namespace amodesk

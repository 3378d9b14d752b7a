#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountListModel.h"
#include "AddAccountDialog.h"
#include "auth/AccountSetup.h"
#include "AppInfo.h"
#include "EventsPane.h"
#include "NotesPane.h"
#include "outbox/NoteOutbox.h"
#include "ShortcutsDialog.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "domain/TimeText.h"
#include "WebsiteButtonPane.h"
#include "WidgetsPane.h"
#include "api/ApiClient.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"
#include "services/AccountContext.h"
#include "PutRightActions.h"
#include "services/AccountDirectory.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QLocale>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QAbstractItemView>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace amodesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_accounts(new AccountListModel(this)),
      m_tabs(new QTabWidget(this)),
      m_switcher(new QComboBox(this)),
      m_accountStatus(new QLabel(this)),
      m_events(new EventsPane(this)),
      m_notes(new NotesPane(this)),
      m_widgets(new WidgetsPane(this)),
      m_button(new WebsiteButtonPane(this)),
      m_keychain(new KeychainVault(this)),
      m_sessionVault(new MemoryVault(this))
{
    setDateStyle(QSettings().value(QStringLiteral("ui/date_style")).toString() == u"iso" ? DateStyle::Iso : DateStyle::Locale);
    m_ui->setupUi(this);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_switcher->setObjectName(QStringLiteral("accountSwitcher"));
    m_notes->setObjectName(QStringLiteral("NotesPane"));
    m_widgets->setObjectName(QStringLiteral("WidgetsPane"));
    m_button->setObjectName(QStringLiteral("WebsiteButtonPane"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    buildPanes();
    buildMenus();

    auto *bar = addToolBar(tr("Account"));
    bar->setObjectName(QStringLiteral("AccountToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Account:") + u' ', bar));
    m_switcher->setModel(m_accounts);
    m_switcher->setMinimumContentsLength(24);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setPlaceholderText(tr("No account yet"));
    m_switcher->setToolTip(tr("The amoCRM or Kommo account AmoDesk works with"));
    bar->addWidget(m_switcher);

    statusBar()->addWidget(m_accountStatus, 1);
    showAccountStatus(tr("Not signed in"));
    restoreState();
    loadStoredAccounts();
    connect(m_switcher, &QComboBox::currentIndexChanged, this, &MainWindow::switchTo);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_tabs->addTab(m_events, tr("&Events"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_widgets, tr("&Widgets"));
    m_tabs->addTab(m_button, tr("Website &button"));
    // A note added in bulk from the Events pane goes through the Notes pane's outbox.
    m_events->putRight()->setNoteAdder([this](const QString &type, const QList<QJsonObject> &bodies) { return m_notes->queue(false, bodies, type); });
    connect(m_events->putRight(), &PutRightActions::notice, this, &MainWindow::showAccountStatus);
}

void MainWindow::buildMenus()
{
    // The fixed menus are the form's (ui/MainWindow.ui); the platform's own keys are set here.
    m_ui->addAccount->setShortcut(QKeySequence::New);
    m_ui->quit->setShortcut(QKeySequence::Quit);
    connect(m_ui->addAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->removeAccount, &QAction::triggered, this, &MainWindow::removeAccount);
    connect(m_ui->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->keyboardShortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(this).exec(); });
    connect(m_ui->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QAction *beforeLanguage = m_ui->menuView->actions().value(0);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *go = new QAction(m_tabs->tabText(i), m_ui->menuView);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_ui->menuView->insertAction(beforeLanguage, go);
    }
    auto *languages = m_languages = new QActionGroup(this);
    const QString chosen = chosenInterfaceLanguage();
    QList<InterfaceLanguage> choices = interfaceLanguages();
    choices.prepend({QString(), tr("As the system")});
    for (const InterfaceLanguage &choice : std::as_const(choices)) {
        QAction *a = m_ui->menuLanguage->addAction(choice.name);
        a->setCheckable(true);
        a->setChecked(choice.code == chosen);
        a->setData(choice.code);
        languages->addAction(a);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *a) {
        setChosenInterfaceLanguage(a->data().toString());
        showAccountStatus(tr("AmoDesk will speak %1 after a restart").arg(a->text()));
    });

    // The panes' actions, with their shortcuts, before Help; choosing one shows its pane.
    for (const auto &[title, pane, actions] : {std::tuple{tr("Even&ts"), static_cast<QWidget *>(m_events), m_events->menuActions()},
                                               std::tuple{tr("N&otes"), static_cast<QWidget *>(m_notes), m_notes->menuActions()}}) {
        auto *menu = new QMenu(title, menuBar());
        for (QAction *a : actions) {
            menu->addAction(a);
            connect(a, &QAction::triggered, this, [this, pane] { m_tabs->setCurrentWidget(pane); });
        }
        menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);
    }
}

void MainWindow::addAccount()
{
    // The keychain first: without one, tokens can be kept for this session only, if the user says so.
    SecretVault *vault = m_keychain;
    bool available = false;
    QString why;
    QEventLoop wait;
    m_keychain->probe([&](bool ok, const QString &error) { available = ok; why = error; wait.quit(); });
    wait.exec();
    if (!available) {
        const auto answer = QMessageBox::question(this, tr("No system keychain"),
                                                  why + QStringLiteral("\n\n") + tr("Keep the tokens of this account for this session only?"));
        if (answer != QMessageBox::Yes)
            return;
        vault = m_sessionVault;
    }
    AddAccountDialog dialog(vault, &m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Account account = dialog.added();
    auto *session = new AccountSession(account, vault, this);
    connect(session, &AccountSession::ready, this, [this, session] { openSession(session); });
    connect(session, &AccountSession::failed, this, [this, session](const ApiError &error) {
        showAccountStatus(tr("Could not open %1: %2").arg(session->account().accountName, error.message()));
        session->deleteLater();
    });
    session->open();
}

void MainWindow::removeAccount()
{
    if (!m_current)
        return;
    const Account account = m_current->account();
    const QString name = account.accountName.isEmpty() ? account.name : account.accountName;
    QString question = tr("Remove %1 from AmoDesk? Its tokens are deleted from the keychain; the account itself is not touched.").arg(name);
    const int unconfirmed = m_context && m_context->outbox() ? m_context->outbox()->unconfirmed() : 0;
    if (unconfirmed > 0)
        question += QStringLiteral("\n\n") + tr("Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.", nullptr, unconfirmed);
    if (QMessageBox::question(this, tr("Remove account"), question) != QMessageBox::Yes)
        return;
    auto *setup = new AccountSetup(account.sessionOnly ? static_cast<SecretVault *>(m_sessionVault) : m_keychain, &m_store, this);
    connect(setup, &AccountSetup::removed, setup, &QObject::deleteLater);
    connect(setup, &AccountSetup::failed, this, [this, setup](const ApiError &e) {
        showAccountStatus(e.message());
        setup->deleteLater();
    });
    setup->remove(account);
    m_sessions.remove(account.id);
    setPanesAccount(nullptr);
    m_context->purgeLocalData(); // the panes let go of its cache and outbox above
    m_context->deleteLater();
    m_context = nullptr;
    m_current->deleteLater();
    m_current = nullptr;
    const int row = m_accounts->rowOf(account.id);
    if (row >= 0)
        m_accounts->removeRow(row);
    showAccountStatus(tr("Removed %1").arg(name));
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_context ? m_context->accountId() : QString(), m_current ? m_current->account().rateLimit : 7, this);
    connect(&dialog, &PreferencesDialog::clearCacheRequested, this, [this] {
        AccountContext *context = m_context;
        setPanesAccount(nullptr); // the panes let go of the cache...
        context->clearEventCache();
        setPanesAccount(context); // ...and read the account into a new one
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = chosenInterfaceLanguage();
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    if (m_current && dialog.rate() != m_current->account().rateLimit) {
        m_current->setRateLimit(dialog.rate());
        if (!m_current->account().sessionOnly)
            m_store.save(m_current->account());
    }
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->viewport()->update(); // times in the style chosen
}

void MainWindow::loadStoredAccounts()
{
    for (const Account &a : m_store.all())
        m_accounts->add({a.accountName.isEmpty() ? a.name : a.accountName, a.baseUrl, false, a.id});
}

void MainWindow::switchTo(int row)
{
    if (row < 0)
        return;
    const AccountListModel::Entry entry = m_accounts->at(row);
    if (AccountSession *open = m_sessions.value(entry.accountId)) {
        openSession(open);
        return;
    }
    const auto stored = [&] {
        for (const Account &a : m_store.all()) {
            if (a.id == entry.accountId)
                return std::optional<Account>(a);
        }
        return std::optional<Account>();
    }();
    if (!stored)
        return;
    showAccountStatus(tr("Opening %1…").arg(entry.name));
    auto *session = new AccountSession(*stored, m_keychain, this);
    connect(session, &AccountSession::ready, this, [this, session] { openSession(session); });
    connect(session, &AccountSession::failed, this, [this, session](const ApiError &error) {
        showAccountStatus(tr("Could not open %1: %2").arg(session->account().accountName, error.message()));
        session->deleteLater();
    });
    session->open();
}

void MainWindow::openSession(AccountSession *session)
{
    session->setParent(this);
    const Account &account = session->account();
    m_sessions.insert(account.id, session);
    int row = m_accounts->rowOf(account.id);
    if (row < 0)
        row = m_accounts->add({account.accountName.isEmpty() ? account.name : account.accountName, account.baseUrl, account.sessionOnly, account.id});
    m_current = session;
    if (m_directory)
        m_directory->deleteLater();
    m_directory = new AccountDirectory(session->api(), this);
    m_directory->load(QLocale().name().left(2));
    AccountContext *previous = m_context;
    m_context = new AccountContext(session->api(), m_directory, account.baseUrl, account.id, this);
    setPanesAccount(m_context);
    if (previous)
        previous->deleteLater(); // the panes have let go of it
    const QSignalBlocker quiet(m_switcher);
    m_switcher->setCurrentIndex(row);
    const QString name = account.accountName.isEmpty() ? account.name : account.accountName;
    showAccountStatus(account.sessionOnly ? tr("Signed in to %1 (tokens kept for this session only)").arg(name) : tr("Signed in to %1").arg(name));
}

void MainWindow::setPanesAccount(AccountContext *account)
{
    m_events->setAccount(account);
    m_notes->setAccount(account);
    m_widgets->setAccount(account);
    m_button->setAccount(account);
}

void MainWindow::showAccountStatus(const QString &text)
{
    m_accountStatus->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AmoDesk"),
                       tr("<h3>AmoDesk %1</h3>"
                          "<p>A desktop client for amoCRM and Kommo account administrators: "
                          "the event log, notes, widgets and the website chat button.</p>"
                          "<p>OAuth tokens are kept only in the system keychain.</p>")
                           .arg(appVersion()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}

} // namespace amodesk

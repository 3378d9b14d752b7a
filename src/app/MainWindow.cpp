#include "MainWindow.h"

#include "AccountListModel.h"
#include "AppInfo.h"
#include "PlaceholderPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace amodesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_accounts(new AccountListModel(this)),
      m_tabs(new QTabWidget(this)),
      m_switcher(new QComboBox(this)),
      m_accountStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("AmoDesk"));
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
}

void MainWindow::buildPanes()
{
    m_tabs->addTab(new PlaceholderPane(tr("Events"),
                       tr("Browse, filter and search the account's event log: who changed what, and when."), m_tabs),
                   tr("&Events"));
    m_tabs->addTab(new PlaceholderPane(tr("Notes"),
                       tr("Read, add and edit the notes of leads, contacts, companies and customers, without losing one."), m_tabs),
                   tr("&Notes"));
    m_tabs->addTab(new PlaceholderPane(tr("Widgets"),
                       tr("See the widgets of the account, install them with a settings form, uninstall them, and continue a bot."), m_tabs),
                   tr("&Widgets"));
    m_tabs->addTab(new PlaceholderPane(tr("Website button"),
                       tr("Build the configuration and setMeta snippets of the website chat button."), m_tabs),
                   tr("Website &button"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About AmoDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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

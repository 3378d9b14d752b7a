#include "DemoSession.h"

#include "AccountListModel.h"
#include "MainWindow.h"
#include "api/AccountProbe.h"
#include "auth/AccountSession.h"
#include "auth/SecretVault.h"
#include "demo/DemoSandbox.h"

#include <QComboBox>
#include <QMessageBox>

namespace amodesk {

DemoSession::DemoSession(MainWindow *window)
    : QObject(window), m_window(window), m_vault(new MemoryVault(this))
{
}

void DemoSession::start()
{
    const QString executable = DemoSandbox::findExecutable();
    if (executable.isEmpty()) {
        fail(tr("The demo server (amodesk-sandbox) is not installed next to AmoDesk."));
        return;
    }
    m_window->showAccountStatus(tr("Starting the demo account…"));
    m_sandbox = new DemoSandbox(this);
    connect(m_sandbox, &DemoSandbox::failed, this, [this](const QString &why) {
        fail(tr("The demo server did not start: %1").arg(why));
    });
    connect(m_sandbox, &DemoSandbox::ready, this, [this] {
        auto *probe = new AccountProbe(this);
        connect(probe, &AccountProbe::failed, this, [this](const ApiError &error) {
            fail(tr("The demo account did not answer: %1").arg(error.message()));
        });
        connect(probe, &AccountProbe::succeeded, this, [this](const AccountSummary &summary) {
            Account demo;
            demo.id = QStringLiteral("demo");
            demo.name = QStringLiteral("demo");
            demo.baseUrl = m_sandbox->baseUrl();
            demo.accountId = summary.id;
            demo.accountName = summary.name;
            demo.sessionOnly = true; // the token lives in this process only
            auto *session = new AccountSession(demo, m_vault, m_window);
            session->openWithLongLivedToken(m_sandbox->token());
            m_window->openSession(session);
            m_window->showAccountStatus(tr("Signed in to %1 (demo, tokens kept for this session only)").arg(summary.name));
            Q_EMIT signedIn();
        });
        probe->probe(m_sandbox->baseUrl(), m_sandbox->token());
    });
    m_sandbox->start(executable);
}

void DemoSession::fail(const QString &reason)
{
    m_window->showAccountStatus(tr("Demo account unavailable"));
    Q_EMIT failed(reason);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo account"), reason, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace amodesk

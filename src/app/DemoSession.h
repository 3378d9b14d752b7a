#pragma once

#include <QObject>

namespace amodesk {

class DemoSandbox;
class MainWindow;
class MemoryVault;

// `amodesk --demo`: starts the bundled sandbox and signs the window in to its account.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(MainWindow *window);
    void start();

Q_SIGNALS:
    void signedIn();
    void failed(const QString &reason);

private:
    void fail(const QString &reason);

    MainWindow *m_window;
    MemoryVault *m_vault;
    DemoSandbox *m_sandbox = nullptr;
};

} // namespace amodesk

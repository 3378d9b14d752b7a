#include "Sandbox.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("amodesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMODESK_VERSION));

    sandbox::SandboxOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        QTextStream(stderr) << "amodesk-sandbox: " << error << "\n";
        return 2;
    }
    sandbox::Sandbox server(options);
    if (!server.start(&error)) {
        QTextStream(stderr) << "amodesk-sandbox: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl() << "\n";
    if (options.printLongLivedToken)
        out << server.issueLongLivedToken() << "\n";
    out.flush();
    std::fflush(stdout);
    if (options.exitWhenStdinCloses) {
        const std::unique_ptr<QThread> watcher(QThread::create([] {
            char buffer[256];
            while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
            }
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }));
        watcher->start();
        const int code = app.exec();
        if (watcher->wait(500))
            return code; // stdin ended: the watcher is done
        // Quit for another reason, the watcher is blocked in fread: no thread can be woken from
        // that portably (terminating it unwinds into std::terminate), so the process ends now.
        std::fflush(stdout);
        std::_Exit(code);
    }
    return app.exec();
}

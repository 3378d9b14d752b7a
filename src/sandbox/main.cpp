#include "Sandbox.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

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
    return app.exec();
}

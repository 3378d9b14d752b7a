#include "Benchmark.h"

#include <QApplication>
#include <functional>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the pane is measured without a screen
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<QPair<QString, std::function<int(QTextStream &)>>> all = {
        {QStringLiteral("sync"), runSyncBenchmark},           {QStringLiteral("sync-after"), runSyncAfterBenchmark},
        {QStringLiteral("sync-pair"), runSyncPairBenchmark},  {QStringLiteral("sync-app"), runSyncAppBenchmark},
        {QStringLiteral("sync-jitter"), runSyncJitterBenchmark}, {QStringLiteral("notes-write"), runNotesWriteBenchmark},
        {QStringLiteral("events"), runEventsBenchmark},           {QStringLiteral("revert"), runRevertBenchmark}};
    QStringList wanted = app.arguments().mid(1);
    if (wanted.isEmpty())
        for (const auto &b : all)
            wanted << b.first;
    int failures = 0;
    for (const QString &name : std::as_const(wanted)) {
        bool known = false;
        for (const auto &b : all) {
            if (b.first == name) {
                known = true;
                failures += b.second(out) != 0 ? 1 : 0;
            }
        }
        if (!known) {
            QTextStream(stderr) << "amodesk-bench: no benchmark named \"" << name << "\"\n";
            return 2;
        }
    }
    return failures == 0 ? 0 : 1;
}

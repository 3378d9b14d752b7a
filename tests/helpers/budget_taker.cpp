// A second process for tst_ratebudget: draws from a shared request budget as another AmoDesk
// process would.
//   budget_taker take KEY LIMIT COUNT  waits for "go" on stdin, takes COUNT starts, prints each time (ms)
//   budget_taker hold KEY              holds the budget's lock, says "held" and waits to be killed
#include "api/RateBudget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using amodesk::RateBudget;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() == 3 && args[1] == u"hold") {
        QLockFile lock(RateBudget::statePathFor(args[2]) + QStringLiteral(".lock"));
        if (!lock.tryLock(5000))
            return 1;
        out << "held" << Qt::endl;
        for (;;)
            QThread::sleep(60);
    }
    if (args.size() != 5 || args[1] != u"take")
        return 2;
    RateBudget budget(args[3].toInt());
    budget.share(args[2]);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin))
        return 3;
    for (int taken = 0; taken < args[4].toInt();) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const RateBudget::Take t = budget.take(now, 0);
        if (t.ticket != 0) {
            out << now << Qt::endl;
            ++taken;
        } else {
            QThread::msleep(ulong(qMax<qint64>(1, t.notBefore - now)));
        }
    }
    return 0;
}

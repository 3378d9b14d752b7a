// The account's request budget: its rules with a controlled clock, and the budget shared by
// real processes through the runtime folder, including one killed while holding the lock.
#include "api/RateBudget.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace amodesk;

namespace {
qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

// The most starts any window of a second holds, a start counted `lateMs` after it left.
int busiestSecond(QList<qint64> starts)
{
    std::sort(starts.begin(), starts.end());
    int most = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const auto end = std::upper_bound(starts.begin() + i, starts.end(), starts[i] + RateWindow::kWindowMs - 1);
        most = qMax(most, int(end - (starts.begin() + i)));
    }
    return most;
}

QString freshKey() { return QStringLiteral("test|") + QUuid::createUuid().toString(); }

QString helper() { return QCoreApplication::applicationDirPath() + QStringLiteral("/budget_taker"); }

// Takes `count` starts from a budget of `limit` with the clock in the test's hands.
QList<qint64> drain(RateWindow &w, int limit, int count, qint64 &clock, int marginMs = 0)
{
    QList<qint64> starts;
    quint64 ticket = 1;
    while (starts.size() < count) {
        const qint64 slot = w.nextSlot(limit, marginMs, clock);
        clock = slot;
        w.take(ticket++, clock);
        starts << clock;
    }
    return starts;
}
} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowHoldsTheLimitAndNoMore()
    {
        RateWindow w;
        qint64 clock = 1'000'000;
        const QList<qint64> starts = drain(w, 7, 70, clock);
        QCOMPARE(busiestSecond(starts), 7);
        // At full pace: ten seconds for seventy, not more.
        QVERIFY(starts.last() - starts.first() <= 9 * (RateWindow::kWindowMs + 1));
        QCOMPARE(starts[6], starts[0]); // a fresh window takes a burst of seven
    }

    void lateArrivalsWidenTheirPlace()
    {
        // Requests whose answers show they may have arrived up to 80 ms late keep their
        // place in the window that much longer.
        RateWindow w;
        qint64 clock = 5'000;
        for (quint64 t = 1; t <= 7; ++t) {
            w.take(t, clock);
            w.answered(t, 80);
        }
        QCOMPARE(w.nextSlot(7, 0, clock), clock + RateWindow::kWindowMs + 80 + 1);
        // A request that left later than it was given its place is counted from then.
        RateWindow late;
        late.take(1, 100);
        late.sent(1, 400);
        QCOMPARE(late.nextSlot(1, 0, 100), 400 + RateWindow::kWindowMs + 1);
    }

    void pauseAfter429HoldsEveryoneThenLets()
    {
        RateWindow w;
        w.throttled(7, 1000, 2000, 1005);
        QCOMPARE(w.nextSlot(7, 0, 1500), 2000);
        QCOMPARE(w.limit(7, 1500), 7); // a first 429 only pauses
    }

    void recurring429LowersThenRecoversWithinSeconds()
    {
        RateWindow w;
        w.throttled(7, 1000, 2000, 1005);
        w.throttled(7, 1500, 2100, 1505); // sent before the pause: the same burst
        QCOMPARE(w.limit(7, 1600), 7);
        w.throttled(7, 2200, 3200, 2205); // sent after the pause ended: the pause was not enough
        const int lowered = w.limit(7, 2300);
        QVERIFY(lowered < 7);
        QVERIFY(lowered >= 1);
        // Back to the configured limit a step every kRecoveryStepMs without a 429.
        const qint64 back = 2205 + (7 - lowered) * RateWindow::kRecoveryStepMs;
        QVERIFY(w.limit(7, back - 1) < 7);
        QCOMPARE(w.limit(7, back), 7);
        QVERIFY(back - 2205 <= 10'000);
    }

    void stateSurvivesTheFileAndIgnoresDamage()
    {
        RateWindow w;
        w.take(42, 1000);
        w.answered(42, 33);
        w.throttled(7, 900, 1900, 1000);
        const RateWindow back = RateWindow::parse(w.serialize() + "start x y z\ngarbage\n\x01\x02");
        QCOMPARE(back.starts.size(), 1);
        QCOMPARE(back.starts[0].ticket, quint64(42));
        QCOMPARE(back.starts[0].marginMs, 33);
        QCOMPARE(back.pausedUntil, qint64(1900));
        QCOMPARE(RateWindow::parse(QByteArray()).starts.size(), 0);
    }

    void keyIsTheIntegrationOfTheAccount()
    {
        auto jwt = [](const QByteArray &claims) {
            return QString::fromLatin1("eyJ0eXAiOiJKV1QifQ." + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".sig");
        };
        const QString a1 = jwt(R"({"aud":"client-a","account_id":31,"jti":"1"})");
        const QString a2 = jwt(R"({"aud":"client-a","account_id":31,"jti":"2"})");
        const QString b = jwt(R"({"aud":"client-b","account_id":31,"jti":"3"})");
        const QString base = QStringLiteral("https://example.amocrm.ru");
        QCOMPARE(rateBudgetKey(base, a1), rateBudgetKey(base, a2)); // a refreshed token counts with the old one
        QVERIFY(rateBudgetKey(base, a1) != rateBudgetKey(base, b));
        QVERIFY(rateBudgetKey(base, a1) != rateBudgetKey(QStringLiteral("https://other.amocrm.ru"), a1));
        QCOMPARE(rateBudgetKey(base, QStringLiteral("opaque")), rateBudgetKey(base, QStringLiteral("another")));
        QVERIFY(!rateBudgetKey(base, a1).contains(QStringLiteral("sig")));
    }

    void twoProcessesShareOneBudget()
    {
        // This process and a real second one draw 21 starts each from one budget of 7 a
        // second at the same time: together they never hold more than 7 in any second.
        const QString key = freshKey();
        QProcess other;
        other.start(helper(), {QStringLiteral("take"), key, QStringLiteral("7"), QStringLiteral("21")});
        QVERIFY2(other.waitForStarted(10000), qPrintable(other.errorString()));
        RateBudget budget(7);
        budget.share(key);
        QVERIFY(budget.isShared());
        other.write("go\n");
        QList<qint64> starts;
        while (starts.size() < 21) {
            const qint64 t = now();
            const RateBudget::Take take = budget.take(t, 0);
            if (take.ticket != 0)
                starts << t;
            else
                QTest::qSleep(int(qMax<qint64>(1, take.notBefore - t)));
        }
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        const QList<QByteArray> lines = other.readAllStandardOutput().split('\n');
        int theirs = 0;
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty()) {
                starts << line.trimmed().toLongLong();
                ++theirs;
            }
        }
        QCOMPARE(theirs, 21);
        QCOMPARE(busiestSecond(starts), 7);
        QVERIFY(!QFile::exists(RateBudget::statePathFor(key) + QStringLiteral(".lock"))); // nobody holds it now
    }

    void pauseReachesAnotherProcess()
    {
        const QString key = freshKey();
        RateBudget mine(7);
        mine.share(key);
        const qint64 until = now() + 60'000;
        mine.throttled(now(), until, now());
        RateBudget theirs(7); // as another process opens the same budget
        theirs.share(key);
        const RateBudget::Take t = theirs.take(now(), 0);
        QCOMPARE(t.ticket, quint64(0));
        QCOMPARE(t.notBefore, until);
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        const QString key = freshKey();
        QProcess holder;
        holder.start(helper(), {QStringLiteral("hold"), key});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));
        holder.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(RateBudget::statePathFor(key) + QStringLiteral(".lock")));

        RateBudget budget(7);
        budget.share(key);
        const RateBudget::Take t = budget.take(now(), 0);
        QVERIFY(t.ticket != 0);
        QCOMPARE(budget.lockFailures(), 0);
        QFile state(RateBudget::statePathFor(key));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY(state.readAll().contains(QByteArray::number(t.ticket)));
        QCOMPARE(int(state.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"

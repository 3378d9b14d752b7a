// amodesk-cli against a fake amoCRM that answers badly (tests/helpers/hostile_server): the
// program ends, with the exit code and words of the failure, and prints nothing it was fed
// that could drive the terminal.
#include "CliRun.h"
#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using testing::CliRun;
using testing::HostileServer;

namespace {
constexpr int kApiFailed = 4;
constexpr int kNetworkFailed = 5;
const QByteArray kToken = "hostile-test-token\n";
} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const { return testing::scratchEnvironment(m_home.path()); }

    // events list against the server, the token on standard input as a script passes it.
    CliRun eventsList(const HostileServer &server, QStringList extra)
    {
        QStringList args{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--base-url"), server.baseUrl(),
                         QStringLiteral("--long-lived-token-stdin")};
        return testing::runCli(environment(), args + extra, kToken, 300000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void accountAddGivesUpOnATrickle()
    {
        // #17.4: one byte a second held `account add` for 3 min 23 s, then called it an illegal value.
        HostileServer server;
        QVERIFY(server.start(QStringLiteral("trickle")));
        const CliRun r = testing::runCli(environment(), {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("slow"), QStringLiteral("--base-url"),
                                                          server.baseUrl(), QStringLiteral("--long-lived-token-stdin")}, kToken, 300000);
        QCOMPARE(r.code, kNetworkFailed);
        QVERIFY2(r.err.contains(QStringLiteral("did not answer in time")), qPrintable(r.err));
        QCOMPARE(server.apiRequests(), 1); // the attempt took all the time there is: none after it
        const CliRun list = testing::runCli(environment(), {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void listingStopsWhenPagesRepeat()
    {
        // #17.5: `events list --all` made 287 requests with no output and growing memory.
        HostileServer server;
        QVERIFY(server.start(QStringLiteral("same-page")));
        const CliRun r = eventsList(server, {QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, kApiFailed);
        QVERIFY2(r.err.contains(QStringLiteral("page 2 repeats")) || r.err.contains(QStringLiteral("repeats the items")), qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 51); // the header and the first page, once
        QVERIFY(server.eventsRequests() <= 5); // besides them, the account's names for the rows
    }

    void wrongShapesAreErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("all");
        for (const char *mode : {"embedded-array", "list-object", "scalar-items", "untyped-events", "top-array", "top-null"}) {
            QTest::addRow("%s, one page", mode) << QString::fromLatin1(mode) << false;
            QTest::addRow("%s, --all", mode) << QString::fromLatin1(mode) << true;
        }
    }

    void wrongShapesAreErrors()
    {
        // #17.7: these gave empty lists or rows dated 1970-01-01 with exit 0.
        QFETCH(QString, mode);
        QFETCH(bool, all);
        HostileServer server;
        QVERIFY(server.start(mode));
        QStringList extra{QStringLiteral("--format"), QStringLiteral("json")};
        if (all)
            extra << QStringLiteral("--all");
        const CliRun r = eventsList(server, extra);
        QCOMPARE(r.code, kApiFailed);
        QVERIFY2(r.err.contains(QStringLiteral("unexpected way")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("1970")), qPrintable(r.out));
        QCOMPARE(server.apiRequests(), 1);
    }

    void brokenAnswerIsNotRetried()
    {
        // #17.12: malformed JSON was asked for six times (~22 s) before failing.
        HostileServer server;
        QVERIFY(server.start(QStringLiteral("bad-json")));
        const CliRun r = eventsList(server, {});
        QCOMPARE(r.code, kApiFailed);
        QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
        QCOMPARE(server.apiRequests(), 1);
    }

    void serverTextCannotDriveTheTerminal_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void serverTextCannotDriveTheTerminal()
    {
        // #17.8: a title change, a screen clear, a carriage return and a right-to-left
        // override in an event's text reached the terminal as they were.
        QFETCH(QString, format);
        HostileServer server;
        QVERIFY(server.start(QStringLiteral("escapes")));
        const CliRun r = eventsList(server, {QStringLiteral("--format"), format});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("FAKE")));
        QString out = r.out;
        out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CSV's own line ends
        for (const QChar c : std::as_const(out)) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F) && !(u >= 0x202A && u <= 0x202E)),
                     qPrintable(QStringLiteral("U+%1 reached the output").arg(int(u), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY2(out.contains(QStringLiteral("\\x1b]0;owned\\x07\\x1b[2J\\x0dFAKE \\u202eevil")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"

// Two amoCRM client libraries written by others, from npm (tests/outside-clients/package-lock.json),
// each driven through its own methods against the sandbox over HTTPS by drive.mjs: OAuth code
// exchange and refresh, events with filters, event types, notes list/add/edit, widget install and
// uninstall, a lead's update. Every check must pass; what a library cannot do is printed, not counted.
#include "SandboxProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace testing;

namespace {
const QStringList kLibraries = {QStringLiteral("@shevernitskiy/amo"), QStringLiteral("amocrm-js")};
const QStringList kChecks = {QStringLiteral("oauth-code"), QStringLiteral("oauth-refresh"), QStringLiteral("events-filtered"),
                             QStringLiteral("events-of-an-entity"), QStringLiteral("event-by-id"), QStringLiteral("event-types"),
                             QStringLiteral("notes-list"), QStringLiteral("notes-add"), QStringLiteral("notes-edit"),
                             QStringLiteral("widget-install-uninstall"), QStringLiteral("lead-update")};
} // namespace

class TestOutsideClients : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QHash<QString, QJsonObject> m_results; // "library check" -> its line

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SandboxProcess::tlsRequested(), "the outside clients talk to the sandbox over HTTPS only");
        const QDir dir(QStringLiteral(AMODESK_OUTSIDE_CLIENTS_DIR));
        QVERIFY2(QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/amocrm-js/package.json"))),
                 "the outside clients are not installed: ./scripts/test runs npm ci in tests/outside-clients");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is not installed (./scripts/test installs it)");
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));

        QProcess drive;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SANDBOX_URL"), m_sandbox.baseUrl());
        env.insert(QStringLiteral("SANDBOX_TOKEN"), m_sandbox.token());
        env.insert(QStringLiteral("CLIENT_ID"), kClientId);
        env.insert(QStringLiteral("CLIENT_SECRET"), kSecret);
        env.insert(QStringLiteral("REDIRECT_URI"), kRedirect);
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), SandboxProcess::certificateFile());
        drive.setProcessEnvironment(env);
        drive.setWorkingDirectory(dir.path());
        drive.start(node, {dir.filePath(QStringLiteral("drive.mjs"))});
        QVERIFY2(drive.waitForFinished(180000), "the drive did not finish in 3 minutes");
        const QByteArray err = drive.readAllStandardError();
        QVERIFY2(drive.exitCode() == 0, err.constData());
        for (const QByteArray &line : drive.readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            if (o.contains(QStringLiteral("cannot"))) {
                qInfo("%s cannot %s: %s", qPrintable(o[QStringLiteral("library")].toString()), qPrintable(o[QStringLiteral("cannot")].toString()),
                      qPrintable(o[QStringLiteral("why")].toString()));
                continue;
            }
            m_results.insert(o[QStringLiteral("library")].toString() + u' ' + o[QStringLiteral("check")].toString(), o);
        }
    }

    void check_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &library : kLibraries) {
            for (const QString &check : kChecks) {
                const QString key = library + u' ' + check;
                QTest::newRow(qPrintable(key)) << key;
            }
        }
    }

    void check()
    {
        QFETCH(QString, key);
        QVERIFY2(m_results.contains(key), "the drive did not run this check");
        const QJsonObject r = m_results.value(key);
        QVERIFY2(r[QStringLiteral("ok")].toBool(), qPrintable(r[QStringLiteral("detail")].toString()));
    }

    void nothingElseRan()
    {
        QCOMPARE(m_results.size(), kLibraries.size() * kChecks.size());
    }
};

QTEST_GUILESS_MAIN(TestOutsideClients)
#include "tst_outside_clients.moc"

// sync: `amodesk-cli events list --all` of 20,000 events against the sandbox at 250 ms latency
// and the default 7 requests/s, as a share of the ceiling of 7 pages x 100 events a second.
#include "Benchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

namespace {
constexpr int kEvents = 20000;
constexpr double kCeiling = 7 * 100.0;

QJsonObject stats(const QString &baseUrl)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/sandbox/stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}
} // namespace

QString programBesideUs(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

int runSyncBenchmark(QTextStream &out)
{
    QProcess sandbox;
    sandbox.start(programBesideUs(QStringLiteral("amodesk-sandbox")),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--events"), QString::number(kEvents), QStringLiteral("--latency-ms"),
                   QStringLiteral("250"), QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--print-long-lived-token")});
    QByteArray head;
    while (head.count('\n') < 2 && sandbox.waitForReadyRead(30000))
        head += sandbox.readAllStandardOutput();
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() < 3) {
        QTextStream(stderr) << "bench sync: the sandbox did not start\n";
        return 1;
    }
    const QString baseUrl = QString::fromUtf8(lines[0].mid(13).trimmed());
    const QByteArray token = lines[1].trimmed();

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    cli.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    cli.start(programBesideUs(QStringLiteral("amodesk-cli")),
              {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--base-url"), baseUrl, QStringLiteral("--long-lived-token-stdin")});
    cli.write(token + '\n');
    cli.closeWriteChannel();
    QByteArray output;
    while (cli.state() != QProcess::NotRunning || cli.bytesAvailable() > 0) {
        cli.waitForReadyRead(1000);
        output += cli.readAllStandardOutput();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int events = int(QJsonDocument::fromJson(output).array().size());
    const QJsonObject s = stats(baseUrl);
    sandbox.kill();
    sandbox.waitForFinished();
    if (cli.exitCode() != 0 || events != kEvents) {
        QTextStream(stderr) << "bench sync: the CLI read " << events << " of " << kEvents << " events, exit code " << cli.exitCode() << '\n'
                            << cli.readAllStandardError();
        return 1;
    }
    const double perSecond = events / seconds;
    out << "sync.events = " << events << " events\n";
    out << "sync.seconds = " << QString::number(seconds, 'f', 2) << " s\n";
    out << "sync.events_per_second = " << QString::number(perSecond, 'f', 1) << " events/s\n";
    out << "sync.fraction_of_ceiling = " << QString::number(perSecond / kCeiling, 'f', 3) << " ratio\n";
    out << "sync.rate_limited = " << s.value(QStringLiteral("rate_limited")).toInt() << " responses\n";
    out << "sync.requests = " << s.value(QStringLiteral("requests")).toInt() - 1 << " requests\n";
    out.flush();
    return 0;
}

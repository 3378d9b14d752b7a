// events: the events pane's model over a million cached events. The cache is filled from
// real sandbox pages, repeated with new ids and times to reach a million distinct events.
#include "Benchmark.h"
#include "services/AccountContext.h"
#include "BenchProcesses.h"

#include "EventCacheModel.h"
#include "EventsPane.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "EventColumns.h"
#include "cache/EventCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

namespace {
constexpr int kEvents = 1000000;
constexpr int kTemplatePages = 20;

QJsonArray page(QNetworkAccessManager &network, const QString &baseUrl, const QByteArray &token, int number)
{
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/api/v4/events?limit=100&with=lead_name,contact_name,company_name,customer_name&page=%1").arg(number)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("events")).toArray();
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int runEventsBenchmark(QTextStream &out)
{
    QNetworkAccessManager network;
    QList<QJsonObject> templates;
    QByteArray onePage;
    {
        BenchSandbox sandbox;
        if (!sandbox.start({QStringLiteral("--events"), QStringLiteral("5000"), QStringLiteral("--rate-limit"), QStringLiteral("0")}))
            return 1;
        for (int p = 1; p <= kTemplatePages; ++p) {
            const QJsonArray items = page(network, sandbox.baseUrl(), sandbox.token(), p);
            if (p == 1)
                onePage = QJsonDocument(QJsonObject{{QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("events"), items}}}}).toJson(QJsonDocument::Compact);
            for (const QJsonValue &v : items)
                templates.append(v.toObject());
        }
    }
    if (templates.isEmpty())
        return 1;

    // JSON of a 100-event page into rows, on one core.
    {
        QElapsedTimer timer;
        timer.start();
        qint64 rows = 0;
        while (timer.elapsed() < 2000) {
            const QJsonArray items = QJsonDocument::fromJson(onePage).object().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("events")).toArray();
            for (const QJsonValue &v : items)
                rows += amodesk::Event::fromJson(v.toObject()).id.isEmpty() ? 0 : 1;
        }
        out << "events.json_to_rows_per_second = " << qRound64(rows * 1000.0 / timer.elapsed()) << " events/s\n";
        out.flush();
    }

    QStandardPaths::setTestModeEnabled(true);
    const QString account = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    const QString path = amodesk::EventCache::pathFor(account);
    QFile::remove(path);
    {
        amodesk::EventCache cache(path);
        const amodesk::EventDescriber describer(nullptr);
        QList<amodesk::Event> batch;
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < kEvents; ++i) {
            QJsonObject json = templates.at(i % templates.size());
            json[QStringLiteral("id")] = QStringLiteral("bench%1").arg(i, 9, 10, QLatin1Char('0'));
            json[QStringLiteral("created_at")] = 1700000000 + i * 30;
            batch.append(amodesk::Event::fromJson(json));
            if (batch.size() == 5000) {
                cache.store(batch, [&describer](const amodesk::Event &e) { return amodesk::EventColumns::searchText(e, describer); });
                batch.clear();
            }
        }
        out << "events.cache_fill_seconds = " << QString::number(fill.elapsed() / 1000.0, 'f', 1) << " s\n";
        out.flush();
    }

    // Through the real pane, as a user opens it: the account is out of reach, the cache is not.
    amodesk::FixedToken token(QStringLiteral("benchmark-token"));
    amodesk::ApiClient offline(QUrl(QStringLiteral("http://127.0.0.1:9")), &token);
    offline.setMaxAttempts(1);
    amodesk::AccountContext context(&offline, nullptr, QStringLiteral("http://127.0.0.1:9"), account);
    amodesk::EventsPane pane;
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    pane.setAccount(&context);
    QCoreApplication::processEvents(); // laid out and painted
    out << "events.open_ms = " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";
    if (pane.table()->model()->rowCount() != kEvents) {
        QTextStream(stderr) << "bench events: the pane shows " << pane.table()->model()->rowCount() << " rows\n";
        return 1;
    }
    timer.restart();
    pane.table()->scrollToBottom();
    QCoreApplication::processEvents();
    out << "events.scroll_to_end_ms = " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";

    const QString word = templates.first().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("entity")).toObject()
                             .value(QStringLiteral("name")).toString().split(u' ').first();
    timer.restart();
    pane.findChild<amodesk::EventCacheModel *>(QStringLiteral("cachedEvents"))->setSearch(word); // what typing does once it pauses
    QCoreApplication::processEvents();
    out << "events.search_ms = " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";
    out << "events.search_matches = " << pane.table()->model()->rowCount() << " events\n";
    out << "events.resident_memory_mb = " << QString::number(residentMegabytes(), 'f', 1) << " MB\n";
    QFile::remove(path);
    out.flush();
    return 0;
}

// Putting a wrong mass stage change of 5,000 leads right, at 250 ms latency and the default 7
// requests/s: reading the leads as they are now against the read ceiling (7 requests x 250
// entities a second), applying the plan through the journal against the write ceiling (7
// requests x 50 changes a second); and planning from 100,000 cached events, the account's
// answers aside.
#include "Benchmark.h"
#include "BenchProcesses.h"

#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "domain/Event.h"
#include "revert/RevertJournal.h"
#include "revert/RevertPlan.h"
#include "revert/RevertRunner.h"
#include "services/ApiEndpoints.h"
#include "services/EntityReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QStandardPaths>

using namespace amodesk;

namespace {
constexpr int kChanges = 5000;
constexpr int kWrongPipeline = 13513;
constexpr int kWrongStage = 143;

ApiResult call(ApiClient &api, const ApiRequest &request)
{
    ApiReply *reply = api.send(request);
    if (reply->isFinished())
        return reply->result();
    ApiResult result; // taken in the slot: the reply deletes itself after it
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, [&] {
        result = reply->result();
        loop.quit();
    });
    loop.exec();
    return result;
}

// The wrong move: kChanges open leads to "lost". False, said on stderr, when it cannot be made.
bool makeTheMistake(ApiClient &api)
{
    QList<qint64> ids;
    for (int page = 1; ids.size() < kChanges; ++page) {
        const ApiResult r = call(api, ApiRequest::get(EntitiesApi::listPath(QStringLiteral("leads")), "limit=250&page=" + QByteArray::number(page)));
        const QList<QJsonObject> leads = EntitiesApi::entitiesIn(r, QStringLiteral("leads"));
        if (!r.ok() || leads.isEmpty()) {
            QTextStream(stderr) << "bench revert: only " << ids.size() << " leads to move\n";
            return false;
        }
        for (const QJsonObject &lead : leads) {
            if (lead.value(QStringLiteral("status_id")).toInt() != kWrongStage && ids.size() < kChanges)
                ids << lead.value(QStringLiteral("id")).toInteger();
        }
    }
    for (qsizetype at = 0; at < ids.size(); at += EntitiesApi::kMaxPerPage) {
        QJsonArray body;
        for (const qint64 id : ids.mid(at, EntitiesApi::kMaxPerPage))
            body.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pipeline_id"), kWrongPipeline}, {QStringLiteral("status_id"), kWrongStage}});
        if (!call(api, EntitiesApi::update(QStringLiteral("leads"), body)).ok()) {
            QTextStream(stderr) << "bench revert: the wrong move was refused\n";
            return false;
        }
    }
    return true;
}

QList<Event> stageChangesSince(ApiClient &api, qint64 since)
{
    QList<Event> events;
    for (int page = 1;; ++page) {
        const QByteArray query = "limit=100&filter[type]=lead_status_changed&filter[created_at][from]=" + QByteArray::number(since)
                                 + "&page=" + QByteArray::number(page);
        const QList<QJsonObject> items = EventsApi::eventsIn(call(api, ApiRequest::get(EventsApi::listPath(), query)));
        for (const QJsonObject &e : items)
            events.append(Event::fromJson(e));
        if (items.size() < 100)
            return events;
    }
}

// 100,000 stage changes of the 5,000 leads, 20 each, as a cache would hold them.
QList<Event> manyEvents(const CurrentEntities &current)
{
    QList<Event> events;
    const QList<qint64> ids = current.value(QStringLiteral("leads")).keys();
    const auto stage = [](int s) {
        return QJsonArray{QJsonObject{{QStringLiteral("lead_status"), QJsonObject{{QStringLiteral("id"), s}, {QStringLiteral("pipeline_id"), kWrongPipeline}}}}};
    };
    for (int step = 0; step < 20; ++step) {
        for (const qint64 id : ids) {
            events.append(Event::fromJson({{QStringLiteral("id"), QStringLiteral("b%1-%2").arg(id).arg(step)}, {QStringLiteral("type"), QStringLiteral("lead_status_changed")},
                                           {QStringLiteral("entity_id"), id}, {QStringLiteral("entity_type"), QStringLiteral("lead")},
                                           {QStringLiteral("created_by"), 504141}, {QStringLiteral("created_at"), 1700000000 + step},
                                           {QStringLiteral("value_before"), stage(step == 0 ? 1 : 100 + step)},
                                           {QStringLiteral("value_after"), stage(step == 19 ? kWrongStage : 101 + step)},
                                           {QStringLiteral("account_id"), 1}}));
        }
    }
    return events;
}

void figure(QTextStream &out, const QString &name, double value, int precision, const char *unit)
{
    out << "revert." << name << " = " << QString::number(value, 'f', precision) << ' ' << unit << '\n';
    out.flush();
}
} // namespace

int runRevertBenchmark(QTextStream &out)
{
    QStandardPaths::setTestModeEnabled(true);
    BenchSandbox sandbox;
    if (!sandbox.start({QStringLiteral("--events"), QStringLiteral("200000"), QStringLiteral("--latency-ms"), QStringLiteral("250"),
                        QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--block-after"), QStringLiteral("3")}))
        return 1;
    FixedToken token(QString::fromLatin1(sandbox.token()));
    ApiClient api(QUrl(sandbox.baseUrl()), &token);
    const qint64 since = QDateTime::currentSecsSinceEpoch();
    if (!makeTheMistake(api))
        return 1;
    const QList<Event> events = stageChangesSince(api, since);

    // Reading the leads as they are now.
    EntityReader reader(&api);
    QEventLoop loop;
    ApiError readError;
    QObject::connect(&reader, &EntityReader::finished, &loop, [&](const ApiError &e) {
        readError = e;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    reader.start(entitiesToRead(events));
    loop.exec();
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    const CurrentEntities current = reader.entities();
    const int read = int(current.value(QStringLiteral("leads")).size());
    if (readError.isError() || read != kChanges) {
        QTextStream(stderr) << "bench revert: read " << read << " of " << kChanges << " leads: " << readError.message() << '\n';
        return 1;
    }

    const QList<RevertChange> plan = planRevert(events, current);
    QList<int> ready;
    for (int i = 0; i < plan.size(); ++i) {
        if (plan.at(i).state == RevertChange::State::Ready)
            ready << i;
    }
    if (ready.size() != kChanges) {
        QTextStream(stderr) << "bench revert: " << ready.size() << " of " << kChanges << " changes are ready\n";
        return 1;
    }

    // Applying it through the journal.
    const QString account = QStringLiteral("bench-revert-%1").arg(QCoreApplication::applicationPid());
    RevertJournal journal(account);
    QString error;
    timer.restart();
    const QString runId = journal.begin(QStringLiteral("revert"), {}, plan, ready, &error);
    RevertRunner runner(&api, &journal);
    RevertRunner::Outcome outcome;
    QObject::connect(&runner, &RevertRunner::finished, &loop, [&](const RevertRunner::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    runner.start(runId);
    loop.exec();
    const double applySeconds = timer.nsecsElapsed() / 1e9;
    QDir(RevertJournal::dirFor(account)).removeRecursively();
    if (outcome.applied != kChanges) {
        QTextStream(stderr) << "bench revert: " << outcome.applied << " of " << kChanges << " changes applied " << error << '\n';
        return 1;
    }

    // Planning from 100,000 cached events.
    const QList<Event> many = manyEvents(current);
    timer.restart();
    const QList<RevertChange> big = planRevert(many, current);
    const double planSeconds = timer.nsecsElapsed() / 1e9;
    if (big.size() != kChanges)
        return 1;

    const double readRate = kChanges / readSeconds;
    const double applyRate = kChanges / applySeconds;
    figure(out, QStringLiteral("read.seconds"), readSeconds, 2, "s");
    figure(out, QStringLiteral("read.per_second"), readRate, 1, "entities/s");
    figure(out, QStringLiteral("read.fraction_of_ceiling"), readRate / (7.0 * EntitiesApi::kMaxPerPage), 3, "ratio");
    figure(out, QStringLiteral("apply.seconds"), applySeconds, 2, "s");
    figure(out, QStringLiteral("apply.per_second"), applyRate, 1, "changes/s");
    figure(out, QStringLiteral("apply.fraction_of_ceiling"), applyRate / (7.0 * RevertRunner::kBatchSize), 3, "ratio");
    figure(out, QStringLiteral("plan_100k_events.seconds"), planSeconds, 3, "s");
    const QJsonObject stats = sandbox.stats();
    figure(out, QStringLiteral("rate_limited"), stats.value(QStringLiteral("rate_limited")).toInt(), 0, "responses");
    figure(out, QStringLiteral("blocked"), stats.value(QStringLiteral("blocked")).toInt(), 0, "responses");
    return 0;
}

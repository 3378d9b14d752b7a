#include "RevertJournal.h"

#include "AppInfo.h"
#include "domain/JsonText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(RevertJournal) };

const QList<RevertJournal::Status> kStatuses = {RevertJournal::Status::Pending, RevertJournal::Status::Applied,
                                                RevertJournal::Status::Failed, RevertJournal::Status::Skipped};
} // namespace

int RevertJournal::Run::count(Status status) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [status](const Entry &e) { return e.status == status; }));
}

QList<RevertChange> RevertJournal::Run::changes(Status status) const
{
    QList<RevertChange> out;
    for (const Entry &e : entries) {
        if (e.status == status)
            out.append(e.change);
    }
    return out;
}

RevertJournal::RevertJournal(const QString &accountId) : m_dir(dirFor(accountId)) {}

RevertJournal::~RevertJournal()
{
    flush();
}

QString RevertJournal::dirFor(const QString &accountId)
{
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)) + QStringLiteral("/journal/") + safeFileName(accountId);
}

QString RevertJournal::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return QStringLiteral("pending");
    case Status::Applied: return QStringLiteral("applied");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Skipped: break;
    }
    return QStringLiteral("skipped");
}

QString RevertJournal::fileOf(const QString &runId) const
{
    return m_dir + u'/' + runId + QStringLiteral(".json");
}

QString RevertJournal::begin(const QString &kind, const QString &undoes, const QList<RevertChange> &changes, const QList<int> &toSend, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = Tr::tr("cannot create the journal folder %1").arg(QDir::toNativeSeparators(m_dir));
        return {};
    }
    Run run;
    run.kind = kind;
    run.undoes = undoes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    run.createdAt = now.toSecsSinceEpoch();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    run.id = stamp;
    // The file is made before it is written, so two processes that begin a run in the same second
    // take different ids.
    for (int n = 2; !QFile(fileOf(run.id)).open(QIODevice::WriteOnly | QIODevice::NewOnly); ++n) {
        if (!QFile::exists(fileOf(run.id)) || n > 1000) {
            *error = Tr::tr("cannot write the journal file %1").arg(QDir::toNativeSeparators(fileOf(run.id)));
            return {};
        }
        run.id = stamp + u'-' + QString::number(n);
    }
    const QSet<int> sending(toSend.cbegin(), toSend.cend());
    for (int i = 0; i < changes.size(); ++i)
        run.entries.append({changes.at(i), sending.contains(i) ? Status::Pending : Status::Skipped, {}});
    if (!write(run, error))
        return {};
    m_open = run;
    return run.id;
}

bool RevertJournal::mark(const QString &runId, const QList<int> &entries, Status status, const QString &error, Write when)
{
    if (!m_open || m_open->id != runId) {
        if (!flush())
            return false;
        m_open = run(runId);
    }
    if (!m_open)
        return false;
    for (const int i : entries) {
        if (i >= 0 && i < m_open->entries.size()) {
            m_open->entries[i].status = status;
            m_open->entries[i].error = error;
        }
    }
    m_unwritten = true;
    return when == Write::Deferred || flush();
}

bool RevertJournal::flush()
{
    if (!m_unwritten || !m_open)
        return true;
    QString why;
    if (!write(*m_open, &why))
        return false;
    m_unwritten = false;
    return true;
}

bool RevertJournal::write(const Run &run, QString *error) const
{
    QJsonArray entries;
    for (const Entry &e : run.entries) {
        QJsonObject o = e.change.toRecord();
        o.insert(QStringLiteral("status"), statusName(e.status));
        if (!e.error.isEmpty())
            o.insert(QStringLiteral("error"), e.error);
        entries.append(o);
    }
    const QJsonObject json{{QStringLiteral("id"), run.id}, {QStringLiteral("kind"), run.kind}, {QStringLiteral("undoes"), run.undoes},
                           {QStringLiteral("created_at"), run.createdAt}, {QStringLiteral("entries"), entries}};
    QSaveFile file(fileOf(run.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = Tr::tr("cannot write the journal file %1: %2").arg(QDir::toNativeSeparators(fileOf(run.id)), file.errorString());
        return false;
    }
    return true;
}

std::optional<RevertJournal::Run> RevertJournal::run(const QString &runId) const
{
    QFile file(fileOf(runId));
    if (runId.contains(u'/') || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = parseJson(file.readAll()).value.toObject();
    if (json.value(QStringLiteral("id")).toString() != runId)
        return std::nullopt;
    Run run;
    run.id = runId;
    run.kind = json.value(QStringLiteral("kind")).toString();
    run.undoes = json.value(QStringLiteral("undoes")).toString();
    run.createdAt = json.value(QStringLiteral("created_at")).toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("entries")).toArray()) {
        Entry e;
        e.change = RevertChange::fromRecord(v.toObject());
        const QString status = v[QStringLiteral("status")].toString();
        for (const Status s : kStatuses) {
            if (statusName(s) == status)
                e.status = s;
        }
        e.error = v[QStringLiteral("error")].toString();
        run.entries.append(e);
    }
    return run;
}

QList<RevertJournal::Run> RevertJournal::runs() const
{
    QList<Run> out;
    for (const QString &f : QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (const auto r = run(f.chopped(5)))
            out.append(*r);
    }
    // Ids are the time a run began, and -2, -3... after it for runs begun in the same second.
    const auto order = [](const Run &r) { return std::pair{r.createdAt, r.id.section(u'-', 2).toInt()}; };
    std::sort(out.begin(), out.end(), [&order](const Run &a, const Run &b) { return order(a) > order(b); });
    return out;
}

QList<RevertJournal::Run> RevertJournal::unfinishedRuns() const
{
    QList<Run> out;
    for (const Run &r : runs()) {
        if (r.count(Status::Pending) > 0)
            out.prepend(r);
    }
    return out;
}

bool RevertJournal::settlePending(const QString &runId, const CurrentEntities &current)
{
    const auto r = run(runId);
    if (!r)
        return false;
    QList<int> arrived;
    for (int i = 0; i < r->entries.size(); ++i) {
        const Entry &e = r->entries.at(i);
        if (e.status != Status::Pending)
            continue;
        const RevertChange now = resumed(e.change, current);
        if (now.state == RevertChange::State::Already) {
            arrived.append(i);
        } else if (now.state != RevertChange::State::Ready) {
            const QString why = now.state == RevertChange::State::Conflict ? Tr::tr("changed by someone else since the run began") : now.reason;
            if (!mark(runId, {i}, Status::Skipped, why, Write::Deferred))
                return false;
        }
    }
    return (arrived.isEmpty() || mark(runId, arrived, Status::Applied, {}, Write::Deferred)) && flush(); // one write for them all
}

bool RevertJournal::remark(const QString &runId, Status from, Status to, const QString &reason)
{
    const auto r = run(runId);
    if (!r)
        return false;
    QList<int> entries;
    for (int i = 0; i < r->entries.size(); ++i) {
        if (r->entries.at(i).status == from)
            entries.append(i);
    }
    return mark(runId, entries, to, reason);
}

int RevertJournal::giveUpRefused(const QString &runId)
{
    const auto r = run(runId);
    if (!r)
        return -1;
    int given = 0;
    for (int i = 0; i < r->entries.size(); ++i) {
        const Entry &e = r->entries.at(i);
        if (e.status == Status::Failed && !mark(runId, {i}, Status::Skipped, Tr::tr("given up: %1").arg(e.error), Write::Deferred))
            return -1;
        given += e.status == Status::Failed;
    }
    return flush() ? given : -1;
}

} // namespace amodesk

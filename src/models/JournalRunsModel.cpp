#include "JournalRunsModel.h"

#include <QDateTime>
#include <QLocale>

namespace amodesk {

JournalRunsModel::JournalRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JournalRunsModel::setRuns(const QList<RevertJournal::Run> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const RevertJournal::Run *JournalRunsModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int JournalRunsModel::rowOf(const QString &runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

int JournalRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int JournalRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalRunsModel::startedText(const RevertJournal::Run &run)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(run.createdAt), QLocale::ShortFormat);
}

QString JournalRunsModel::kindText(const RevertJournal::Run &run) const
{
    if (run.kind == u"undo") {
        const int row = rowOf(run.undoes);
        return row < 0 ? tr("Undo of run %1").arg(run.undoes) : tr("Undo of the run of %1").arg(startedText(m_runs.at(row)));
    }
    return run.kind == u"update" ? tr("Bulk change") : tr("Revert");
}

QVariant JournalRunsModel::data(const QModelIndex &index, int role) const
{
    const RevertJournal::Run *run = runAt(index.row());
    if (!run || !index.isValid())
        return {};
    using Status = RevertJournal::Status;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn: return startedText(*run);
        case KindColumn: return kindText(*run);
        case ChangesColumn: return int(run->entries.size());
        case AppliedColumn: return run->count(Status::Applied);
        case RefusedColumn: return run->count(Status::Failed);
        case SkippedColumn: return run->count(Status::Skipped);
        case PendingColumn: return run->count(Status::Pending);
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() <= KindColumn) {
        return tr("Run %1 (amodesk-cli journal show %1)").arg(run->id);
    } else if (role == Qt::TextAlignmentRole && index.column() >= ChangesColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant JournalRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case KindColumn: return tr("What");
    case ChangesColumn: return tr("Changes");
    case AppliedColumn: return tr("Done");
    case RefusedColumn: return tr("Refused");
    case SkippedColumn: return tr("Skipped");
    case PendingColumn: return tr("Not confirmed");
    default: break;
    }
    return {};
}

} // namespace amodesk

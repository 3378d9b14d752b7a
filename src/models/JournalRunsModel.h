#pragma once

#include "revert/RevertJournal.h"

#include <QAbstractTableModel>

namespace amodesk {

// The runs of an account's journal, newest first: when each began, what it was (a revert, a bulk
// change, the undo of an earlier run) and what became of its changes.
class JournalRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, KindColumn, ChangesColumn, AppliedColumn, RefusedColumn, SkippedColumn, PendingColumn, ColumnCount };

    explicit JournalRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<RevertJournal::Run> &runs);
    const RevertJournal::Run *runAt(int row) const;
    int rowOf(const QString &runId) const; // -1 when there is no such run

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString startedText(const RevertJournal::Run &run);

private:
    QString kindText(const RevertJournal::Run &run) const;

    QList<RevertJournal::Run> m_runs;
};

} // namespace amodesk

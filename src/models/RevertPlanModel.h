#pragma once

#include "describe/ChangeText.h"
#include "revert/RevertJournal.h"

#include <QAbstractTableModel>

namespace amodesk {

class AccountDirectory;
class EntityNames;

// A revert's plan as a table that speaks names: the entity, the field, the value to restore and
// the value now, the change's state and why; once applied, what became of each change.
class RevertPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, FieldColumn, RestoreColumn, NowColumn, StateColumn, WhyColumn, ColumnCount };

    enum class Wording { Revert, Set }; // "Put back" or "Set to"
    RevertPlanModel(const AccountDirectory *directory, Wording wording, QObject *parent = nullptr);

    void setPlan(const QList<RevertChange> &plan);
    void setWording(Wording wording);
    void setEntityNames(EntityNames *names); // to name what links link to, as the names arrive
    // The run's outcome per change (entries in the order of the plan).
    void setOutcome(const RevertJournal::Run &run);
    const QList<RevertChange> &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(RevertChange::State state);
    static QString statusText(RevertJournal::Status status);

private:
    QString entityText(const RevertChange &change) const;

    ChangeText m_text;
    Wording m_wording;
    QList<RevertChange> m_plan;
    QList<RevertJournal::Entry> m_outcome; // empty until applied
};

} // namespace amodesk

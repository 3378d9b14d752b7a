#pragma once

#include <QDialog>
#include <QJsonArray>
#include <memory>

namespace Ui { class BulkChangeDialog; }

namespace amodesk {

class AccountDirectory;

// Bulk change… of the Events pane: one change for many leads, contacts, companies or customers
// (the entities of the selected events, or pasted IDs): move to a stage, set the responsible
// user, add or remove a tag. Gives the PATCH items; the plan and the journal do the rest.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    BulkChangeDialog(const AccountDirectory *directory, const QString &entityType, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    QJsonArray items() const; // once accepted
    QList<qint64> ids() const;

    void accept() override; // only with valid IDs and a complete change

private:
    enum Action { MoveToStage, SetResponsible, AddTag, RemoveTag };
    void showAction();
    void fillStages();
    QStringList problems() const;

    std::unique_ptr<Ui::BulkChangeDialog> m_ui;
    const AccountDirectory *m_directory;
    QString m_entityType;
};

} // namespace amodesk

#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace Ui { class BulkChangeDialog; }

namespace amodesk {

class AccountDirectory;

// Bulk change… of the Events pane: one change for many leads, contacts, companies or customers
// (the entities of the selected events, or pasted IDs): move to a stage, set the responsible
// user, set a field, add or remove a tag, or add a note. Gives the PATCH items (the plan and the
// journal do the rest) or, for a note, the note bodies (the note outbox sends them).
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    BulkChangeDialog(const AccountDirectory *directory, const QString &entityType, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    QJsonArray items() const; // once accepted
    bool addsNotes() const;
    QList<QJsonObject> noteBodies() const; // a common note for each entity, once accepted
    QString noteText() const;
    QList<qint64> ids() const;

    void accept() override; // only with valid IDs and a complete change

private:
    enum Action { MoveToStage, SetResponsible, SetField, AddTag, RemoveTag, AddNote };
    void showAction();
    void fillStages();
    void showField();
    QString fieldType() const;
    QJsonArray fieldValues() const;
    QStringList problems() const;

    std::unique_ptr<Ui::BulkChangeDialog> m_ui;
    const AccountDirectory *m_directory;
    QString m_entityType;
};

} // namespace amodesk

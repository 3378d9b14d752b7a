#pragma once

#include <QDialog>
#include <memory>

namespace Ui { class EntityHistoryDialog; }

namespace amodesk {

class AccountContext;
class EntityHistoryModel;
class EntityTimeline;

// The whole history of a lead, contact, company or customer, newest first: its events and its
// notes together in names, as the card feed of the web interface shows it.
class EntityHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    EntityHistoryDialog(AccountContext *account, const QString &entityType, qint64 entityId, QWidget *parent = nullptr);
    ~EntityHistoryDialog() override;

private:
    void showTimeline();

    std::unique_ptr<Ui::EntityHistoryDialog> m_ui;
    QString m_entityType;
    qint64 m_entityId;
    EntityTimeline *m_timeline;
    EntityHistoryModel *m_model;
};

} // namespace amodesk

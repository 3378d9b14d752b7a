#pragma once

#include "domain/BotContinueBody.h"
#include "services/BotService.h"

#include "FormDialog.h"

#include <QJsonObject>
#include <memory>

class QPushButton;

namespace Ui {
class BotContinueDialog;
}

namespace amodesk {

// Resumes a Salesbot or Marketingbot step the way a widget does:
// BotApi::continueBot with data and
// execute_handlers (show text, buttons or links; go to a step). The documented limits are
// checked before sending, the JSON is previewed, and the answer is explained. Send is the form's
// accepting button; the dialog stays open after it, for the bot's next step.
class BotContinueDialog : public FormDialog
{
    Q_OBJECT
public:
    enum HandlerKind {
        ShowText = BotHandler::ShowText,
        ShowButtons = BotHandler::ShowButtons,
        ShowLinks = BotHandler::ShowLinks,
        GoTo = BotHandler::GoTo
    };

    explicit BotContinueDialog(const BotService &bots, QWidget *parent = nullptr);
    ~BotContinueDialog() override;

    QJsonObject payload(QString *dataError = nullptr) const;
    void addHandler(HandlerKind kind, const QString &value, const QString &extra);
    void addDataRow(const QString &key, const QString &value);

protected:
    Issues validate() override;
    void apply() override;

private:
    void updatePreview();
    QJsonObject data(QString *error) const;
    QJsonObject tableData() const;

    std::unique_ptr<Ui::BotContinueDialog> m_ui;
    BotService m_bots;
    QPushButton *m_send;
};

} // namespace amodesk

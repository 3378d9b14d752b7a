#pragma once

#include <QDialog>
#include <QJsonObject>

#include "services/BotService.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace amodesk {


// Resumes a Salesbot or Marketingbot step the way a widget does:
// BotApi::continueBot with data and
// execute_handlers (show text, buttons or links; go to a step). The documented limits are
// checked before sending, the JSON is previewed, and the answer is explained.
class BotContinueDialog : public QDialog
{
    Q_OBJECT
public:
    enum HandlerKind { ShowText, ShowButtons, ShowLinks, GoTo };

    explicit BotContinueDialog(const BotService &bots, QWidget *parent = nullptr);

    QJsonObject payload(QString *dataError = nullptr) const;
    void addHandler(HandlerKind kind, const QString &value, const QString &extra);
    void addDataRow(const QString &key, const QString &value);

    QComboBox *botKind() const { return m_kind; }
    QLineEdit *botId() const { return m_botId; }
    QLineEdit *continueId() const { return m_continueId; }
    QCheckBox *rawData() const { return m_raw; }
    QPlainTextEdit *dataJson() const { return m_dataJson; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *sendButton() const { return m_send; }
    QTableWidget *handlers() const { return m_handlers; }

public Q_SLOTS:
    void send();

private:
    void updatePreview();
    QJsonObject data(QString *error) const;
    QJsonObject tableData() const;

    BotService m_bots;
    QComboBox *m_kind;
    QLineEdit *m_botId;
    QLineEdit *m_continueId;
    QTableWidget *m_data;
    QCheckBox *m_raw;
    QPlainTextEdit *m_dataJson;
    QTableWidget *m_handlers;
    QPlainTextEdit *m_preview;
    QLabel *m_result;
    QPushButton *m_send;
};

} // namespace amodesk

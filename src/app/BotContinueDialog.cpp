#include "BotContinueDialog.h"
#include "Tones.h"
#include "domain/JsonText.h"

#include "domain/WriteRules.h"
#include "services/ApiEndpoints.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QString cellText(const QTableWidget *t, int row, int column)
{
    if (auto *edit = qobject_cast<QLineEdit *>(t->cellWidget(row, column)))
        return edit->text().trimmed();
    return t->item(row, column) ? t->item(row, column)->text().trimmed() : QString();
}

QJsonValue scalar(const QString &text) // numbers stay numbers, the rest is text
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text);
}
} // namespace

BotContinueDialog::BotContinueDialog(const BotService &bots, QWidget *parent)
    : QDialog(parent), m_bots(bots), m_kind(new QComboBox(this)), m_botId(new QLineEdit(this)), m_continueId(new QLineEdit(this)),
      m_data(new QTableWidget(0, 2, this)), m_raw(new QCheckBox(tr("Edit data as JSON"), this)), m_dataJson(new QPlainTextEdit(this)),
      m_handlers(new QTableWidget(0, 3, this)), m_preview(new QPlainTextEdit(this)), m_result(new QLabel(this)),
      m_send(new QPushButton(tr("Send"), this))
{
    setWindowTitle(tr("Continue a bot"));
    resize(760, 640);
    m_kind->addItem(tr("Salesbot"), QStringLiteral("salesbot"));
    m_kind->addItem(tr("Marketingbot"), QStringLiteral("marketingbot"));
    m_botId->setPlaceholderText(tr("the bot's ID"));
    m_continueId->setPlaceholderText(tr("the continue_id the widget received"));
    m_data->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_data->horizontalHeader()->setStretchLastSection(true);
    m_data->verticalHeader()->hide();
    m_dataJson->setPlaceholderText(QStringLiteral("{\"status\": \"paid\"}"));
    m_dataJson->setVisible(false);
    m_handlers->setHorizontalHeaderLabels({tr("Handler"), tr("Text, or goto type"), tr("Buttons (separated by |), or step")});
    m_handlers->horizontalHeader()->setStretchLastSection(true);
    m_handlers->verticalHeader()->hide();
    m_handlers->setColumnWidth(0, 150);
    m_handlers->setColumnWidth(1, 260);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("errors"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *ids = new QFormLayout;
    ids->addRow(tr("Bot:"), m_kind);
    ids->addRow(tr("Bot ID:"), m_botId);
    ids->addRow(tr("Continue ID:"), m_continueId);

    auto *dataBox = new QGroupBox(tr("data: what the bot receives"), this);
    auto *addRow = new QPushButton(tr("Add a key"), this);
    auto *removeRow = new QPushButton(tr("Remove"), this);
    auto *dataButtons = new QHBoxLayout;
    dataButtons->addWidget(addRow);
    dataButtons->addWidget(removeRow);
    dataButtons->addStretch();
    dataButtons->addWidget(m_raw);
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addLayout(dataButtons);
    dataLayout->addWidget(m_data);
    dataLayout->addWidget(m_dataJson);

    auto *handlersBox = new QGroupBox(tr("execute_handlers: what the bot does next (at most 10)"), this);
    auto *addShow = new QPushButton(tr("Show text"), this);
    auto *addButtons = new QPushButton(tr("Show buttons"), this);
    auto *addLinks = new QPushButton(tr("Show links"), this);
    auto *addGoto = new QPushButton(tr("Go to a step"), this);
    auto *removeHandler = new QPushButton(tr("Remove"), this);
    auto *handlerButtons = new QHBoxLayout;
    for (QPushButton *b : {addShow, addButtons, addLinks, addGoto})
        handlerButtons->addWidget(b);
    handlerButtons->addStretch();
    handlerButtons->addWidget(removeHandler);
    auto *handlersLayout = new QVBoxLayout(handlersBox);
    handlersLayout->addLayout(handlerButtons);
    handlersLayout->addWidget(m_handlers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &BotContinueDialog::send);
    connect(addRow, &QPushButton::clicked, this, [this] { addDataRow({}, {}); });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        m_data->removeRow(m_data->currentRow());
        updatePreview();
    });
    connect(addShow, &QPushButton::clicked, this, [this] { addHandler(ShowText, {}, {}); });
    connect(addButtons, &QPushButton::clicked, this, [this] { addHandler(ShowButtons, {}, {}); });
    connect(addLinks, &QPushButton::clicked, this, [this] { addHandler(ShowLinks, {}, {}); });
    connect(addGoto, &QPushButton::clicked, this, [this] { addHandler(GoTo, QStringLiteral("question"), {}); });
    connect(removeHandler, &QPushButton::clicked, this, [this] {
        m_handlers->removeRow(m_handlers->currentRow());
        updatePreview();
    });
    connect(m_raw, &QCheckBox::toggled, this, [this, addRow, removeRow](bool raw) {
        if (raw) // the table's keys carry over into the JSON
            m_dataJson->setPlainText(QString::fromUtf8(QJsonDocument(tableData()).toJson(QJsonDocument::Indented)));
        m_data->setVisible(!raw);
        m_dataJson->setVisible(raw);
        addRow->setEnabled(!raw);
        removeRow->setEnabled(!raw);
        updatePreview();
    });
    connect(m_dataJson, &QPlainTextEdit::textChanged, this, &BotContinueDialog::updatePreview);
    connect(m_data, &QTableWidget::itemChanged, this, &BotContinueDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ids);
    layout->addWidget(dataBox);
    layout->addWidget(handlersBox);
    layout->addWidget(new QLabel(tr("Request body:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updatePreview();
}

void BotContinueDialog::addDataRow(const QString &key, const QString &value)
{
    const int row = m_data->rowCount();
    m_data->insertRow(row);
    m_data->setItem(row, 0, new QTableWidgetItem(key));
    m_data->setItem(row, 1, new QTableWidgetItem(value));
    updatePreview();
}

void BotContinueDialog::addHandler(HandlerKind kind, const QString &value, const QString &extra)
{
    const int row = m_handlers->rowCount();
    m_handlers->insertRow(row);
    auto *box = new QComboBox(m_handlers);
    box->addItem(tr("Show text"), ShowText);
    box->addItem(tr("Show buttons"), ShowButtons);
    box->addItem(tr("Show links"), ShowLinks);
    box->addItem(tr("Go to a step"), GoTo);
    box->setCurrentIndex(kind);
    auto *first = new QLineEdit(value, m_handlers);
    auto *second = new QLineEdit(extra, m_handlers);
    auto hints = [box, first, second] {
        const int k = box->currentData().toInt();
        first->setPlaceholderText(k == GoTo ? tr("question, answer or finish") : tr("the message, at most 80 characters"));
        second->setPlaceholderText(k == GoTo ? tr("step number") : k == ShowText ? QString() : k == ShowLinks ? tr("https://a.example | https://b.example")
                                                                                                              : tr("Yes | No"));
        second->setEnabled(k != ShowText);
    };
    hints();
    connect(box, &QComboBox::currentIndexChanged, this, [this, hints] { hints(); updatePreview(); });
    connect(first, &QLineEdit::textChanged, this, &BotContinueDialog::updatePreview);
    connect(second, &QLineEdit::textChanged, this, &BotContinueDialog::updatePreview);
    m_handlers->setCellWidget(row, 0, box);
    m_handlers->setCellWidget(row, 1, first);
    m_handlers->setCellWidget(row, 2, second);
    updatePreview();
}

QJsonObject BotContinueDialog::data(QString *error) const
{
    if (m_raw->isChecked()) {
        const QByteArray text = m_dataJson->toPlainText().toUtf8();
        if (text.trimmed().isEmpty())
            return {};
        const ParsedJson parsed = parseJson(text);
        if (!parsed.ok() || !parsed.value.isObject()) {
            if (error)
                *error = !parsed.ok() ? tr("data is not JSON: %1 at character %2").arg(parsed.error).arg(parsed.offset)
                                      : tr("data must be a JSON object of keys and values");
            return {};
        }
        return parsed.value.toObject();
    }
    return tableData();
}

QJsonObject BotContinueDialog::tableData() const
{
    QJsonObject out;
    for (int r = 0; r < m_data->rowCount(); ++r) {
        const QString key = cellText(m_data, r, 0);
        if (!key.isEmpty())
            out.insert(key, scalar(cellText(m_data, r, 1)));
    }
    return out;
}

QJsonObject BotContinueDialog::payload(QString *dataError) const
{
    QJsonArray handlers;
    for (int r = 0; r < m_handlers->rowCount(); ++r) {
        const int kind = qobject_cast<QComboBox *>(m_handlers->cellWidget(r, 0))->currentData().toInt();
        const QString first = cellText(m_handlers, r, 1);
        const QString second = cellText(m_handlers, r, 2);
        if (kind == GoTo) {
            handlers.append(QJsonObject{{QStringLiteral("handler"), QStringLiteral("goto")},
                                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), first}, {QStringLiteral("step"), scalar(second)}}}});
            continue;
        }
        QJsonObject params{{QStringLiteral("type"), kind == ShowText ? QStringLiteral("text") : kind == ShowButtons ? QStringLiteral("buttons") : QStringLiteral("buttons_url")},
                           {QStringLiteral("value"), first}};
        if (kind != ShowText) {
            QJsonArray buttons;
            for (const QString &b : second.split(u'|', Qt::SkipEmptyParts)) {
                if (!b.trimmed().isEmpty())
                    buttons.append(b.trimmed());
            }
            params.insert(QStringLiteral("buttons"), buttons);
        }
        handlers.append(QJsonObject{{QStringLiteral("handler"), QStringLiteral("show")}, {QStringLiteral("params"), params}});
    }
    QJsonObject out{{QStringLiteral("data"), data(dataError)}};
    if (!handlers.isEmpty())
        out.insert(QStringLiteral("execute_handlers"), handlers);
    return out;
}

void BotContinueDialog::updatePreview()
{
    QString error;
    const QJsonObject body = payload(&error);
    m_preview->setPlainText(error.isEmpty() ? QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)) : error);
}

void BotContinueDialog::send()
{
    m_result->setStyleSheet(toneStyle(Tone::Error));
    QString dataError;
    const QJsonObject body = payload(&dataError);
    QStringList problems;
    if (!dataError.isEmpty())
        problems << dataError;
    bool botOk = false, continueOk = false;
    const qint64 bot = m_botId->text().trimmed().toLongLong(&botOk);
    const qint64 cont = m_continueId->text().trimmed().toLongLong(&continueOk);
    if (!botOk || bot <= 0)
        problems << tr("Bot ID: must be a number");
    if (!continueOk || cont <= 0)
        problems << tr("Continue ID: must be a number");
    for (const ValidationIssue &issue : checkBotContinue(body)) {
        // "execute_handlers.3.params.value" reads better as "Handler 4, value"
        const QStringList parts = issue.field.split(u'.');
        const QString where = parts.size() >= 2 && parts[0] == u"execute_handlers"
            ? tr("Handler %1, %2").arg(parts[1].toInt() + 1).arg(parts.last())
            : issue.field;
        problems << tr("%1: %2").arg(where, issue.message);
    }
    if (!problems.isEmpty()) {
        m_result->setText(problems.join(u'\n'));
        return;
    }
    const auto kind = m_kind->currentData().toString() == u"salesbot" ? BotApi::Kind::Salesbot : BotApi::Kind::Marketingbot;
    m_send->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Sending…"));
    m_bots.continueBot(kind, bot, cont, body, this, [this, bot, cont](int status, const ApiError &error) {
        m_send->setEnabled(true);
        if (!error.isError()) {
            m_result->setStyleSheet(toneStyle(Tone::Success));
            m_result->setText(tr("Accepted (HTTP %1): the bot goes on from this step.").arg(status));
            return;
        }
        m_result->setStyleSheet(toneStyle(Tone::Error));
        if (error.kind == ApiError::Kind::NotFound) {
            m_result->setText(tr("Not found (HTTP 404): no widget step of bot %1 waits for continuation %2. It may have been "
                                 "continued already, or the bot moved on when its wait ran out.").arg(bot).arg(cont));
            return;
        }
        QStringList lines{error.kind == ApiError::Kind::Validation ? tr("Refused (HTTP 400): the body breaks a rule of the API.") : error.message()};
        for (const FieldProblem &f : error.fields)
            lines << tr("%1: %2").arg(f.path, f.detail);
        m_result->setText(lines.join(u'\n'));
    });
}

} // namespace amodesk

#include "BotContinueDialog.h"
#include "ui_BotContinueDialog.h"
#include "domain/JsonText.h"

#include "domain/BotContinueBody.h"
#include "domain/WriteRules.h"
#include "services/ApiEndpoints.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace amodesk {

namespace {
QString cellText(const QTableWidget *t, int row, int column)
{
    if (auto *edit = qobject_cast<QLineEdit *>(t->cellWidget(row, column)))
        return edit->text().trimmed();
    return t->item(row, column) ? t->item(row, column)->text().trimmed() : QString();
}

qint64 idIn(const QLineEdit *edit) // 0 when it is not a positive number
{
    bool ok = false;
    const qint64 id = edit->text().trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

BotContinueDialog::BotContinueDialog(const BotService &bots, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<Ui::BotContinueDialog>()), m_bots(bots), m_send(new QPushButton(tr("Send"), this))
{
    m_ui->setupUi(this);
    m_ui->kind->setItemData(0, QStringLiteral("salesbot"));
    m_ui->kind->setItemData(1, QStringLiteral("marketingbot"));
    for (QTableWidget *table : {m_ui->data, m_ui->handlers}) {
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
    }
    m_ui->handlers->setColumnWidth(0, 150);
    m_ui->handlers->setColumnWidth(1, 260);
    m_send->setObjectName(QStringLiteral("send"));
    m_ui->buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    setForm(m_ui->errors, m_ui->buttons);
    connect(m_send, &QPushButton::clicked, this, &FormDialog::accept);
    connect(m_ui->addRow, &QPushButton::clicked, this, [this] { addDataRow({}, {}); });
    connect(m_ui->removeRow, &QPushButton::clicked, this, [this] {
        m_ui->data->removeRow(m_ui->data->currentRow());
        updatePreview();
    });
    connect(m_ui->addShow, &QPushButton::clicked, this, [this] { addHandler(ShowText, {}, {}); });
    connect(m_ui->addButtons, &QPushButton::clicked, this, [this] { addHandler(ShowButtons, {}, {}); });
    connect(m_ui->addLinks, &QPushButton::clicked, this, [this] { addHandler(ShowLinks, {}, {}); });
    connect(m_ui->addGoto, &QPushButton::clicked, this, [this] { addHandler(GoTo, QStringLiteral("question"), {}); });
    connect(m_ui->removeHandler, &QPushButton::clicked, this, [this] {
        m_ui->handlers->removeRow(m_ui->handlers->currentRow());
        updatePreview();
    });
    connect(m_ui->raw, &QCheckBox::toggled, this, [this](bool raw) {
        if (raw) // the table's keys carry over into the JSON
            m_ui->dataJson->setPlainText(QString::fromUtf8(QJsonDocument(tableData()).toJson(QJsonDocument::Indented)));
        m_ui->data->setVisible(!raw);
        m_ui->dataJson->setVisible(raw);
        m_ui->addRow->setEnabled(!raw);
        m_ui->removeRow->setEnabled(!raw);
        updatePreview();
    });
    connect(m_ui->dataJson, &QPlainTextEdit::textChanged, this, &BotContinueDialog::updatePreview);
    connect(m_ui->data, &QTableWidget::itemChanged, this, &BotContinueDialog::updatePreview);
    updatePreview();
}

BotContinueDialog::~BotContinueDialog() = default;


void BotContinueDialog::addDataRow(const QString &key, const QString &value)
{
    const int row = m_ui->data->rowCount();
    m_ui->data->insertRow(row);
    m_ui->data->setItem(row, 0, new QTableWidgetItem(key));
    m_ui->data->setItem(row, 1, new QTableWidgetItem(value));
    updatePreview();
}

void BotContinueDialog::addHandler(HandlerKind kind, const QString &value, const QString &extra)
{
    const int row = m_ui->handlers->rowCount();
    m_ui->handlers->insertRow(row);
    auto *box = new QComboBox(m_ui->handlers);
    box->addItem(tr("Show text"), ShowText);
    box->addItem(tr("Show buttons"), ShowButtons);
    box->addItem(tr("Show links"), ShowLinks);
    box->addItem(tr("Go to a step"), GoTo);
    box->setCurrentIndex(kind);
    auto *first = new QLineEdit(value, m_ui->handlers);
    auto *second = new QLineEdit(extra, m_ui->handlers);
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
    m_ui->handlers->setCellWidget(row, 0, box);
    m_ui->handlers->setCellWidget(row, 1, first);
    m_ui->handlers->setCellWidget(row, 2, second);
    updatePreview();
}

QJsonObject BotContinueDialog::data(QString *error) const
{
    if (m_ui->raw->isChecked()) {
        const QByteArray text = m_ui->dataJson->toPlainText().toUtf8();
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
    for (int r = 0; r < m_ui->data->rowCount(); ++r) {
        const QString key = cellText(m_ui->data, r, 0);
        if (!key.isEmpty())
            out.insert(key, typedScalar(cellText(m_ui->data, r, 1)));
    }
    return out;
}

QJsonObject BotContinueDialog::payload(QString *dataError) const
{
    QList<BotHandler> handlers;
    for (int r = 0; r < m_ui->handlers->rowCount(); ++r) {
        const auto kind = BotHandler::Kind(qobject_cast<QComboBox *>(m_ui->handlers->cellWidget(r, 0))->currentData().toInt());
        handlers.append({kind, cellText(m_ui->handlers, r, 1), cellText(m_ui->handlers, r, 2)});
    }
    return botContinueBody(data(dataError), handlers);
}

void BotContinueDialog::updatePreview()
{
    QString error;
    const QJsonObject body = payload(&error);
    m_ui->preview->setPlainText(error.isEmpty() ? QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)) : error);
}

FormDialog::Issues BotContinueDialog::validate()
{
    Issues issues;
    QString dataError;
    const QJsonObject body = payload(&dataError);
    if (!dataError.isEmpty())
        issues.append({dataError, m_ui->dataJson});
    if (!idIn(m_ui->botId))
        issues.append({tr("Bot ID: must be a number"), m_ui->botId});
    if (!idIn(m_ui->continueId))
        issues.append({tr("Continue ID: must be a number"), m_ui->continueId});
    for (const ValidationIssue &issue : checkBotContinue(body)) {
        // "execute_handlers.3.params.value" reads better as "Handler 4, value"
        const QStringList parts = issue.field.split(u'.');
        const QString where = parts.size() >= 2 && parts[0] == u"execute_handlers"
            ? tr("Handler %1, %2").arg(parts[1].toInt() + 1).arg(parts.last())
            : issue.field;
        issues.append({tr("%1: %2").arg(where, issue.message), nullptr});
    }
    return issues;
}

void BotContinueDialog::apply()
{
    const qint64 bot = idIn(m_ui->botId);
    const qint64 cont = idIn(m_ui->continueId);
    const auto kind = m_ui->kind->currentData().toString() == u"salesbot" ? BotApi::Kind::Salesbot : BotApi::Kind::Marketingbot;
    m_send->setEnabled(false);
    working(tr("Sending…"));
    m_bots.continueBot(kind, bot, cont, payload(), this, [this, bot, cont](int status, const ApiError &error) {
        m_send->setEnabled(true);
        if (!error.isError()) {
            applied(tr("Accepted (HTTP %1): the bot goes on from this step.").arg(status));
            return;
        }
        if (error.kind == ApiError::Kind::NotFound) {
            failed(tr("Not found (HTTP 404): no widget step of bot %1 waits for continuation %2. It may have been "
                      "continued already, or the bot moved on when its wait ran out.").arg(bot).arg(cont));
            return;
        }
        QStringList lines{error.kind == ApiError::Kind::Validation ? tr("Refused (HTTP 400): the body breaks a rule of the API.") : error.message()};
        for (const FieldProblem &f : error.fields)
            lines << tr("%1: %2").arg(f.path, f.detail);
        failed(lines.join(u'\n'));
    });
}

} // namespace amodesk

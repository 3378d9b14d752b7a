#include "BulkChangeDialog.h"
#include "ui_BulkChangeDialog.h"

#include "Tones.h"
#include "describe/NoteDescriber.h"
#include "services/AccountDirectory.h"

#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>

namespace amodesk {

BulkChangeDialog::BulkChangeDialog(const AccountDirectory *directory, const QString &entityType, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkChangeDialog>()), m_directory(directory), m_entityType(entityType)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Bulk change of %1").arg(NoteDescriber::entityTypeName(entityType, true).toLower()));
    QStringList text;
    for (const qint64 id : ids)
        text << QString::number(id);
    m_ui->ids->setPlainText(text.join(u' '));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan…"));
    if (entityType == u"leads" || entityType == u"customers")
        m_ui->action->addItem(tr("Move to a stage"), MoveToStage);
    m_ui->action->addItem(tr("Set the responsible user"), SetResponsible);
    m_ui->action->addItem(tr("Add a tag"), AddTag);
    m_ui->action->addItem(tr("Remove a tag"), RemoveTag);
    for (const auto &[name, id] : sortedByName(directory->pipelines()))
        m_ui->pipeline->addItem(name, id);
    connect(m_ui->action, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::showAction);
    connect(m_ui->pipeline, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::fillStages);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BulkChangeDialog::accept);
    // A message about what was typed goes once it is changed.
    connect(m_ui->ids, &QPlainTextEdit::textChanged, m_ui->errors, &QLabel::clear);
    connect(m_ui->tag, &QLineEdit::textChanged, m_ui->errors, &QLabel::clear);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showAction();
}

BulkChangeDialog::~BulkChangeDialog() = default;

void BulkChangeDialog::showAction()
{
    const int action = m_ui->action->currentData().toInt();
    const bool stage = action == MoveToStage, user = action == SetResponsible, tag = action == AddTag || action == RemoveTag;
    const bool pipelines = stage && m_entityType == u"leads";
    m_ui->pipelineLabel->setVisible(pipelines);
    m_ui->pipeline->setVisible(pipelines);
    m_ui->valueLabel->setVisible(stage || user);
    m_ui->value->setVisible(stage || user);
    m_ui->tagLabel->setVisible(tag);
    m_ui->tag->setVisible(tag);
    m_ui->value->clear();
    if (user) {
        for (const auto &[name, id] : sortedByName(m_directory->users()))
            m_ui->value->addItem(name, id);
    } else if (stage && m_entityType == u"customers") {
        for (const auto &[name, id] : sortedByName(m_directory->customerStatuses()))
            m_ui->value->addItem(name, id);
    } else if (stage) {
        fillStages();
    }
}

void BulkChangeDialog::fillStages()
{
    if (m_ui->action->currentData().toInt() != MoveToStage || m_entityType != u"leads")
        return;
    m_ui->value->clear();
    for (const auto &[id, name] : m_directory->leadStatuses(m_ui->pipeline->currentData().toLongLong()))
        m_ui->value->addItem(name, id);
}

QList<qint64> BulkChangeDialog::ids() const
{
    QList<qint64> out;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString &part : m_ui->ids->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        const qint64 id = part.toLongLong();
        if (id > 0 && !out.contains(id))
            out.append(id);
    }
    return out;
}

QStringList BulkChangeDialog::problems() const
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString &part : m_ui->ids->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        if (part.toLongLong() <= 0)
            out << tr("“%1” is not an ID").arg(part);
    }
    if (ids().isEmpty())
        out << tr("give at least one ID");
    const int action = m_ui->action->currentData().toInt();
    if ((action == MoveToStage || action == SetResponsible) && m_ui->value->currentIndex() < 0)
        out << (action == MoveToStage ? tr("choose the stage") : tr("choose the user"));
    if ((action == AddTag || action == RemoveTag) && m_ui->tag->text().trimmed().isEmpty())
        out << tr("type the tag");
    return out;
}

void BulkChangeDialog::accept()
{
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        m_ui->errors->setStyleSheet(toneStyle(Tone::Error));
        m_ui->errors->setText(wrong.join(QStringLiteral("; ")));
        return;
    }
    QDialog::accept();
}

QJsonArray BulkChangeDialog::items() const
{
    const int action = m_ui->action->currentData().toInt();
    QJsonObject change;
    if (action == MoveToStage) {
        change.insert(QStringLiteral("status_id"), m_ui->value->currentData().toLongLong());
        if (m_entityType == u"leads")
            change.insert(QStringLiteral("pipeline_id"), m_ui->pipeline->currentData().toLongLong());
    } else if (action == SetResponsible) {
        change.insert(QStringLiteral("responsible_user_id"), m_ui->value->currentData().toLongLong());
    } else {
        change.insert(action == AddTag ? QStringLiteral("tags_to_add") : QStringLiteral("tags_to_delete"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), m_ui->tag->text().trimmed()}}});
    }
    QJsonArray out;
    for (const qint64 id : ids()) {
        QJsonObject item = change;
        item.insert(QStringLiteral("id"), id);
        out.append(item);
    }
    return out;
}

} // namespace amodesk

#include "BulkChangeDialog.h"
#include "ui_BulkChangeDialog.h"

#include "Tones.h"
#include "describe/NoteDescriber.h"
#include "services/AccountDirectory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QPushButton>
#include <QRegularExpression>

namespace amodesk {

namespace {
// The field types a value can be typed or chosen for here (not phones, addresses or legal entities).
const QStringList kSettableTypes = {QStringLiteral("text"), QStringLiteral("textarea"), QStringLiteral("url"), QStringLiteral("numeric"),
                                    QStringLiteral("checkbox"), QStringLiteral("select"), QStringLiteral("radiobutton"),
                                    QStringLiteral("multiselect"), QStringLiteral("date"), QStringLiteral("date_time"), QStringLiteral("birthday")};
const QStringList kChoiceTypes = {QStringLiteral("select"), QStringLiteral("radiobutton"), QStringLiteral("multiselect")};
const QStringList kDateTypes = {QStringLiteral("date"), QStringLiteral("date_time"), QStringLiteral("birthday")};
} // namespace

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
    m_ui->action->addItem(tr("Set a field"), SetField);
    m_ui->action->addItem(tr("Add a tag"), AddTag);
    m_ui->action->addItem(tr("Remove a tag"), RemoveTag);
    m_ui->action->addItem(tr("Add a note"), AddNote);
    for (const auto &[name, id] : sortedByName(directory->pipelines()))
        m_ui->pipeline->addItem(name, id);
    QHash<qint64, QString> fields;
    for (const qint64 id : directory->fieldIds(entityType)) {
        if (kSettableTypes.contains(directory->fieldType(id)))
            fields.insert(id, directory->fieldName(id));
    }
    for (const auto &[name, id] : sortedByName(fields))
        m_ui->field->addItem(name, id);
    m_ui->date->setDate(QDate::currentDate());
    m_ui->date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_ui->action, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::showAction);
    connect(m_ui->pipeline, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::fillStages);
    connect(m_ui->field, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::showField);
    connect(m_ui->text, &QLineEdit::textChanged, m_ui->errors, &QLabel::clear);
    connect(m_ui->note, &QPlainTextEdit::textChanged, m_ui->errors, &QLabel::clear);
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
    const bool field = action == SetField, note = action == AddNote;
    const bool pipelines = stage && m_entityType == u"leads";
    m_ui->pipelineLabel->setVisible(pipelines);
    m_ui->pipeline->setVisible(pipelines);
    m_ui->fieldLabel->setVisible(field);
    m_ui->field->setVisible(field);
    m_ui->valueLabel->setVisible(stage || user);
    m_ui->value->setVisible(stage || user);
    m_ui->tagLabel->setVisible(tag);
    m_ui->tag->setVisible(tag);
    m_ui->textLabel->hide();
    m_ui->text->hide();
    m_ui->dateLabel->hide();
    m_ui->date->hide();
    m_ui->noteLabel->setVisible(note);
    m_ui->note->setVisible(note);
    m_ui->errors->clear();
    m_ui->value->clear();
    if (user) {
        for (const auto &[name, id] : sortedByName(m_directory->users()))
            m_ui->value->addItem(name, id);
    } else if (stage && m_entityType == u"customers") {
        for (const auto &[name, id] : sortedByName(m_directory->customerStatuses()))
            m_ui->value->addItem(name, id);
    } else if (stage) {
        fillStages();
    } else if (field) {
        showField();
    }
}

QString BulkChangeDialog::fieldType() const
{
    return m_ui->field->currentIndex() < 0 ? QString() : m_directory->fieldType(m_ui->field->currentData().toLongLong());
}

// The value's editor as the field's type asks: a choice, yes or no, a date, or typed text.
void BulkChangeDialog::showField()
{
    if (m_ui->action->currentData().toInt() != SetField)
        return;
    const QString type = fieldType();
    const bool choice = kChoiceTypes.contains(type) || type == u"checkbox", date = kDateTypes.contains(type);
    m_ui->valueLabel->setVisible(choice);
    m_ui->value->setVisible(choice);
    m_ui->dateLabel->setVisible(date);
    m_ui->date->setVisible(date);
    m_ui->textLabel->setVisible(!choice && !date && !type.isEmpty());
    m_ui->text->setVisible(!choice && !date && !type.isEmpty());
    m_ui->value->clear();
    if (type == u"checkbox") {
        m_ui->value->addItem(tr("Yes (ticked)"), true);
        m_ui->value->addItem(tr("No (not ticked)"), false);
    } else if (choice) {
        for (const auto &[id, name] : m_directory->fieldEnums(m_ui->field->currentData().toLongLong()))
            m_ui->value->addItem(name, id);
    }
}

QJsonArray BulkChangeDialog::fieldValues() const
{
    const QString type = fieldType();
    QJsonObject value;
    if (type == u"checkbox") {
        value.insert(QStringLiteral("value"), m_ui->value->currentData().toBool());
    } else if (kChoiceTypes.contains(type)) {
        // The name too: the plan compares it with what the entity lists.
        value.insert(QStringLiteral("enum_id"), m_ui->value->currentData().toLongLong());
        value.insert(QStringLiteral("value"), m_ui->value->currentText());
    } else if (kDateTypes.contains(type)) {
        value.insert(QStringLiteral("value"), m_ui->date->date().startOfDay().toSecsSinceEpoch());
    } else {
        value.insert(QStringLiteral("value"), m_ui->text->text().trimmed());
    }
    return {value};
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
    if (action == SetField) {
        const QString type = fieldType();
        bool number = true;
        m_ui->text->text().trimmed().toDouble(&number);
        if (type.isEmpty())
            out << tr("choose the field (this kind of entity has no field a value can be set for here)");
        else if (!m_ui->value->isHidden() && m_ui->value->currentIndex() < 0)
            out << tr("choose the value");
        else if (!m_ui->text->isHidden() && m_ui->text->text().trimmed().isEmpty())
            out << tr("type the value");
        else if (type == u"numeric" && !number)
            out << tr("“%1” is not a number").arg(m_ui->text->text().trimmed());
        else if (type == u"url" && !QUrl(m_ui->text->text().trimmed(), QUrl::StrictMode).isValid())
            out << tr("“%1” is not a web address").arg(m_ui->text->text().trimmed());
    }
    if (action == AddNote && m_ui->note->toPlainText().trimmed().isEmpty())
        out << tr("type the text of the note");
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
    } else if (action == SetField) {
        change.insert(QStringLiteral("custom_fields_values"),
                      QJsonArray{QJsonObject{{QStringLiteral("field_id"), m_ui->field->currentData().toLongLong()}, {QStringLiteral("values"), fieldValues()}}});
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

bool BulkChangeDialog::addsNotes() const
{
    return m_ui->action->currentData().toInt() == AddNote;
}

QString BulkChangeDialog::noteText() const
{
    return m_ui->note->toPlainText().trimmed();
}

QList<QJsonObject> BulkChangeDialog::noteBodies() const
{
    QList<QJsonObject> out;
    const QJsonObject params{{QStringLiteral("text"), noteText()}};
    for (const qint64 id : ids())
        out.append({{QStringLiteral("entity_id"), id}, {QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), params}});
    return out;
}

} // namespace amodesk

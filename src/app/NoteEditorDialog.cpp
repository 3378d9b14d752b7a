#include "NoteEditorDialog.h"

#include "EntityPicker.h"

#include "describe/NoteDescriber.h"
#include "NoteForm.h"
#include "NoteParamEditors.h"
#include "domain/IdLists.h"
#include "domain/NoteEdits.h"
#include "domain/WriteRules.h"
#include "outbox/NoteOutbox.h"
#include "services/AccountDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace amodesk {

namespace {
void fillUsers(QComboBox *box, AccountDirectory *directory, const QString &none)
{
    box->addItem(none, 0);
    if (!directory)
        return;
    for (const auto &[name, id] : sortedByName(directory->users()))
        box->addItem(name, id);
}
} // namespace

NoteEditorDialog::NoteEditorDialog(const QString &entityType, AccountDirectory *directory, NoteOutbox *drafts, QWidget *parent)
    : FormDialog(parent), m_entityType(entityType), m_directory(directory), m_drafts(drafts),
      m_entities(new QLineEdit(this)), m_entitiesLabel(new QLabel(this)), m_entityNames(new QLabel(this)), m_type(new QComboBox(this)),
      m_pages(new QStackedWidget(this)), m_createdBy(new QComboBox(this)), m_responsible(new QComboBox(this)),
      m_digitalPipeline(new QCheckBox(tr("Trigger the Digital Pipeline"), this)), m_draftNote(new QLabel(this)),
      m_draftTimer(new QTimer(this))
{
    setWindowTitle(tr("Add a note"));
    setMinimumWidth(520);
    m_entitiesLabel->setText(tr("%1:").arg(NoteDescriber::entityIdsLabel(entityType)));
    m_entities->setObjectName(QStringLiteral("entities"));
    m_type->setObjectName(QStringLiteral("noteType"));
    m_entities->setPlaceholderText(tr("IDs or names, comma-separated; one note each"));
    for (const QString &t : writableNoteTypes())
        m_type->addItem(NoteDescriber::typeName(t), t);
    buildPages();
    fillUsers(m_createdBy, directory, tr("The account's user (default)"));
    fillUsers(m_responsible, directory, tr("Same as the author (default)"));
    m_draftNote->setVisible(false);
    m_draftNote->setWordWrap(true);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("errors"));

    auto *form = new QFormLayout;
    form->addRow(m_entitiesLabel, m_entities);
    m_entityNames->setVisible(false);
    form->addRow(QString(), m_entityNames);
    form->addRow(tr("Type:"), m_type);
    auto *options = new QFormLayout;
    options->addRow(tr("Author:"), m_createdBy);
    options->addRow(tr("Responsible:"), m_responsible);
    options->addRow(QString(), m_digitalPipeline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue for sending"));
    auto *discard = buttons->addButton(tr("Discard draft"), QDialogButtonBox::DestructiveRole);
    connect(discard, &QPushButton::clicked, this, [this] { discardDraft(); reject(); });
    setForm(error, buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftNote);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addLayout(options);
    layout->addStretch();
    layout->addWidget(error);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { clearIssues(); }); // they were about the other type
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &NoteEditorDialog::saveDraft);
    auto changed = [this] {
        if (m_filling)
            return;
        m_touched = true;
        m_discarded = false;
        m_draftTimer->start();
    };
    connect(m_entities, &QLineEdit::textChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_createdBy, &QComboBox::currentIndexChanged, this, changed);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, changed);
    connect(m_digitalPipeline, &QCheckBox::toggled, this, changed);
    for (const auto &page : std::as_const(m_fields)) {
        for (QWidget *w : page) {
            if (auto *line = qobject_cast<QLineEdit *>(w))
                connect(line, &QLineEdit::textChanged, this, changed);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
                connect(text, &QPlainTextEdit::textChanged, this, changed);
            else if (auto *box = qobject_cast<QComboBox *>(w))
                connect(box, &QComboBox::currentIndexChanged, this, changed);
        }
    }
}

void NoteEditorDialog::buildPages()
{
    for (const QString &type : writableNoteTypes()) {
        auto *page = new QWidget(m_pages);
        page->setObjectName(QStringLiteral("page_") + type);
        auto *form = new QFormLayout(page);
        form->setContentsMargins(0, 0, 0, 0);
        for (const NoteParamSpec &spec : NoteForm::params(type)) {
            QWidget *w = paramEditor(spec, page);
            form->addRow(spec.required ? tr("%1 *").arg(spec.label) : spec.label, w);
            m_fields[type].insert(spec.key, w);
        }
        m_pages->addWidget(page);
    }
}

QWidget *NoteEditorDialog::paramWidget(const QString &noteType, const QString &key) const
{
    return m_fields.value(noteType).value(key);
}

void NoteEditorDialog::setParam(const QString &key, const QString &value)
{
    if (QWidget *w = paramWidget(m_type->currentData().toString(), key))
        setParamText(w, value);
}

void NoteEditorDialog::setEntityIds(const QList<qint64> &ids)
{
    m_filling = true;
    m_entities->setText(idListText(ids));
    m_filling = false;
}

void NoteEditorDialog::setNames(EntityNames *names)
{
    if (names)
        new EntityPicker(m_entities, m_entityNames, names, m_entityType, this);
}

void NoteEditorDialog::setNotes(const QList<Note> &notes)
{
    m_notes = notes;
    if (notes.isEmpty())
        return;
    setWindowTitle(notes.size() == 1 ? tr("Edit note %1").arg(notes.first().id)
                                     : tr("Edit %n note(s) together", nullptr, int(notes.size())));
    m_entitiesLabel->setVisible(false);
    m_entities->setVisible(false);
    m_entityNames->setVisible(false);
    m_createdBy->setEnabled(false); // the API keeps who wrote a note
    bool sameType = true;
    for (const Note &n : notes)
        sameType = sameType && n.type == notes.first().type;
    fill(notes.first().raw);
    m_type->setEnabled(notes.size() == 1);
    m_pages->setEnabled(sameType);
    if (notes.size() > 1)
        m_draftNote->setText(tr("Only the fields you change are written to all %n notes.", nullptr, int(notes.size())));
    m_draftNote->setVisible(notes.size() > 1);
    m_initial = currentNote();
}

void NoteEditorDialog::fill(const QJsonObject &note)
{
    m_filling = true;
    const QString type = note.value(QStringLiteral("note_type")).toString();
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
    const QJsonObject p = note.value(QStringLiteral("params")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (QWidget *w = paramWidget(type, it.key()))
            setParamText(w, it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 15) : it.value().toString());
    }
    m_createdBy->setCurrentIndex(qMax(0, m_createdBy->findData(note.value(QStringLiteral("created_by")).toInteger())));
    m_responsible->setCurrentIndex(qMax(0, m_responsible->findData(note.value(QStringLiteral("responsible_user_id")).toInteger())));
    m_digitalPipeline->setChecked(note.value(QStringLiteral("is_need_to_trigger_digital_pipeline")).toBool());
    if (note.contains(QStringLiteral("entities")))
        m_entities->setText(note.value(QStringLiteral("entities")).toString());
    m_filling = false;
}

QJsonObject NoteEditorDialog::params(const QString &noteType) const
{
    QJsonObject p;
    for (const NoteParamSpec &spec : NoteForm::params(noteType)) {
        const QString value = paramText(paramWidget(noteType, spec.key));
        if (value.isEmpty())
            continue;
        bool number = false;
        const qint64 n = value.toLongLong(&number);
        p.insert(spec.key, spec.kind == NoteParamSpec::Kind::Number && number ? QJsonValue(n) : QJsonValue(value));
    }
    return p;
}

QJsonObject NoteEditorDialog::currentNote() const
{
    const QString type = m_type->currentData().toString();
    QJsonObject note{{QStringLiteral("note_type"), type}, {QStringLiteral("params"), params(type)}};
    if (m_createdBy->currentData().toLongLong() != 0)
        note.insert(QStringLiteral("created_by"), m_createdBy->currentData().toLongLong());
    if (m_responsible->currentData().toLongLong() != 0)
        note.insert(QStringLiteral("responsible_user_id"), m_responsible->currentData().toLongLong());
    if (m_digitalPipeline->isChecked())
        note.insert(QStringLiteral("is_need_to_trigger_digital_pipeline"), true);
    return note;
}

QString NoteEditorDialog::draftKey() const
{
    if (m_notes.isEmpty())
        return QStringLiteral("add/") + m_entityType;
    QStringList ids;
    for (const Note &n : m_notes)
        ids << QString::number(n.id);
    return QStringLiteral("edit/%1/%2").arg(m_entityType, ids.join(u','));
}

void NoteEditorDialog::saveDraft()
{
    if (!m_drafts)
        return;
    QJsonObject draft = currentNote();
    if (m_notes.isEmpty())
        draft.insert(QStringLiteral("entities"), m_entities->text());
    m_drafts->saveDraft(draftKey(), draft);
}

void NoteEditorDialog::restoreDraft()
{
    if (!m_drafts)
        return;
    const QJsonObject draft = m_drafts->draft(draftKey());
    if (draft.isEmpty())
        return;
    fill(draft);
    m_draftRestored = true;
    m_draftNote->setText(tr("Your unsent draft is back, as you left it."));
    m_draftNote->setVisible(true);
}

void NoteEditorDialog::discardDraft()
{
    m_draftTimer->stop();
    m_discarded = true;
    if (m_drafts)
        m_drafts->removeDraft(draftKey());
}

// Escape and the window's close button end here: what was typed is kept as the draft at once,
// not only after the pause that saves it while typing.
void NoteEditorDialog::reject()
{
    if (m_touched && !m_discarded)
        saveDraft();
    m_draftTimer->stop();
    FormDialog::reject();
}

// Cancel of an editor with something in it asks whether to keep it.
void NoteEditorDialog::cancel()
{
    if ((!m_touched && !m_draftRestored) || m_discarded) {
        reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Close the note"),
                    tr("Keep what you wrote as a draft? It comes back the next time you open this note."), QMessageBox::NoButton, this);
    QPushButton *keep = ask.addButton(tr("Keep the draft"), QMessageBox::AcceptRole);
    QPushButton *discard = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    ask.addButton(tr("Continue editing"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() == discard)
        discardDraft();
    if (ask.clickedButton() == keep || ask.clickedButton() == discard)
        reject();
}

FormDialog::Issues NoteEditorDialog::described(const QString &prefix, const ValidationIssues &issues) const
{
    Issues out;
    const QString type = m_type->currentData().toString();
    for (const ValidationIssue &issue : issues) {
        QString field = issue.field;
        const QString key = field.startsWith(QStringLiteral("params.")) ? field.mid(7) : QString();
        QWidget *w = key.isEmpty() ? nullptr : paramWidget(type, key);
        if (w) {
            for (const NoteParamSpec &spec : NoteForm::params(type)) {
                if (spec.key == key)
                    field = spec.label;
            }
        } else if (issue.field == u"entity_id") {
            field = m_entitiesLabel->text().chopped(1);
            w = m_entities;
        }
        out.append({tr("%1%2: %3").arg(prefix, field, issue.message), w});
    }
    return out;
}

FormDialog::Issues NoteEditorDialog::validate()
{
    m_bodies.clear();
    QJsonObject note = currentNote();
    if (m_notes.isEmpty()) {
        QList<qint64> ids;
        const bool ok = parseIdList(m_entities->text(), ids);
        if (!ok || ids.isEmpty())
            return described({}, {{QStringLiteral("entity_id"), ok ? tr("name at least one") : tr("must be numbers separated by commas")}});
        note.insert(QStringLiteral("entity_id"), ids.first());
        if (const Issues issues = described({}, checkNote(note, false, true)); !issues.isEmpty())
            return issues;
        for (qint64 id : ids) {
            note.insert(QStringLiteral("entity_id"), id);
            m_bodies << note;
        }
        return {};
    }
    const bool batch = m_notes.size() > 1;
    for (const Note &original : m_notes) {
        const QJsonObject body = noteEditItem(original, note, m_initial, batch, m_pages->isEnabled());
        const QString prefix = batch ? tr("Note %1, ").arg(original.id) : QString();
        if (const Issues issues = described(prefix, checkNote(body, true, false)); !issues.isEmpty()) {
            m_bodies.clear();
            return issues;
        }
        if (changesNote(body))
            m_bodies << body;
    }
    if (m_bodies.isEmpty())
        return described({}, {{tr("Form"), tr("nothing was changed")}});
    return {};
}

void NoteEditorDialog::apply()
{
    discardDraft();
    finished();
}

} // namespace amodesk

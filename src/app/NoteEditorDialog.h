#pragma once

#include "domain/Validation.h"

#include "FormDialog.h"

#include <QHash>
#include <QJsonObject>

#include "domain/Note.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace amodesk {

class EntityNames;

class AccountDirectory;
class NoteOutbox;

// Adds a note to one or several entities, or edits one or several notes: a form per writable
// type, checked before anything is queued. What is typed is kept as a draft (in the outbox
// file) until the note is queued or the draft is thrown away.
class NoteEditorDialog : public FormDialog
{
    Q_OBJECT
public:
    NoteEditorDialog(const QString &entityType, AccountDirectory *directory, NoteOutbox *drafts, QWidget *parent = nullptr);

    void setEntityIds(const QList<qint64> &ids);          // adding: the entities to add to
    void setNames(EntityNames *names);                    // adding: pick entities by name, see their names
    void setNotes(const QList<Note> &notes);       // editing these instead of adding
    void restoreDraft();                                  // after setEntityIds/setNotes

    // Request bodies to queue: adding, one per entity; editing, one per note, with only what
    // changed when several are edited together.
    QList<QJsonObject> bodies() const { return m_bodies; }
    bool isEditing() const { return !m_notes.isEmpty(); }
    bool draftRestored() const { return m_draftRestored; }

    void setParam(const QString &key, const QString &value); // for the current type

public Q_SLOTS:
    void reject() override; // keeps what was typed as the draft
    void discardDraft();

protected:
    void cancel() override; // asks first when something was typed
    Issues validate() override; // and gathers the bodies to queue
    void apply() override;

private:
    QWidget *paramWidget(const QString &noteType, const QString &key) const;
    void buildPages();
    QString draftKey() const;
    QJsonObject currentNote() const;             // what the form says, as one request item
    QJsonObject params(const QString &noteType) const;
    void fill(const QJsonObject &note);
    void saveDraft();
    Issues described(const QString &prefix, const ValidationIssues &issues) const;

    QString m_entityType;
    AccountDirectory *m_directory;
    NoteOutbox *m_drafts;
    QList<Note> m_notes;
    QJsonObject m_initial; // editing: the form as it was filled, to find what changed
    QList<QJsonObject> m_bodies;
    QLineEdit *m_entities;
    QLabel *m_entitiesLabel;
    QLabel *m_entityNames; // of the ids typed
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QHash<QString, QHash<QString, QWidget *>> m_fields; // type -> key -> widget
    QComboBox *m_createdBy;
    QComboBox *m_responsible;
    QCheckBox *m_digitalPipeline;
    QLabel *m_draftNote;
    QTimer *m_draftTimer;
    bool m_filling = false;
    bool m_draftRestored = false;
    bool m_touched = false;   // something was typed or chosen since the editor opened
    bool m_discarded = false; // the draft was thrown away since
};

} // namespace amodesk

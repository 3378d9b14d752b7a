#pragma once

#include "domain/Event.h"
#include "domain/EventFilter.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace amodesk {

class AccountContext;
class RunResumer;

// The Events pane's actions that put things right: Revert…, Revert everything the filter finds…,
// Bulk change…, Entity history…, History of an entity… and Revert journal…. When an account opens, the runs its journal left
// cut off (the app closed or crashed while sending) are finished first, in the background.
class PutRightActions : public QObject
{
    Q_OBJECT
public:
    struct Selection {
        std::function<QList<Event>()> events;          // the selected events; empty when the pane said why not
        std::function<std::optional<Event>()> current; // the event with the focus
        std::function<std::optional<EventFilter>()> filter; // the account's filter the pane shows; none without one
    };
    PutRightActions(QWidget *pane, Selection selection, std::function<void(const QString &)> say);

    QList<QAction *> actions() const { return m_actions; }
    // Stores notes added in bulk (the Notes pane's outbox); returns why they could not be stored.
    using NoteAdder = std::function<QString(const QString &entityType, const QList<QJsonObject> &bodies)>;
    void setNoteAdder(NoteAdder adder) { m_addNotes = std::move(adder); }
    void setAccount(AccountContext *account); // nullptr: none
    RunResumer *resumer() const { return m_resumer; } // the account's; nullptr without one

public Q_SLOTS:
    void revertSelected();
    void revertFilterResult(); // every event the filter finds, however many pages
    void bulkChangeSelected();
    void showEntityHistory(); // of the current event's entity
    void findEntityHistory(); // of an entity asked for by ID or name
    void openJournal();

Q_SIGNALS:
    void notice(const QString &text); // worth the window's status line: cut-off runs finished

private:
    QAction *add(const QString &text, const QString &toolTip, const QKeySequence &shortcut, void (PutRightActions::*slot)());
    void resumeCutOffRuns();

    QWidget *m_pane;
    Selection m_selection;
    std::function<void(const QString &)> m_say;
    QList<QAction *> m_actions;
    AccountContext *m_account = nullptr;
    RunResumer *m_resumer = nullptr;
    NoteAdder m_addNotes;
};

} // namespace amodesk

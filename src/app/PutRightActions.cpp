#include "PutRightActions.h"

#include "BulkChangeDialog.h"
#include "EntityHistoryDialog.h"
#include "FindEntityDialog.h"
#include "JournalDialog.h"
#include "PaneAction.h"
#include "RevertDialog.h"
#include "domain/EntityTypeNames.h"
#include "revert/RunResumer.h"
#include "revert/UpdatePlan.h"
#include "services/AccountContext.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

namespace amodesk {

PutRightActions::PutRightActions(QWidget *pane, Selection selection, std::function<void(const QString &)> say)
    : QObject(pane), m_pane(pane), m_selection(std::move(selection)), m_say(std::move(say))
{
    add(tr("&Revert…"), tr("Plan putting back what the selected events changed (Ctrl+Shift+R)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        &PutRightActions::revertSelected);
    add(tr("Revert everything the &filter finds…"),
        tr("Plan putting back what every event of the filter changed, however many pages it has (Ctrl+Alt+Shift+R)"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_R), &PutRightActions::revertFilterResult);
    add(tr("Entity &history…"), tr("Every event and note of the selected event's lead, contact, company or customer (Ctrl+Shift+H)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &PutRightActions::showEntityHistory);
    add(tr("History of an entity by &ID or name…"), tr("Every event and note of a lead, contact, company or customer found by its ID or name (Ctrl+Shift+I)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &PutRightActions::findEntityHistory);
    add(tr("&Bulk change…"),
        tr("Move the selected events' leads to a stage, set their responsible user or a field, add or remove a tag, add a note (Ctrl+Shift+B)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &PutRightActions::bulkChangeSelected);
    add(tr("Revert &journal…"), tr("Every revert and bulk change applied to this account: send again, give up, undo (Ctrl+Shift+J)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), &PutRightActions::openJournal);
}

QAction *PutRightActions::add(const QString &text, const QString &toolTip, const QKeySequence &shortcut, void (PutRightActions::*slot)())
{
    QAction *a = paneAction(m_pane, new QAction(text, this), toolTip, shortcut);
    connect(a, &QAction::triggered, this, slot);
    m_actions.append(a);
    return a;
}

void PutRightActions::setAccount(AccountContext *account)
{
    if (m_resumer)
        m_resumer->cancel(); // what was not answered stays pending, for the next time the account opens
    delete m_resumer;
    m_resumer = nullptr;
    m_account = account;
    if (account && account->journal()) {
        m_resumer = new RunResumer(account->api(), account->journal(), this);
        resumeCutOffRuns();
    }
}

void PutRightActions::resumeCutOffRuns()
{
    QStringList cutOff;
    for (const RevertJournal::Run &run : m_account->journal()->unfinishedRuns())
        cutOff.append(run.id);
    if (cutOff.isEmpty())
        return;
    const int runs = int(cutOff.size());
    // Said once the window has said which account opened.
    QTimer::singleShot(0, this, [this, runs] { Q_EMIT notice(tr("Finishing %n revert or bulk change run(s) cut off last time…", nullptr, runs)); });
    connect(m_resumer, &RunResumer::finished, this, [this, runs](const ApiError &error) {
        const RevertRunner::Outcome &o = m_resumer->outcome();
        if (error.isError() || !o.journalError.isEmpty())
            Q_EMIT notice(tr("Runs cut off last time are not finished: %1. Events > Revert journal sends them again.")
                              .arg(error.isError() ? error.message() : o.journalError));
        else
            Q_EMIT notice(tr("Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events > Revert journal shows them.", nullptr, runs)
                              .arg(o.applied).arg(o.failed).arg(o.unconfirmed));
    }, Qt::SingleShotConnection);
    m_resumer->start(cutOff);
}

void PutRightActions::revertSelected()
{
    const QList<Event> events = m_selection.events();
    if (events.isEmpty() || !m_account)
        return;
    RevertDialog dialog(m_account, events, m_pane);
    dialog.exec();
}

void PutRightActions::revertFilterResult()
{
    const std::optional<EventFilter> filter = m_selection.filter();
    if (!m_account)
        return;
    if (!filter) {
        m_say(tr("Set a filter first (Ctrl+Shift+F): everything it finds is planned, however many pages."));
        return;
    }
    RevertDialog dialog(m_account, *filter, m_pane);
    dialog.exec();
}

void PutRightActions::bulkChangeSelected()
{
    const QList<Event> events = m_selection.events();
    if (events.isEmpty() || !m_account)
        return;
    // The entities of the current event's type among the selected events.
    const std::optional<Event> current = m_selection.current();
    QString type = pluralEntityType((current ? *current : events.first()).entityType);
    QList<qint64> ids;
    for (const Event &e : events) {
        if (type.isEmpty())
            type = pluralEntityType(e.entityType);
        if (!type.isEmpty() && pluralEntityType(e.entityType) == type && !ids.contains(e.entityId))
            ids.append(e.entityId);
    }
    if (type.isEmpty()) {
        m_say(tr("Only leads, contacts, companies and customers can be changed in bulk."));
        return;
    }
    BulkChangeDialog choose(m_account->directory(), type, ids, m_pane);
    if (choose.exec() != QDialog::Accepted)
        return;
    const QList<qint64> chosen = choose.ids();
    if (choose.addsNotes()) {
        const QString error = m_addNotes ? m_addNotes(type, choose.noteBodies()) : tr("Notes cannot be added from here.");
        if (error.isEmpty()) {
            m_say(tr("%n note(s) are in the outbox; the Notes pane shows them as they are sent.", nullptr, int(chosen.size())));
            return;
        }
        // Nothing typed is lost: the text comes back with the reason.
        QMessageBox::warning(m_pane, tr("Add a note"), tr("%1 Nothing was sent. The text of the note, to add it again:\n\n%2").arg(error, choose.noteText()));
        return;
    }
    const QJsonArray items = choose.items();
    PlannedRun run{QStringLiteral("update"), {{type, chosen}},
                   [type, items](const CurrentEntities &now) {
                       ValidationIssues issues; // none: the dialog builds every item whole
                       return planUpdate(type, items, now, issues);
                   },
                   tr("Planning the change of %n record(s).", nullptr, int(chosen.size())), {}, false};
    RevertDialog dialog(m_account, run, m_pane);
    dialog.exec();
}

void PutRightActions::showEntityHistory()
{
    const std::optional<Event> e = m_selection.current();
    if (!m_account || !e) {
        m_say(tr("Select an event of the entity first, or use History of an entity by ID or name… (Ctrl+Shift+I)."));
        return;
    }
    if (pluralEntityType(e->entityType).isEmpty()) {
        m_say(tr("Only leads, contacts, companies and customers have a history here."));
        return;
    }
    EntityHistoryDialog dialog(m_account, e->entityType, e->entityId, m_pane);
    dialog.exec();
}

void PutRightActions::findEntityHistory()
{
    if (!m_account)
        return;
    FindEntityDialog find(m_account->entityNames(), m_pane);
    if (find.exec() != QDialog::Accepted)
        return;
    EntityHistoryDialog dialog(m_account, find.entityType(), find.entityId(), m_pane);
    dialog.exec();
}

void PutRightActions::openJournal()
{
    if (!m_account || !m_resumer) {
        m_say(tr("Open an account first."));
        return;
    }
    JournalDialog dialog(m_account, m_resumer, m_pane);
    dialog.exec();
}

} // namespace amodesk

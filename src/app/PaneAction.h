#pragma once

class QAction;
class QKeySequence;
class QString;
class QWidget;

namespace amodesk {

// Makes `action` one of the pane's: in its tool bar and in the window's menu of the pane, with
// its shortcut working while the focus is in the pane (the Events and Notes panes share keys
// such as F5 and Ctrl+Shift+F). Returns the action.
QAction *paneAction(QWidget *pane, QAction *action, const QString &toolTip, const QKeySequence &shortcut);

} // namespace amodesk

#include "PaneAction.h"

#include <QAction>
#include <QWidget>

namespace amodesk {

QAction *paneAction(QWidget *pane, QAction *action, const QString &toolTip, const QKeySequence &shortcut)
{
    action->setToolTip(toolTip);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

} // namespace amodesk

#include "FollowNotifier.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace amodesk {

namespace {
const QString kKey = QStringLiteral("events/follow_notifications");
}

FollowNotifier::FollowNotifier(QWidget *pane) : QObject(pane), m_pane(pane)
{
    setObjectName(QStringLiteral("followNotifier"));
}

bool FollowNotifier::enabled()
{
    return QSettings().value(kKey, false).toBool();
}

void FollowNotifier::setEnabled(bool on)
{
    QSettings().setValue(kKey, on);
}

void FollowNotifier::eventsArrived(int count, const QString &first)
{
    if (count <= 0 || !enabled())
        return;
    const QString title = tr("%n new event(s) in AmoDesk", nullptr, count);
    const QString text = count == 1 ? first : tr("%1, and %n more", nullptr, count - 1).arg(first);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_pane, [this] {
                m_pane->window()->show();
                m_pane->window()->raise();
                m_pane->window()->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    }
    QApplication::alert(m_pane->window());
    Q_EMIT notified(title, text);
}

} // namespace amodesk

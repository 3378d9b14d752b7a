#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace amodesk {

// Tells the desktop about new events that arrive while the events pane follows the log, when the
// user asked for it in Preferences (off by default): a message from the system tray where there
// is one, and the window asks for attention (a flashing taskbar entry) in any case.
class FollowNotifier : public QObject
{
    Q_OBJECT
public:
    explicit FollowNotifier(QWidget *pane);

    static bool enabled();
    static void setEnabled(bool on);

    // count new events; first says the newest of them in words ("Lead stage changed: Lead «…»").
    void eventsArrived(int count, const QString &first);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    QWidget *m_pane;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace amodesk

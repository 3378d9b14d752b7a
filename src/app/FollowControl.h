#pragma once

#include <QObject>

class QAction;
class QSpinBox;
class QTimer;
class QToolButton;
class QWidget;

namespace amodesk {

class FollowNotifier;

// Following the event log: the Follow button, how often to look (kept in the settings), the
// timer, and the desktop notice of new events.
class FollowControl : public QObject
{
    Q_OBJECT
public:
    // The button shows the action; the spin box says every how many seconds to look.
    FollowControl(QAction *follow, QToolButton *button, QSpinBox *seconds, QWidget *pane);

    QToolButton *button() const { return m_button; }
    bool isOn() const;
    // New events arrived; the newest in words. Said on the desktop while following, if wanted.
    void eventsArrived(int count, const QString &newest);

Q_SIGNALS:
    void due(); // time to look for new events: following began, or its interval passed

private:
    void setOn(bool on);

    QToolButton *m_button;
    QSpinBox *m_seconds;
    QTimer *m_timer;
    FollowNotifier *m_notifier;
};

} // namespace amodesk

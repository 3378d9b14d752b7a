#include "FollowControl.h"

#include "CheckedLook.h"
#include "FollowNotifier.h"

#include <QAction>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace amodesk {

namespace {
const QString kIntervalKey = QStringLiteral("events/follow_seconds");
}

FollowControl::FollowControl(QAction *follow, QToolButton *button, QSpinBox *seconds, QWidget *pane)
    : QObject(pane), m_button(button), m_seconds(seconds), m_timer(new QTimer(this)),
      m_notifier(new FollowNotifier(pane))
{
    follow->setCheckable(true);
    m_button->setDefaultAction(follow);
    showCheckedClearly(m_button);
    m_seconds->setValue(QSettings().value(kIntervalKey, m_seconds->value()).toInt());
    connect(m_button, &QToolButton::toggled, this, &FollowControl::setOn);
    connect(m_timer, &QTimer::timeout, this, &FollowControl::due);
    connect(m_seconds, &QSpinBox::valueChanged, this, [this](int s) {
        QSettings().setValue(kIntervalKey, s);
        m_timer->setInterval(s * 1000);
    });
}

bool FollowControl::isOn() const
{
    return m_button->isChecked();
}

void FollowControl::eventsArrived(int count, const QString &newest)
{
    if (isOn())
        m_notifier->eventsArrived(count, newest);
}

void FollowControl::setOn(bool on)
{
    m_timer->setInterval(m_seconds->value() * 1000);
    if (on) {
        Q_EMIT due();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

} // namespace amodesk

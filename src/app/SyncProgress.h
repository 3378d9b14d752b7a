#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace amodesk {

class EventSync;

// A sync's progress beside the events' status line: a bar and Cancel, shown while a sync reports
// progress; what the status line is to say (the speed and the time left) goes out by said().
class SyncProgress : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgress(QWidget *parent = nullptr);

    void setSync(EventSync *sync); // nullptr: none
    void begin();                  // a period starts syncing

Q_SIGNALS:
    void said(const QString &text);

private:
    void showProgress(qint64 events, double perSecond, double fraction, qint64 etaSeconds);

    QProgressBar *m_bar;
    QToolButton *m_cancel;
    EventSync *m_sync = nullptr;
};

} // namespace amodesk

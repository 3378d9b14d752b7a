#pragma once

#include <QObject>
#include <QString>

namespace amodesk {

class DemoSession;
class MainWindow;

// `amodesk --demo --screenshot FILE`: once the demo account is signed in, its names are loaded
// and its first events are on screen, saves a picture of the window and quits with 0; quits with 1 when the demo
// fails or nothing shows within a minute. Install checks and documentation use it.
class ReadyShot : public QObject
{
    Q_OBJECT
public:
    ReadyShot(MainWindow *window, DemoSession *demo, const QString &path);

private:
    void finish(int code, const QString &message);

    MainWindow *m_window;
    QString m_path;
};

} // namespace amodesk

#include "ReadyShot.h"

#include "DemoSession.h"
#include "EventsPane.h"
#include "MainWindow.h"
#include "services/AccountDirectory.h"

#include <QApplication>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace amodesk {

namespace {
constexpr int kGiveUpMs = 60000;
constexpr int kPollMs = 200;
}

ReadyShot::ReadyShot(MainWindow *window, DemoSession *demo, const QString &path) : QObject(window), m_window(window), m_path(path)
{
    connect(demo, &DemoSession::failed, this, [this](const QString &reason) { finish(1, reason); });
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        const bool named = m_window->directory() && m_window->directory()->isLoaded();
        if (named && m_window->eventsPane()->table()->model() && m_window->eventsPane()->table()->model()->rowCount() > 0) {
            poll->stop();
            QTimer::singleShot(500, this, [this] { // let the names and the layout settle
                if (m_window->grab().save(m_path))
                    finish(0, {});
                else
                    finish(1, tr("cannot write %1").arg(m_path));
            });
        }
    });
    poll->start(kPollMs);
    QTimer::singleShot(kGiveUpMs, this, [this] { finish(1, tr("no events were shown within a minute")); });
}

void ReadyShot::finish(int code, const QString &message)
{
    if (!message.isEmpty())
        QTextStream(stderr) << "amodesk: " << message << Qt::endl;
    QApplication::exit(code);
}

} // namespace amodesk

#pragma once

#include "DemoSession.h"
#include "EventsPane.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace testing {

// Shows the window and signs it in to the bundled demo account, as `amodesk --demo` does;
// true once the events pane shows the first hundred events.
inline bool showSignedInDemo(amodesk::MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    auto *demo = new amodesk::DemoSession(&window);
    QSignalSpy signedIn(demo, &amodesk::DemoSession::signedIn);
    demo->start();
    if (!signedIn.wait(60000))
        return false;
    return QTest::qWaitFor([&window] { return window.eventsPane()->table()->model()->rowCount() >= 100; }, 30000);
}

} // namespace testing

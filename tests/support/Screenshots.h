#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

namespace testing {

// Saves what a widget shows, for people to look at, when AMODESK_SCREENSHOT_DIR says where.
inline void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // let layouts settle
    const QString dir = qEnvironmentVariable("AMODESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace testing

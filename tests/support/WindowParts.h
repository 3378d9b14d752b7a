#pragma once

// The main window's parts, found by object name as KeePassXC's GUI tests find theirs (Child.h).
#include "Child.h"

#include "AccountListModel.h"
#include "NotesPane.h"
#include "WebsiteButtonPane.h"
#include "WidgetsPane.h"

#include <QComboBox>
#include <QTabWidget>

namespace testing {

inline QTabWidget *tabs(QObject *window) { return child<QTabWidget>(window, QStringLiteral("tabs")); }
inline QComboBox *accountSwitcher(QObject *window) { return child<QComboBox>(window, QStringLiteral("accountSwitcher")); }
inline amodesk::AccountListModel *accounts(QObject *window) { return child<amodesk::AccountListModel>(window, QStringLiteral("accounts")); }
inline amodesk::NotesPane *notesPane(QObject *window) { return child<amodesk::NotesPane>(window, QStringLiteral("NotesPane")); }
inline amodesk::WidgetsPane *widgetsPane(QObject *window) { return child<amodesk::WidgetsPane>(window, QStringLiteral("WidgetsPane")); }
inline amodesk::WebsiteButtonPane *buttonPane(QObject *window)
{
    return child<amodesk::WebsiteButtonPane>(window, QStringLiteral("WebsiteButtonPane"));
}

} // namespace testing

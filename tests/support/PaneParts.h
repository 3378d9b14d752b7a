#pragma once

// The models and workers behind the panes, found by object name as their widgets are (Child.h):
// the tests read what a pane shows through them, and the panes keep no getters for tests.
#include "Child.h"

#include "CacheSync.h"
#include "EventCacheModel.h"
#include "EventProxy.h"
#include "EventTableModel.h"
#include "NoteTableModel.h"
#include "WidgetTableModel.h"
#include "outbox/OutboxSender.h"
#include "services/EventSync.h"

#include <QAbstractItemView>

namespace testing {

// The events pane: the API's pages while a filter is set, else the local cache.
inline amodesk::EventTableModel *apiEvents(QObject *pane) { return child<amodesk::EventTableModel>(pane, QStringLiteral("apiEvents")); }
inline amodesk::EventCacheModel *cachedEvents(QObject *pane) { return child<amodesk::EventCacheModel>(pane, QStringLiteral("cachedEvents")); }
inline amodesk::EventProxy *eventProxy(QObject *pane) { return child<amodesk::EventProxy>(pane, QStringLiteral("eventProxy")); }
inline amodesk::EventSync *eventSync(QObject *pane) { return child<amodesk::EventSync>(pane, QStringLiteral("eventSync")); }
inline bool showsCache(QObject *pane)
{
    return child<QAbstractItemView>(pane, QStringLiteral("table"))->model() == cachedEvents(pane);
}

inline amodesk::NoteTableModel *notes(QObject *pane) { return child<amodesk::NoteTableModel>(pane, QStringLiteral("notes")); }
inline amodesk::OutboxSender *outboxSender(QObject *pane) { return child<amodesk::OutboxSender>(pane, QStringLiteral("outboxSender")); }

inline amodesk::WidgetTableModel *widgets(QObject *pane) { return child<amodesk::WidgetTableModel>(pane, QStringLiteral("widgets")); }
inline amodesk::WidgetFilter *widgetFilter(QObject *pane) { return child<amodesk::WidgetFilter>(pane, QStringLiteral("widgetFilter")); }

} // namespace testing

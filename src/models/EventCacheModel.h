#pragma once

#include "EventColumns.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>
#include <QSet>

namespace amodesk {

class AccountDirectory;
class EventCache;
class EventSync;

// The cached event log, newest first. Rows are counted in SQLite and read in blocks as the
// view asks for them, so a million cached events open and scroll at once; a search goes
// through the full-text index. Scrolling past the cache asks the sync for an older page.
class EventCacheModel : public QAbstractTableModel, public EventRows
{
    Q_OBJECT
public:
    explicit EventCacheModel(QObject *parent = nullptr);

    void setSource(EventCache *cache, EventSync *sync, const AccountDirectory *directory); // nullptr: none
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void refresh(); // re-reads the count and the rows, e.g. after a period sync

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorted by SQLite: time, type or author. Other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    const Event &eventAt(int row) const override;
    const EventDescriber &describer() const override { return m_describer; }
    void setNames(EntityNames *names) { m_describer.setNames(names); } // of linked entities

private:
    static constexpr int kBlock = 256;
    const QList<Event> *block(int row) const;
    void onStored(int added, int where);

    EventCache *m_cache = nullptr;
    QPointer<EventSync> m_sync;
    EventDescriber m_describer{nullptr};
    QString m_search;
    int m_order = 0; // EventCache::Order
    qint64 m_count = 0;
    mutable QCache<qint64, QList<Event>> m_blocks{64};
    QSet<QString> m_highlighted;
    bool m_fetching = false;
};

} // namespace amodesk

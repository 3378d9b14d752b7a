#include "EventCacheModel.h"

#include "cache/EventCache.h"
#include "services/EventSync.h"

namespace amodesk {

EventCacheModel::EventCacheModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventCacheModel::setSource(EventCache *cache, EventSync *sync, const AccountDirectory *directory)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_cache = cache;
    m_sync = sync;
    m_describer.setDirectory(directory);
    if (sync) {
        connect(sync, &EventSync::stored, this, [this](int added, EventSync::Placement where) { onStored(added, int(where)); });
        connect(sync, &EventSync::finished, this, [this] { m_fetching = false; });
        connect(sync, &EventSync::noteTextsStored, this, [this] {
            m_blocks.clear(); // the rows read again, now with their notes
            if (m_count > 0)
                Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, EventColumns::Count - 1));
        });
    }
    refresh();
}

void EventCacheModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void EventCacheModel::refresh()
{
    beginResetModel();
    m_blocks.clear();
    m_count = m_cache && m_cache->isOpen() ? m_cache->count(m_search) : 0;
    endResetModel();
}

void EventCacheModel::onStored(int added, int where)
{
    if (!m_search.isEmpty() || where == int(EventSync::Placement::Anywhere) || m_order != int(EventCache::Order::NewestFirst)) {
        refresh(); // where the new rows fall is not known cheaply
        return;
    }
    m_blocks.clear();
    const qint64 total = m_cache->count();
    const int fresh = int(total - m_count);
    if (fresh <= 0)
        return;
    if (where == int(EventSync::Placement::Newer)) {
        beginInsertRows({}, 0, fresh - 1);
        m_count = total;
        endInsertRows();
        for (const Event &e : m_cache->window(0, qMin(fresh, added), {}))
            m_highlighted.insert(e.id); // new since the pane was opened: shown in bold
    } else {
        beginInsertRows({}, int(m_count), int(total - 1));
        m_count = total;
        endInsertRows();
    }
}

const QList<Event> *EventCacheModel::block(int row) const
{
    const qint64 number = row / kBlock;
    if (QList<Event> *cached = m_blocks.object(number))
        return cached;
    auto *rows = new QList<Event>(m_cache->window(number * kBlock, kBlock, m_search, EventCache::Order(m_order)));
    m_blocks.insert(number, rows);
    return rows;
}

const Event &EventCacheModel::eventAt(int row) const
{
    static const Event none;
    const QList<Event> *rows = block(row);
    const int at = row % kBlock;
    return at < rows->size() ? rows->at(at) : none;
}

int EventCacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int EventCacheModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EventColumns::Count;
}

QVariant EventCacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = eventAt(index.row());
    return EventColumns::data(e, index.column(), role, m_describer, m_highlighted.contains(e.id));
}

QVariant EventCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? EventColumns::header(section, role) : QVariant();
}

bool EventCacheModel::canFetchMore(const QModelIndex &parent) const
{
    // Older pages join the bottom only while the bottom is the oldest.
    return !parent.isValid() && m_sync && m_search.isEmpty() && m_order == int(EventCache::Order::NewestFirst) && m_sync->hasOlder()
        && !m_sync->isRunning() && !m_fetching;
}

void EventCacheModel::sort(int column, Qt::SortOrder order)
{
    EventCache::Order wanted;
    switch (column) {
    case EventColumns::Time: wanted = order == Qt::DescendingOrder ? EventCache::Order::NewestFirst : EventCache::Order::OldestFirst; break;
    case EventColumns::Type: wanted = EventCache::Order::ByType; break;
    case EventColumns::Author: wanted = EventCache::Order::ByAuthor; break;
    default: return;
    }
    if (int(wanted) == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_order = int(wanted);
    m_blocks.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) // rows move where SQLite puts them: old positions mean nothing
        changePersistentIndex(index, QModelIndex());
    Q_EMIT layoutChanged();
}

void EventCacheModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_sync->fetchOlder();
}

} // namespace amodesk

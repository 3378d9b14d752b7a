#include "EventTableModel.h"

#include "api/ApiClient.h"
#include "api/Pager.h"
#include "services/AccountDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace amodesk {

namespace {
constexpr int kPageSize = 100;
}

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setSource(ApiClient *api, AccountDirectory *directory, const EventFilter &filter)
{
    m_api = api;
    m_directory = directory;
    m_describer = EventDescriber(directory);
    m_filter = filter;
    reload();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

void EventTableModel::reload()
{
    ++m_generation; // whatever is still on its way belongs to the past
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    beginResetModel();
    m_events.clear();
    m_ids.clear();
    m_highlighted.clear();
    endResetModel();
    setLoading(false);
    if (!m_api)
        return;
    EventFilter f = m_filter;
    for (const QString &w : {QStringLiteral("lead_name"), QStringLiteral("contact_name"), QStringLiteral("company_name"),
                             QStringLiteral("customer_name"), QStringLiteral("catalog_element_name")}) {
        if (!f.with.contains(w))
            f.with << w;
    }
    m_pager = new Pager(m_api, QStringLiteral("/api/v4/events"), f.toQuery().encode(), QStringLiteral("events"), kPageSize, this);
    const int generation = m_generation;
    connect(m_pager, &Pager::page, this, [this, generation](int, const QJsonArray &items) { appendPage(generation, items); });
    connect(m_pager, &Pager::finished, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (error.isError() && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT failed(error.message());
    });
    fetchMore({});
}

void EventTableModel::appendPage(int generation, const QJsonArray &items)
{
    if (generation != m_generation || items.isEmpty())
        return;
    QList<Event> fresh;
    for (const QJsonValue &v : items) {
        Event e = Event::fromJson(v.toObject());
        if (!m_ids.contains(e.id))
            fresh.append(std::move(e));
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh.size() - 1));
    for (Event &e : fresh) {
        m_ids.insert(e.id);
        m_events.append(std::move(e));
    }
    endInsertRows();
}

void EventTableModel::fetchNewer()
{
    if (!m_api || m_followBusy)
        return;
    EventFilter f = m_filter;
    if (!m_events.isEmpty())
        f.createdFrom = m_events.first().createdAt; // "since then"; the ones we have are skipped by id
    f.with = m_filter.with + QStringList{QStringLiteral("lead_name"), QStringLiteral("contact_name"), QStringLiteral("company_name"), QStringLiteral("customer_name")};
    m_followBusy = true;
    ApiReply *reply = m_api->send(ApiRequest::get(QStringLiteral("/api/v4/events"), f.toQuery().encode() + "&limit=100"));
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        m_followBusy = false;
        if (generation != m_generation || !reply->result().ok())
            return;
        QList<Event> fresh;
        for (const QJsonValue &v : reply->result().json.object().value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("events")).toArray()) {
            Event e = Event::fromJson(v.toObject());
            if (!m_ids.contains(e.id))
                fresh.append(std::move(e));
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, 0, int(fresh.size() - 1));
        for (qsizetype i = fresh.size() - 1; i >= 0; --i) {
            m_ids.insert(fresh[i].id);
            m_highlighted.insert(fresh[i].id);
            m_events.prepend(fresh[i]);
        }
        endInsertRows();
        Q_EMIT newEventsArrived(int(fresh.size()));
    });
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    return EventColumns::data(e, index.column(), role, m_describer, m_highlighted.contains(e.id));
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? EventColumns::header(section, role) : QVariant();
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_pager->atEnd() && !m_loading;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    m_pager->fetchNext();
}

void EventTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace amodesk

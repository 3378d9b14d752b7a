#include "EventTableModel.h"

#include "services/NoteTexts.h"

#include "api/ApiClient.h"
#include "services/AccountDirectory.h"
#include "services/ApiEndpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace amodesk {

namespace {
constexpr int kPageSize = 100;
}

EventTableModel::EventTableModel(QObject *parent) : PagedTableModel(parent) {}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setSource(ApiClient *api, AccountDirectory *directory, const EventFilter &filter)
{
    m_api = api;
    delete m_noteTexts;
    m_noteTexts = new NoteTexts(api, this);
    connect(m_noteTexts, &NoteTexts::arrived, this, &EventTableModel::showNoteTexts);
    m_directory = directory;
    m_describer.setDirectory(directory);
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
    stopList();
    beginResetModel();
    m_events.clear();
    m_ids.clear();
    m_highlighted.clear();
    endResetModel();
    if (!m_api)
        return;
    EventFilter f = m_filter;
    for (const QString &w : {QStringLiteral("lead_name"), QStringLiteral("contact_name"), QStringLiteral("company_name"),
                             QStringLiteral("customer_name"), QStringLiteral("catalog_element_name")}) {
        if (!f.with.contains(w))
            f.with << w;
    }
    startList(m_api, EventsApi::listPath(), f.toQuery().encode(), QStringLiteral("events"), kPageSize, &Event::problemIn);
}

void EventTableModel::appendItems(const QJsonArray &items)
{
    QList<Event> fresh;
    for (const QJsonValue &v : items) {
        Event e = Event::fromJson(v.toObject());
        if (!m_ids.contains(e.id))
            fresh.append(std::move(e));
    }
    if (fresh.isEmpty())
        return;
    m_noteTexts->fetch(fresh);
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh.size() - 1));
    for (Event &e : fresh) {
        m_ids.insert(e.id);
        m_events.append(std::move(e));
    }
    endInsertRows();
}

bool EventTableModel::notesPending() const
{
    return m_noteTexts && m_noteTexts->pending();
}

// The texts of notes arrive after their rows; a row of an earlier reload is simply not found.
void EventTableModel::showNoteTexts(const QHash<QString, QString> &textByEventId)
{
    for (qsizetype row = 0; row < m_events.size(); ++row) {
        const auto text = textByEventId.constFind(m_events[row].id);
        if (text == textByEventId.cend())
            continue;
        m_events[row].noteText = *text;
        const QModelIndex changed = index(int(row), ChangeColumn);
        Q_EMIT dataChanged(changed, changed);
    }
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
    ApiReply *reply = m_api->send(EventsApi::newest(f.toQuery().encode(), 100));
    const int generation = this->generation();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        m_followBusy = false;
        if (generation != this->generation() || !reply->result().ok())
            return;
        QList<Event> fresh;
        for (const QJsonObject &json : EventsApi::eventsIn(reply->result())) {
            Event e = Event::fromJson(json);
            if (!m_ids.contains(e.id))
                fresh.append(std::move(e));
        }
        if (fresh.isEmpty())
            return;
        m_noteTexts->fetch(fresh);
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

} // namespace amodesk

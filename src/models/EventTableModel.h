#pragma once

#include "EventColumns.h"
#include "api/ApiError.h"
#include "domain/Event.h"
#include "domain/EventFilter.h"

#include "PagedTableModel.h"

#include <QPointer>
#include <QSet>

namespace amodesk {

class AccountDirectory;
class ApiClient;
class NoteTexts;

// The event log as rows, read page by page as the view scrolls (canFetchMore/fetchMore).
// Every reset starts a new generation; a page of an older generation is dropped unseen.
class EventTableModel : public PagedTableModel, public EventRows
{
    Q_OBJECT
public:
    enum Column { TimeColumn = EventColumns::Time, TypeColumn, EntityColumn, AuthorColumn, ChangeColumn, ColumnCount };
    enum Role { CreatedAtRole = EventColumns::CreatedAtRole, EventIdRole, SearchTextRole, HighlightRole };

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    // Where to read and what; nullptr: read nothing. Loads the first page at once.
    void setSource(ApiClient *api, AccountDirectory *directory, const EventFilter &filter = {});
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    void reload();
    // Follow: reads what is newer than the newest row and puts it on top, marked new.
    void fetchNewer();
    bool notesPending() const; // texts of note events still on their way

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Event &eventAt(int row) const override { return m_events.at(row); }
    const EventDescriber &describer() const override { return m_describer; }
    void setNames(EntityNames *names) { m_describer.setNames(names); } // of linked entities

Q_SIGNALS:
    void newEventsArrived(int count);

protected:
    void appendItems(const QJsonArray &items) override;

private:
    void showNoteTexts(const QHash<QString, QString> &textByEventId);
    NoteTexts *m_noteTexts = nullptr;

    QPointer<ApiClient> m_api;
    AccountDirectory *m_directory = nullptr;
    EventDescriber m_describer{nullptr};
    EventFilter m_filter;
    QList<Event> m_events;
    QSet<QString> m_ids;
    QSet<QString> m_highlighted;
    bool m_followBusy = false;
};

} // namespace amodesk

#pragma once

#include "domain/Note.h"
#include "domain/NoteFilter.h"

#include "PagedTableModel.h"

#include <QPointer>

namespace amodesk {

class AccountDirectory;
class ApiClient;
class EntityNames;

// The notes of one entity type as rows, read page by page as the view scrolls.
class NoteTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, EntityColumn, AuthorColumn, ResponsibleColumn, SummaryColumn, ColumnCount };
    enum Role { NoteRole = Qt::UserRole + 1 /* as amoCRM sent it */, NoteIdRole, WritableRole };

    explicit NoteTableModel(QObject *parent = nullptr);

    void setSource(ApiClient *api, AccountDirectory *directory, EntityNames *names);
    void setQuery(const QString &entityType, const NoteFilter &filter);
    QString entityType() const { return m_entityType; }
    NoteFilter filter() const { return m_filter; }
    // The time column shows when a note was changed when that is the order, else when it was created.
    bool showsChangeTime() const { return m_filter.orderField == u"updated_at"; }
    void reload();
    Note noteAt(int row) const { return m_notes.value(row); }
    int rowOfNote(qint64 id) const;
    void replaceNote(const Note &note); // a fresher copy of a row (after an edit)
    QString entityLabel(const Note &note) const; // "Lead «Name»" or "Lead #id"
    QString entityName(const Note &note) const;  // empty until the name has arrived
    QString userName(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void appendItems(const QJsonArray &items) override;

private:

    QPointer<ApiClient> m_api;
    AccountDirectory *m_directory = nullptr;
    QPointer<EntityNames> m_names;
    QString m_entityType = QStringLiteral("leads");
    NoteFilter m_filter;
    QList<Note> m_notes;
};

} // namespace amodesk

#include "NoteTableModel.h"

#include "describe/NoteDescriber.h"
#include "api/ApiClient.h"
#include "domain/WriteRules.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"
#include "services/ApiEndpoints.h"
#include "domain/TimeText.h"

#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

namespace amodesk {

namespace {
constexpr int kPageSize = 100;
} // namespace

NoteTableModel::NoteTableModel(QObject *parent) : PagedTableModel(parent) {}

void NoteTableModel::setSource(ApiClient *api, AccountDirectory *directory, EntityNames *names)
{
    m_api = api;
    m_directory = directory;
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (m_names) {
        connect(m_names, &EntityNames::arrived, this, [this] {
            if (!m_notes.isEmpty())
                Q_EMIT dataChanged(index(0, EntityColumn), index(rowCount() - 1, EntityColumn));
        });
    }
    reload();
}

void NoteTableModel::setQuery(const QString &entityType, const NoteFilter &filter)
{
    m_entityType = entityType;
    m_filter = filter;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn); // "Created" or "Changed"
}

void NoteTableModel::reload()
{
    stopList();
    beginResetModel();
    m_notes.clear();
    endResetModel();
    if (m_api)
        startList(m_api, NotesApi::listPath(m_entityType), m_filter.toQuery(), QStringLiteral("notes"), kPageSize);
}

void NoteTableModel::appendItems(const QJsonArray &items)
{
    beginInsertRows({}, int(m_notes.size()), int(m_notes.size() + items.size() - 1));
    for (const QJsonValue &v : items)
        m_notes.append(Note::fromJson(v.toObject()));
    endInsertRows();
}

int NoteTableModel::rowOfNote(qint64 id) const
{
    for (int i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].id == id)
            return i;
    }
    return -1;
}

void NoteTableModel::replaceNote(const Note &note)
{
    const int row = rowOfNote(note.id);
    if (row < 0)
        return;
    m_notes[row] = note;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString NoteTableModel::userName(qint64 id) const
{
    if (id == 0)
        return tr("robot");
    const QString name = m_directory ? m_directory->userName(id) : QString();
    return name.isEmpty() ? tr("user #%1").arg(id) : name;
}

QString NoteTableModel::entityName(const Note &note) const
{
    return m_names ? m_names->name(m_entityType, note.entityId) : QString();
}

QString NoteTableModel::entityLabel(const Note &note) const
{
    const QString name = entityName(note);
    const QString type = NoteDescriber::entityTypeName(m_entityType);
    return name.isEmpty() ? tr("%1 #%2").arg(type).arg(note.entityId) : tr("%1 «%2»").arg(type, name);
}

int NoteTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_notes.size()); }
int NoteTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const Note &n = m_notes.at(index.row());
    switch (role) {
    case NoteRole: return n.raw;
    case NoteIdRole: return n.id;
    case WritableRole: return n.isWritable();
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return NoteDescriber::summary(n.type, n.params);
        if (index.column() == TypeColumn && !n.isWritable())
            return tr("AmoDesk shows this type but cannot write it");
        return {};
    case Qt::FontRole:
        if (index.column() == TypeColumn && !n.isWritable()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return shortTime(showsChangeTime() ? n.updatedAt : n.createdAt);
        case TypeColumn: return NoteDescriber::typeName(n.type);
        case EntityColumn: { // the pane names the entity type already
            const QString name = entityName(n);
            return name.isEmpty() ? tr("#%1").arg(n.entityId) : name;
        }
        case AuthorColumn: return userName(n.createdBy);
        case ResponsibleColumn: return userName(n.responsibleUserId);
        case SummaryColumn: return NoteDescriber::summary(n.type, n.params);
        }
        return {};
    default:
        return {};
    }
}

QVariant NoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return showsChangeTime() ? tr("Changed") : tr("Created");
    case TypeColumn: return tr("Type");
    case EntityColumn: return tr("Entity");
    case AuthorColumn: return tr("Author");
    case ResponsibleColumn: return tr("Responsible");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

} // namespace amodesk

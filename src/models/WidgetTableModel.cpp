#include "WidgetTableModel.h"

#include "WidgetNames.h"

#include "api/ApiClient.h"
#include "services/AccountDirectory.h"
#include "services/ApiEndpoints.h"

#include <QJsonArray>
#include <QLocale>

namespace amodesk {

namespace {
constexpr int kPageSize = 250;
} // namespace

WidgetTableModel::WidgetTableModel(QObject *parent) : PagedTableModel(parent)
{
    setObjectName(QStringLiteral("widgetModel"));
}

void WidgetTableModel::setSource(ApiClient *api, AccountDirectory *directory)
{
    m_api = api;
    m_directory = directory;
    reload();
}

void WidgetTableModel::reload()
{
    stopList();
    beginResetModel();
    m_widgets.clear();
    endResetModel();
    if (m_api)
        startList(m_api, WidgetsApi::listPath(), {}, QStringLiteral("widgets"), kPageSize);
}

void WidgetTableModel::appendItems(const QJsonArray &items)
{
    beginInsertRows({}, int(m_widgets.size()), int(m_widgets.size() + items.size() - 1));
    for (const QJsonValue &v : items)
        m_widgets.append(Widget::fromJson(v.toObject()));
    endInsertRows();
}

int WidgetTableModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_widgets.size(); ++i) {
        if (m_widgets[i].code == code)
            return i;
    }
    return -1;
}

void WidgetTableModel::replaceWidget(const Widget &widget)
{
    const int row = rowOfCode(widget.code);
    if (row < 0)
        return;
    m_widgets[row] = widget;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WidgetTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_widgets.size()); }
int WidgetTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WidgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_widgets.size())
        return {};
    const Widget &w = m_widgets.at(index.row());
    const auto yes = [](bool on) { return on ? tr("Yes") : QString(); };
    switch (role) {
    case WidgetRole: return w.raw;
    case InstalledRole: return w.installed;
    case LeadSourceRole: return w.leadSource;
    case DigitalPipelineRole: return w.digitalPipeline;
    case SortRole:
        if (index.column() == RatingColumn)
            return w.rating;
        if (index.column() == InstalledColumn)
            return w.installed;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == IntegrationColumn && !w.clientUuid.isEmpty())
            return tr("Integration %1").arg(w.clientUuid);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RatingColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return readableWidgetName(w.code);
        case CodeColumn: return w.code;
        case VersionColumn: return w.version;
        case RatingColumn: return QLocale().toString(w.rating, 'f', 1);
        case InstalledColumn: return yes(w.installed);
        case LeadSourceColumn: {
            if (!w.leadSource)
                return QString();
            if (w.pipelineId == 0)
                return tr("Yes");
            const QString name = m_directory ? m_directory->pipelineName(w.pipelineId) : QString();
            return tr("Yes, into %1").arg(name.isEmpty() ? tr("pipeline #%1").arg(w.pipelineId) : name);
        }
        case DigitalPipelineColumn: return yes(w.digitalPipeline);
        case SolutionColumn: return yes(w.solution);
        case IntegrationColumn: return yes(!w.clientUuid.isEmpty()); // its id in the tool tip
        }
        return {};
    default:
        return {};
    }
}

QVariant WidgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Widget");
    case CodeColumn: return tr("Code");
    case VersionColumn: return tr("Version");
    case RatingColumn: return tr("Rating");
    case InstalledColumn: return tr("Installed");
    case LeadSourceColumn: return tr("Lead source");
    case DigitalPipelineColumn: return tr("Digital Pipeline");
    case SolutionColumn: return tr("Industry solution");
    case IntegrationColumn: return tr("Integration (OAuth)");
    }
    return {};
}

bool WidgetFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_installed && !i.data(WidgetTableModel::InstalledRole).toBool())
        return false;
    if (m_leadSources && !i.data(WidgetTableModel::LeadSourceRole).toBool())
        return false;
    if (m_dp && !i.data(WidgetTableModel::DigitalPipelineRole).toBool())
        return false;
    return m_search.isEmpty() || i.data().toString().contains(m_search, Qt::CaseInsensitive)
        || i.siblingAtColumn(WidgetTableModel::CodeColumn).data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace amodesk

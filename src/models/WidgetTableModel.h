#pragma once

#include "PagedTableModel.h"
#include "domain/Widget.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace amodesk {

class AccountDirectory;

// The widget catalog (WidgetsApi::listPath), read page by page.
class WidgetTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, VersionColumn, RatingColumn, InstalledColumn, LeadSourceColumn, DigitalPipelineColumn,
                  SolutionColumn, IntegrationColumn, ColumnCount };
    enum Role {
        WidgetRole = Qt::UserRole + 1, // the widget as amoCRM sent it
        SortRole,
        InstalledRole,
        LeadSourceRole,
        DigitalPipelineRole
    };

    explicit WidgetTableModel(QObject *parent = nullptr);

    void setSource(ApiClient *api, AccountDirectory *directory);
    void reload();
    Widget widgetAt(int row) const { return m_widgets.value(row); }
    int rowOfCode(const QString &code) const;
    void replaceWidget(const Widget &widget); // a fresher copy (after install or uninstall)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void appendItems(const QJsonArray &items) override;

private:
    QPointer<ApiClient> m_api;
    AccountDirectory *m_directory = nullptr;
    QList<Widget> m_widgets;
};

// Quick filters and a search by code over the catalog; sorts ratings as numbers.
class WidgetFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setInstalledOnly(bool on) { m_installed = on; invalidateFilter(); }
    void setLeadSourcesOnly(bool on) { m_leadSources = on; invalidateFilter(); }
    void setDigitalPipelineOnly(bool on) { m_dp = on; invalidateFilter(); }
    void setSearch(const QString &text) { m_search = text.trimmed(); invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    bool m_installed = false, m_leadSources = false, m_dp = false;
    QString m_search;
};

} // namespace amodesk

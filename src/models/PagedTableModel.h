#pragma once

#include "api/ListPage.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace amodesk {

class ApiClient;
class Pager;

// A table read from one API list page by page as the view scrolls (canFetchMore/fetchMore).
// Every restart begins a new generation; a page of an older one is dropped unseen.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);

protected:
    void stopList(); // what is still on its way belongs to the past
    // Starts reading path?query (after stopList), the first page at once.
    void startList(ApiClient *api, const QString &path, const QByteArray &query, const QString &embeddedName, int pageSize,
                   const ItemCheck &check = {});
    virtual void appendItems(const QJsonArray &items) = 0; // a page of the current generation, never empty

private:
    void setLoading(bool loading);

    Pager *m_pager = nullptr;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace amodesk

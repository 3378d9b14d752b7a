#include "PagedTableModel.h"

#include "api/Pager.h"

namespace amodesk {

void PagedTableModel::stopList()
{
    ++m_generation;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    setLoading(false);
}

void PagedTableModel::startList(ApiClient *api, const QString &path, const QByteArray &query, const QString &embeddedName, int pageSize,
                                const ItemCheck &check)
{
    m_pager = new Pager(api, path, query, embeddedName, pageSize, this);
    m_pager->setItemCheck(check);
    const int generation = m_generation;
    connect(m_pager, &Pager::page, this, [this, generation](int, const QJsonArray &items) {
        if (generation == m_generation && !items.isEmpty())
            appendItems(items);
    });
    connect(m_pager, &Pager::finished, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (error.isError() && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT failed(error.message());
    });
    fetchMore({});
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_pager->isClosed() && !m_loading; // a failed list is not asked again by scrolling
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    m_pager->fetchNext();
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace amodesk

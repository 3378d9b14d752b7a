#pragma once

#include <QSortFilterProxyModel>

namespace amodesk {

// The API's loaded events as the table shows them: time sorted by its timestamp, the rest by
// what is shown; searched in everything a row says.
class EventProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override;
};

} // namespace amodesk

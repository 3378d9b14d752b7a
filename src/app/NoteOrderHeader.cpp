#include "NoteOrderHeader.h"

#include <QHeaderView>
#include <QSettings>

namespace amodesk {

namespace {
QString settingsKey(const QString &accountId) { return QStringLiteral("notes/order/") + accountId; }
} // namespace

NoteOrderHeader::NoteOrderHeader(QHeaderView *header, int timeColumn, QObject *parent)
    : QObject(parent), m_header(header), m_timeColumn(timeColumn)
{
    m_header->setSectionsClickable(true);
    m_header->setSortIndicatorShown(true);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column == m_timeColumn) {
            Q_EMIT orderWanted(order == Qt::DescendingOrder);
            return;
        }
        const QSignalBlocker quiet(m_header);
        m_header->setSortIndicator(m_timeColumn, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        Q_EMIT cannotSort(column);
    });
}

void NoteOrderHeader::show(const NoteFilter &filter)
{
    m_descending = filter.orderField.isEmpty() ? false : filter.descending; // the API's own order is oldest first
    const QSignalBlocker quiet(m_header);
    m_header->setSortIndicator(m_timeColumn, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

NoteFilter NoteOrderHeader::withSavedOrder(NoteFilter filter, const QString &accountId)
{
    const QStringList saved = QSettings().value(settingsKey(accountId), QStringLiteral("id:desc")).toString().split(u':');
    filter.orderField = saved.value(0) == u"updated_at" ? QStringLiteral("updated_at") : saved.value(0) == u"id" ? QStringLiteral("id") : QString();
    filter.descending = saved.value(1) == u"desc";
    return filter;
}

void NoteOrderHeader::saveOrder(const NoteFilter &filter, const QString &accountId)
{
    const QString order = filter.orderField + (filter.descending ? QStringLiteral(":desc") : QStringLiteral(":asc"));
    QSettings().setValue(settingsKey(accountId), order);
}

} // namespace amodesk

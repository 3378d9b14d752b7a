#include "FittedColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace amodesk {

namespace {
constexpr int kWidestFitted = 320; // a long name is cut rather than push the rest away
}

FittedColumns::FittedColumns(QTableView *table, const QString &settingsKey, const QList<int> &fitted, QObject *parent)
    : QObject(parent), m_table(table), m_settingsKey(settingsKey), m_fitted(fitted)
{
    m_done = m_table->horizontalHeader()->restoreState(QSettings().value(key()).toByteArray());
    m_table->installEventFilter(this);
    // The (hidden) row header counts the rows of whichever model the table shows.
    connect(m_table->verticalHeader(), &QHeaderView::sectionCountChanged, this, [this] { QTimer::singleShot(0, this, &FittedColumns::fitOnce); });
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &FittedColumns::fitOnce); // once laid out
    return false;
}

QString FittedColumns::key() const { return m_settingsKey + u'/' + QLocale().name().left(2); }

void FittedColumns::fitOnce()
{
    // A table not shown yet has no rows in view to measure.
    if (m_done || !m_table->isVisible() || !m_table->model() || m_table->model()->rowCount() == 0)
        return;
    m_done = true;
    for (int column : m_fitted) {
        const int before = m_table->columnWidth(column);
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, qBound(before, m_table->columnWidth(column), kWidestFitted));
    }
}

void FittedColumns::save() const
{
    QSettings().setValue(key(), m_table->horizontalHeader()->saveState());
}

} // namespace amodesk

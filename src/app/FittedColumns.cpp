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

FittedColumns::FittedColumns(QTableView *table, const QString &settingsKey, const QList<Column> &fitted, QObject *parent)
    : QObject(parent), m_table(table), m_settingsKey(settingsKey)
{
    for (const Column &column : fitted) {
        m_fitted << column.index;
        if (column.startWidth > 0)
            m_table->setColumnWidth(column.index, column.startWidth);
    }
    QHeaderView *header = m_table->horizontalHeader();
    m_kept = header->restoreState(QSettings().value(key()).toByteArray());
    m_table->installEventFilter(this);
    // The (hidden) row header counts the rows of whichever model the table shows.
    connect(m_table->verticalHeader(), &QHeaderView::sectionCountChanged, this, [this] { QTimer::singleShot(0, this, &FittedColumns::fit); });
    const auto keptByUser = [this] {
        m_kept = true;
        save();
    };
    connect(header, &QHeaderView::sectionResized, this, [this, keptByUser](int logical) {
        if (!m_fitting && !isStretched(logical)) // the stretched one follows the window, not the user
            keptByUser();
    });
    connect(header, &QHeaderView::sectionMoved, this, keptByUser);
}

bool FittedColumns::isStretched(int logical) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    if (!header->stretchLastSection())
        return false;
    int last = header->count() - 1;
    while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
        --last;
    return header->visualIndex(logical) == last;
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &FittedColumns::fit); // once laid out
    return false;
}

QString FittedColumns::key() const { return m_settingsKey + u'/' + QLocale().name().left(2); }

void FittedColumns::fit()
{
    // A table not shown yet has no rows in view to measure.
    if (m_kept || !m_table->isVisible() || !m_table->model() || m_table->model()->rowCount() == 0)
        return;
    m_fitting = true;
    for (int column : m_fitted) {
        const int before = m_table->columnWidth(column);
        m_table->resizeColumnToContents(column);
        // Widened for longer rows, never narrowed under the reader's eyes.
        m_table->setColumnWidth(column, qMax(before, qMin(m_table->columnWidth(column), kWidestFitted)));
    }
    m_fitting = false;
}

void FittedColumns::save() const
{
    if (m_kept)
        QSettings().setValue(key(), m_table->horizontalHeader()->saveState());
}

} // namespace amodesk

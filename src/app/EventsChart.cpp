#include "EventsChart.h"

#include "cache/EventCache.h"
#include "domain/EventFilter.h"
#include "services/AccountDirectory.h"
#include "domain/TimeText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace amodesk {

EventsChart::EventsChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("EventsChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(270); // room for a legend of seven
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void EventsChart::show(const EventCache *cache, const AccountDirectory *directory)
{
    m_days.clear();
    m_types.clear();
    m_values.clear();
    auto *chart = new QChart;
    chart->setTitle(tr("Events a day, last %n day(s) of the cache", nullptr, kDays));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    const qint64 newest = cache ? cache->newestCreatedAt() : 0;
    if (newest > 0) {
        const int offset = QDateTime::fromSecsSinceEpoch(newest).offsetFromUtc();
        const qint64 lastDay = ((newest + offset) / 86400) * 86400 - offset;
        const qint64 firstDay = lastDay - (kDays - 1) * 86400LL;
        for (qint64 day = firstDay; day <= lastDay; day += 86400)
            m_days << day;
        const QList<EventCache::DayCount> counts = cache->countsByDay(firstDay, lastDay + 86400 - 1, offset);
        QHash<QString, int> totals;
        for (const auto &c : counts)
            totals[c.type] += c.count;
        QList<QPair<int, QString>> ranked;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        for (int i = 0; i < ranked.size() && i < kTypes; ++i)
            m_types << ranked[i].second;
        const bool others = ranked.size() > kTypes;
        if (others)
            m_types << QString();
        QList<QList<int>> values(m_types.size(), QList<int>(m_days.size(), 0));
        for (const auto &c : counts) {
            const qsizetype day = m_days.indexOf(c.dayStart);
            qsizetype type = m_types.indexOf(c.type);
            if (type < 0)
                type = m_types.size() - 1; // others
            if (day >= 0 && type >= 0)
                values[type][day] += c.count;
        }
        m_values = values;
        auto *series = new QStackedBarSeries;
        for (int t = 0; t < m_types.size(); ++t) {
            const QString label = m_types[t].isEmpty() ? tr("Other types") : directory ? directory->eventTypeName(m_types[t]) : m_types[t];
            auto *set = new QBarSet(label);
            for (int v : values[t])
                *set << v;
            connect(set, &QBarSet::clicked, this, [this, t](int day) { clickBar(t, day); });
            series->append(set);
        }
        chart->addSeries(series);
        QStringList labels;
        for (qint64 day : std::as_const(m_days))
            labels << dayAndMonth(QDateTime::fromSecsSinceEpoch(day).date());
        auto *x = new QBarCategoryAxis;
        x->append(labels);
        x->setLabelsAngle(-90); // thirty dates fit only standing up
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        x->setLabelsFont(small);
        int highest = 1;
        for (int d = 0; d < m_days.size(); ++d) {
            int sum = 0;
            for (const QList<int> &perType : std::as_const(m_values))
                sum += perType.value(d);
            highest = qMax(highest, sum);
        }
        auto *y = new QValueAxis; // whole events: whole steps
        int step = 1;
        while (highest / step > 6)
            step *= highest / step > 30 ? 5 : 2;
        y->setRange(0, ((highest + step - 1) / step) * step);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(step);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    followPalette(chart);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    setToolTip(tr("Click a bar to show the events of that day and type"));
}

// The chart's own themes are a white card or a fixed dark one; it takes the window's colours
// instead, with the theme of the matching lightness for the bars.
void EventsChart::followPalette(QChart *chart) const
{
    const QPalette p = palette();
    chart->setTheme(p.color(QPalette::Base).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.base());
    chart->setTitleBrush(p.text());
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    m_view->setBackgroundBrush(p.window());
}

void EventsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view->chart())
        followPalette(m_view->chart());
}

void EventsChart::clickBar(int typeIndex, int dayIndex)
{
    if (dayIndex < 0 || dayIndex >= m_days.size() || typeIndex < 0 || typeIndex >= m_types.size())
        return;
    EventFilter f;
    f.createdFrom = m_days[dayIndex];
    f.createdTo = m_days[dayIndex] + 86400 - 1;
    if (!m_types[typeIndex].isEmpty())
        f.types = {m_types[typeIndex]};
    Q_EMIT narrowTo(f);
}

} // namespace amodesk

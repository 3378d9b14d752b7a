#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace amodesk {

class AccountDirectory;
class EventCache;
struct EventFilter;

// Events a day by type over the last days of the cache, as stacked bars. A click on a bar
// asks for the events of that day and type.
class EventsChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDays = 30;
    static constexpr int kTypes = 6; // the most frequent; the rest together

    explicit EventsChart(QWidget *parent = nullptr);
    void show(const EventCache *cache, const AccountDirectory *directory);
    int dayCount() const { return int(m_days.size()); }
    QStringList types() const { return m_types; }
    void clickBar(int typeIndex, int dayIndex); // what a click on a bar does
    int count(int typeIndex, int dayIndex) const { return m_values.value(typeIndex).value(dayIndex); }

Q_SIGNALS:
    void narrowTo(const amodesk::EventFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette(QChart *chart) const;

    QChartView *m_view;
    QList<qint64> m_days;
    QStringList m_types; // event type keys; an empty key is "all other types"
    QList<QList<int>> m_values;
};

} // namespace amodesk

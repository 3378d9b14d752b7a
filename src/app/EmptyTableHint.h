#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace amodesk {

// Says, in the middle of an empty table, why it is empty and how to widen it, instead of a
// blank grid. The text comes from the pane (empty while loading or when nothing is to be said)
// and is asked again whenever the view's rows change or refresh() is called.
class EmptyTableHint : public QObject
{
    Q_OBJECT
public:
    EmptyTableHint(QTableView *view, std::function<QString()> whyEmpty);

    void refresh();
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QAbstractItemModel *model);
    void place();

    QTableView *m_view;
    std::function<QString()> m_whyEmpty;
    QLabel *m_label;
    QPointer<QAbstractItemModel> m_watched;
};

} // namespace amodesk

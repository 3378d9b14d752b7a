#include "EmptyTableHint.h"

#include <QEvent>
#include <QLabel>
#include <QTableView>

namespace amodesk {

EmptyTableHint::EmptyTableHint(QTableView *view, std::function<QString()> whyEmpty)
    : QObject(view), m_view(view), m_whyEmpty(std::move(whyEmpty)), m_label(new QLabel(view->viewport()))
{
    m_label->setObjectName(QStringLiteral("emptyTableHint"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->hide();
    view->viewport()->installEventFilter(this);
    refresh();
}

void EmptyTableHint::watch(QAbstractItemModel *model)
{
    if (m_watched == model)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyTableHint::refresh);
}

void EmptyTableHint::refresh()
{
    watch(m_view->model()); // the pane may have put another model in the view
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    const QString text = empty ? m_whyEmpty() : QString();
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
    place();
}

void EmptyTableHint::place()
{
    const QRect area = m_view->viewport()->rect();
    const int width = qMin(area.width() - 40, 560);
    m_label->setFixedWidth(qMax(120, width));
    m_label->adjustSize();
    m_label->move(area.center() - QPoint(m_label->width() / 2, m_label->height() / 2));
}

bool EmptyTableHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace amodesk

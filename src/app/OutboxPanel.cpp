#include "OutboxPanel.h"

#include "OutboxModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace amodesk {

OutboxPanel::OutboxPanel(QWidget *parent)
    : QWidget(parent), m_model(new OutboxModel(this)), m_table(new QTableView(this)),
      m_retry(new QPushButton(tr("Retry"), this)), m_discard(new QPushButton(tr("Discard…"), this)), m_refreshTimer(new QTimer(this))
{
    m_model->setObjectName(QStringLiteral("outbox"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutboxPanel::refresh);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxModel::StateColumn, 120);
    m_table->setColumnWidth(OutboxModel::WhatColumn, 190);
    m_table->setColumnWidth(OutboxModel::EntityColumn, 240);
    m_table->setColumnWidth(OutboxModel::SummaryColumn, 260);
    m_retry->setToolTip(tr("Send the selected failed notes again"));
    m_discard->setToolTip(tr("Throw away the selected notes that are waiting or failed"));
    auto *sendNow = new QPushButton(tr("Send now"), this);
    auto *clear = new QPushButton(tr("Clear confirmed"), this);
    connect(m_retry, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { act(false); });
    connect(sendNow, &QPushButton::clicked, this, &OutboxPanel::sendRequested);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->clearConfirmed();
        refresh();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(sendNow);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
}

void OutboxPanel::setOutbox(NoteOutbox *outbox)
{
    m_outbox = outbox;
    m_model->setOutbox(outbox);
    Q_EMIT changed();
}

void OutboxPanel::refreshSoon()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void OutboxPanel::refresh()
{
    m_refreshTimer->stop();
    m_model->refresh();
    Q_EMIT changed();
}

QString OutboxPanel::headline() const
{
    const int waiting = m_model->count(OutboxItem::State::Pending) + m_model->count(OutboxItem::State::Sent);
    const int failed = m_model->count(OutboxItem::State::Failed);
    if (waiting == 0 && failed == 0)
        return tr("Outbox: all sent");
    if (failed == 0)
        return tr("Outbox: %n waiting", nullptr, waiting);
    if (waiting == 0)
        return tr("Outbox: %n failed", nullptr, failed);
    return tr("Outbox: %1 waiting, %2 failed").arg(waiting).arg(failed);
}

void OutboxPanel::act(bool retry)
{
    if (!m_outbox)
        return;
    QList<qint64> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.data(OutboxModel::RowIdRole).toLongLong();
    if (rows.isEmpty())
        return;
    if (!retry && QMessageBox::question(this, tr("Discard notes"),
                                        tr("Throw away %n note(s) that the server has not confirmed? They will not be sent.", nullptr, int(rows.size())))
                      != QMessageBox::Yes)
        return;
    for (qint64 id : rows) {
        if (retry)
            m_outbox->retry(id);
        else
            m_outbox->discard(id);
    }
    refresh();
    if (retry)
        Q_EMIT sendRequested();
}

} // namespace amodesk

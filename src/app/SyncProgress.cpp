#include "SyncProgress.h"

#include "services/EventSync.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace amodesk {

SyncProgress::SyncProgress(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(260);
    m_cancel->setText(tr("Cancel"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    setVisible(false);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
        setVisible(false);
        Q_EMIT said(tr("Sync stopped; it goes on from where it stopped the next time the account opens."));
    });
}

void SyncProgress::setSync(EventSync *sync)
{
    m_sync = sync;
    setVisible(false);
    if (!sync)
        return;
    connect(sync, &EventSync::progress, this, &SyncProgress::showProgress);
    connect(sync, &EventSync::finished, this, [this] { setVisible(false); });
}

void SyncProgress::begin()
{
    m_bar->setValue(0);
    setVisible(true);
}

void SyncProgress::showProgress(qint64 events, double perSecond, double fraction, qint64 eta)
{
    setVisible(true);
    m_bar->setValue(int(fraction * 1000));
    Q_EMIT said(tr("Syncing: %n event(s), %1 a second, about %2 left", nullptr, int(events))
                          .arg(qRound(perSecond))
                          .arg(eta < 0 ? tr("?") : QStringLiteral("%1:%2").arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0'))));
}

} // namespace amodesk

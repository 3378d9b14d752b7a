#include "SyncPeriodDialog.h"
#include "ui_SyncPeriodDialog.h"

#include "Tones.h"

#include <QDateTime>

namespace amodesk {

SyncPeriodDialog::SyncPeriodDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SyncPeriodDialog>())
{
    m_ui->setupUi(this);
    m_ui->from->setDate(QDate::currentDate().addMonths(-1));
    m_ui->to->setDate(QDate::currentDate());
    m_ui->error->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SyncPeriodDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDateEdit *edit : {m_ui->from, m_ui->to})
        connect(edit, &QDateEdit::dateChanged, m_ui->error, &QWidget::hide);
}

SyncPeriodDialog::~SyncPeriodDialog() = default;

qint64 SyncPeriodDialog::fromSeconds() const
{
    return m_ui->from->date().startOfDay().toSecsSinceEpoch();
}

qint64 SyncPeriodDialog::toSeconds() const
{
    return m_ui->to->date().endOfDay().toSecsSinceEpoch();
}

void SyncPeriodDialog::accept()
{
    if (m_ui->from->date() > m_ui->to->date()) {
        m_ui->error->setText(tr("The period starts after it ends."));
        m_ui->error->setStyleSheet(toneStyle(Tone::Error));
        m_ui->error->show();
        m_ui->from->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace amodesk

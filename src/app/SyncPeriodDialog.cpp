#include "SyncPeriodDialog.h"
#include "ui_SyncPeriodDialog.h"

#include <QDateTime>

namespace amodesk {

SyncPeriodDialog::SyncPeriodDialog(QWidget *parent) : FormDialog(parent), m_ui(std::make_unique<Ui::SyncPeriodDialog>())
{
    m_ui->setupUi(this);
    setForm(m_ui->error, m_ui->buttons);
    connect(m_ui->to, &QDateEdit::dateChanged, this, &SyncPeriodDialog::clearIssues); // either end mends it
    load();
}

void SyncPeriodDialog::load()
{
    m_ui->from->setDate(QDate::currentDate().addMonths(-1));
    m_ui->to->setDate(QDate::currentDate());
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

FormDialog::Issues SyncPeriodDialog::validate()
{
    if (m_ui->from->date() > m_ui->to->date())
        return {{tr("The period starts after it ends."), m_ui->from}};
    return {};
}

} // namespace amodesk

#include "NoteFilterDialog.h"
#include "ui_NoteFilterDialog.h"

#include "describe/NoteDescriber.h"
#include "domain/IdLists.h"
#include "domain/TimeText.h"
#include "domain/WriteRules.h"

#include <QPushButton>

namespace amodesk {

namespace {
QStringList readableTypes() // the writable ten, then types AmoDesk only reads
{
    return writableNoteTypes() + NoteDescriber::readOnlyTypes();
}

const QStringList kOrders{QString(), QStringLiteral("updated_at:asc"), QStringLiteral("updated_at:desc"), QStringLiteral("id:asc"),
                          QStringLiteral("id:desc")}; // as the form lists them
} // namespace

NoteFilterDialog::NoteFilterDialog(const NoteFilter &filter, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<Ui::NoteFilterDialog>()), m_filter(filter)
{
    m_ui->setupUi(this);
    for (const QString &t : readableTypes()) {
        auto *item = new QListWidgetItem(NoteDescriber::typeName(t), m_ui->types);
        item->setData(Qt::UserRole, t);
    }
    for (QDateTimeEdit *edit : {m_ui->from, m_ui->to}) {
        edit->setDisplayFormat(shortTimeFormat());
        // The style's size hint leaves the calendar arrow over the time: room for both.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88")) + 48);
    }
    connect(m_ui->fromOn, &QCheckBox::toggled, m_ui->from, &QWidget::setEnabled);
    connect(m_ui->toOn, &QCheckBox::toggled, m_ui->to, &QWidget::setEnabled);
    for (int i = 0; i < kOrders.size(); ++i)
        m_ui->order->setItemData(i, kOrders[i]);
    setForm(m_ui->error, m_ui->buttons);
    connect(m_ui->buttons->button(QDialogButtonBox::Reset), &QAbstractButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->types->count(); ++i)
            m_ui->types->item(i)->setCheckState(Qt::Unchecked);
        m_ui->noteIds->clear();
        m_ui->entityIds->clear();
        m_ui->fromOn->setChecked(false);
        m_ui->toOn->setChecked(false);
        m_ui->order->setCurrentIndex(0);
    });
    load();
}

void NoteFilterDialog::load()
{
    for (int i = 0; i < m_ui->types->count(); ++i) {
        QListWidgetItem *item = m_ui->types->item(i);
        item->setCheckState(m_filter.noteTypes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->noteIds->setText(idListText(m_filter.ids));
    m_ui->entityIds->setText(idListText(m_filter.entityIds));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromOn->setChecked(m_filter.updatedFrom != 0);
    m_ui->toOn->setChecked(m_filter.updatedTo != 0);
    m_ui->from->setDateTime(m_filter.updatedFrom ? QDateTime::fromSecsSinceEpoch(m_filter.updatedFrom) : now.addDays(-7));
    m_ui->to->setDateTime(m_filter.updatedTo ? QDateTime::fromSecsSinceEpoch(m_filter.updatedTo) : now);
    m_ui->from->setEnabled(m_ui->fromOn->isChecked());
    m_ui->to->setEnabled(m_ui->toOn->isChecked());
    const QString current = m_filter.orderField.isEmpty()
        ? QString()
        : m_filter.orderField + (m_filter.descending ? QStringLiteral(":desc") : QStringLiteral(":asc"));
    m_ui->order->setCurrentIndex(qMax(0, m_ui->order->findData(current)));
}

NoteFilterDialog::~NoteFilterDialog() = default;


FormDialog::Issues NoteFilterDialog::validate()
{
    NoteFilter f;
    Issues issues;
    if (!parseIdList(m_ui->noteIds->text(), f.ids))
        issues.append({describe({{tr("Note IDs"), tr("must be numbers separated by commas")}}), m_ui->noteIds});
    if (!parseIdList(m_ui->entityIds->text(), f.entityIds))
        issues.append({describe({{tr("Entity IDs"), tr("must be numbers separated by commas")}}), m_ui->entityIds});
    for (int i = 0; i < m_ui->types->count(); ++i) {
        if (m_ui->types->item(i)->checkState() == Qt::Checked)
            f.noteTypes << m_ui->types->item(i)->data(Qt::UserRole).toString();
    }
    f.updatedFrom = m_ui->fromOn->isChecked() ? m_ui->from->dateTime().toSecsSinceEpoch() : 0;
    f.updatedTo = m_ui->toOn->isChecked() ? m_ui->to->dateTime().toSecsSinceEpoch() : 0;
    const QStringList order = m_ui->order->currentData().toString().split(u':');
    if (order.size() == 2) {
        f.orderField = order[0];
        f.descending = order[1] == u"desc";
    }
    for (const ValidationIssue &issue : f.check())
        issues.append({describe({issue}), nullptr});
    if (issues.isEmpty())
        m_filter = f;
    return issues;
}

} // namespace amodesk

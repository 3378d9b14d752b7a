#include "NoteFilterDialog.h"
#include "Tones.h"

#include "describe/NoteDescriber.h"
#include "domain/IdLists.h"
#include "domain/WriteRules.h"
#include "domain/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QStringList readableTypes() // the writable ten, then types AmoDesk only reads
{
    return writableNoteTypes() + NoteDescriber::readOnlyTypes();
}
} // namespace

NoteFilterDialog::NoteFilterDialog(const NoteFilter &filter, QWidget *parent)
    : QDialog(parent), m_filter(filter), m_types(new QListWidget(this)), m_noteIds(new QLineEdit(this)),
      m_entityIds(new QLineEdit(this)), m_fromOn(new QCheckBox(tr("From"), this)), m_toOn(new QCheckBox(tr("To"), this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)), m_order(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Filter notes"));
    for (const QString &t : readableTypes()) {
        auto *item = new QListWidgetItem(NoteDescriber::typeName(t), m_types);
        item->setData(Qt::UserRole, t);
        item->setCheckState(filter.noteTypes.contains(t) ? Qt::Checked : Qt::Unchecked);
    }
    m_types->setMinimumHeight(180);
    m_noteIds->setText(idListText(filter.ids));
    m_noteIds->setPlaceholderText(tr("any; several separated by commas"));
    m_entityIds->setText(idListText(filter.entityIds));
    m_entityIds->setPlaceholderText(tr("any; several separated by commas"));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortTimeFormat());
        // The style's size hint leaves the calendar arrow over the time: room for both.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88")) + 48);
    }
    m_fromOn->setChecked(filter.updatedFrom != 0);
    m_toOn->setChecked(filter.updatedTo != 0);
    m_from->setDateTime(filter.updatedFrom ? QDateTime::fromSecsSinceEpoch(filter.updatedFrom) : now.addDays(-7));
    m_to->setDateTime(filter.updatedTo ? QDateTime::fromSecsSinceEpoch(filter.updatedTo) : now);
    m_from->setEnabled(m_fromOn->isChecked());
    m_to->setEnabled(m_toOn->isChecked());
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_order->addItem(tr("As the API lists them"), QString());
    m_order->addItem(tr("Changed, oldest first"), QStringLiteral("updated_at:asc"));
    m_order->addItem(tr("Changed, newest first"), QStringLiteral("updated_at:desc"));
    m_order->addItem(tr("ID, ascending"), QStringLiteral("id:asc"));
    m_order->addItem(tr("ID, descending"), QStringLiteral("id:desc"));
    const QString current = filter.orderField.isEmpty() ? QString() : filter.orderField + (filter.descending ? QStringLiteral(":desc") : QStringLiteral(":asc"));
    m_order->setCurrentIndex(qMax(0, m_order->findData(current)));
    m_error->setStyleSheet(toneStyle(Tone::Error));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Note types:"), m_types);
    form->addRow(tr("Note IDs:"), m_noteIds);
    form->addRow(tr("Entity IDs:"), m_entityIds);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromOn);
    period->addWidget(m_from, 1);
    period->addWidget(m_toOn);
    period->addWidget(m_to, 1);
    form->addRow(tr("Changed:"), period);
    form->addRow(tr("Order:"), m_order);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteFilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteFilterDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QAbstractButton::clicked, this, [this] {
        for (int i = 0; i < m_types->count(); ++i)
            m_types->item(i)->setCheckState(Qt::Unchecked);
        m_noteIds->clear();
        m_entityIds->clear();
        m_fromOn->setChecked(false);
        m_toOn->setChecked(false);
        m_order->setCurrentIndex(0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NoteFilterDialog::accept()
{
    NoteFilter f;
    ValidationIssues issues;
    if (!parseIdList(m_noteIds->text(), f.ids))
        issues.append({tr("Note IDs"), tr("must be numbers separated by commas")});
    if (!parseIdList(m_entityIds->text(), f.entityIds))
        issues.append({tr("Entity IDs"), tr("must be numbers separated by commas")});
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            f.noteTypes << m_types->item(i)->data(Qt::UserRole).toString();
    }
    f.updatedFrom = m_fromOn->isChecked() ? m_from->dateTime().toSecsSinceEpoch() : 0;
    f.updatedTo = m_toOn->isChecked() ? m_to->dateTime().toSecsSinceEpoch() : 0;
    const QStringList order = m_order->currentData().toString().split(u':');
    if (order.size() == 2) {
        f.orderField = order[0];
        f.descending = order[1] == u"desc";
    }
    issues += f.check();
    if (!issues.isEmpty()) {
        m_error->setText(describe(issues));
        m_error->setVisible(true);
        return;
    }
    m_filter = f;
    QDialog::accept();
}

} // namespace amodesk

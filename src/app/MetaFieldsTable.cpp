#include "MetaFieldsTable.h"

#include "services/AccountDirectory.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace amodesk {

namespace {
enum Column { FieldColumn, ValueColumn, OptionColumn, SubtypeColumn, ColumnCount };
}

MetaFieldsTable::MetaFieldsTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Option"), tr("Address part")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setMinimumHeight(110);
}

void MetaFieldsTable::addField()
{
    const int row = rowCount();
    insertRow(row);
    auto *field = new QComboBox(this);
    field->addItem(tr("— choose —"), 0);
    if (m_directory) {
        // The fields of the entity the data goes to; all of them when the account's list is not known.
        const QList<qint64> own = m_directory->fieldIds(m_entityType);
        for (const auto &[name, id] : sortedByName(m_directory->fields())) {
            if (own.isEmpty() || own.contains(id))
                field->addItem(name, id);
        }
    }
    auto *value = new QLineEdit(this);
    auto *option = new QComboBox(this);
    auto *subtype = new QComboBox(this);
    subtype->addItem(tr("—"), QString());
    for (const QString &s : SetMetaParams::addressSubtypes())
        subtype->addItem(s, s);
    auto fillOptions = [this, field, option] {
        option->clear();
        option->addItem(tr("—"), 0);
        if (m_directory) {
            for (const auto &e : m_directory->fieldEnums(field->currentData().toLongLong()))
                option->addItem(e.second, e.first);
        }
        option->setEnabled(option->count() > 1);
    };
    fillOptions();
    connect(field, &QComboBox::currentIndexChanged, this, [this, fillOptions] { fillOptions(); Q_EMIT changed(); });
    connect(option, &QComboBox::currentIndexChanged, this, &MetaFieldsTable::changed);
    connect(subtype, &QComboBox::currentIndexChanged, this, &MetaFieldsTable::changed);
    connect(value, &QLineEdit::textChanged, this, &MetaFieldsTable::changed);
    setCellWidget(row, FieldColumn, field);
    setCellWidget(row, ValueColumn, value);
    setCellWidget(row, OptionColumn, option);
    setCellWidget(row, SubtypeColumn, subtype);
    setColumnWidth(FieldColumn, 180);
    Q_EMIT changed();
}

void MetaFieldsTable::removeCurrent()
{
    removeRow(currentRow());
    Q_EMIT changed();
}

QList<MetaField> MetaFieldsTable::fields() const
{
    QList<MetaField> out;
    for (int r = 0; r < rowCount(); ++r) {
        MetaField f;
        f.id = qobject_cast<QComboBox *>(cellWidget(r, FieldColumn))->currentData().toLongLong();
        MetaFieldValue v;
        v.value = qobject_cast<QLineEdit *>(cellWidget(r, ValueColumn))->text().trimmed();
        v.enumId = qobject_cast<QComboBox *>(cellWidget(r, OptionColumn))->currentData().toLongLong();
        v.subtype = qobject_cast<QComboBox *>(cellWidget(r, SubtypeColumn))->currentData().toString();
        if (!v.value.isEmpty() || v.enumId != 0)
            f.values << v;
        out << f;
    }
    return out;
}

} // namespace amodesk

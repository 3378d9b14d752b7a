#include "FindEntityDialog.h"
#include "ui_FindEntityDialog.h"

#include "EntityPicker.h"
#include "describe/NoteDescriber.h"

#include <QPushButton>
#include <QSettings>

namespace amodesk {

namespace {
const QString kTypeKey = QStringLiteral("history/entity_type");
}

FindEntityDialog::FindEntityDialog(EntityNames *names, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<Ui::FindEntityDialog>()), m_names(names)
{
    m_ui->setupUi(this);
    for (const QString &type : {QStringLiteral("leads"), QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("customers")})
        m_ui->typeBox->addItem(NoteDescriber::entityTypeName(type, true), type);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Show &history"));
    setForm(m_ui->error, m_ui->buttons);
    connect(m_ui->typeBox, &QComboBox::currentIndexChanged, this, &FindEntityDialog::pickFrom);
    // What was said about the text goes with it, also when a name offered is chosen.
    connect(m_ui->query, &QLineEdit::textChanged, this, &FindEntityDialog::clearIssues);
    pickFrom(0);
    load();
}

void FindEntityDialog::load()
{
    m_ui->typeBox->setCurrentIndex(qMax(0, m_ui->typeBox->findData(QSettings().value(kTypeKey).toString())));
    m_ui->query->clear();
    m_ui->query->setFocus();
}

FindEntityDialog::~FindEntityDialog() = default;

void FindEntityDialog::pickFrom(int typeRow)
{
    delete m_picker; // a name is looked up among the entities of one type
    m_picker = new EntityPicker(m_ui->query, m_ui->names, m_names, m_ui->typeBox->itemData(typeRow).toString(), this);
}

QString FindEntityDialog::entityType() const
{
    return m_ui->typeBox->currentData().toString();
}

qint64 FindEntityDialog::entityId() const
{
    return m_id;
}

FormDialog::Issues FindEntityDialog::validate()
{
    bool isId = false;
    const QString text = m_ui->query->text().trimmed();
    const qint64 id = text.toLongLong(&isId);
    if (isId && id > 0) {
        m_id = id;
        return {};
    }
    return {{text.isEmpty() ? tr("Type the ID of the entity, or a part of its name and choose one of the names offered.")
                            : tr("«%1» is not an ID: choose one of the names offered as you type, or type the ID.").arg(text),
             m_ui->query}};
}

void FindEntityDialog::apply()
{
    QSettings().setValue(kTypeKey, entityType());
    finished();
}

} // namespace amodesk

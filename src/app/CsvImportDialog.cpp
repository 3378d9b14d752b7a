#include "CsvImportDialog.h"
#include "Tones.h"

#include "describe/NoteDescriber.h"
#include "NoteForm.h"
#include "domain/EntityTypeNames.h"
#include "domain/WriteRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amodesk {

namespace {
constexpr int kPreviewRows = 20;
constexpr int kProblemsShown = 8;
const QString kTypeFromColumn = QStringLiteral("@column");
} // namespace

CsvImportDialog::CsvImportDialog(const QString &entityType, QWidget *parent)
    : QDialog(parent), m_entityType(entityType), m_preview(new QTableWidget(this)), m_type(new QComboBox(this)),
      m_mapping(new QFormLayout), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Add notes from CSV"));
    resize(820, 560);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_type->setObjectName(QStringLiteral("noteType"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    for (const QString &t : writableNoteTypes())
        m_type->addItem(NoteDescriber::typeName(t), t);
    m_type->addItem(tr("Taken from a column"), kTypeFromColumn);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Queue notes"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("queue"));
    m_add->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CsvImportDialog::rebuildMapping);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The first rows of the file:"), this));
    layout->addWidget(m_preview, 1);
    auto *typeRow = new QFormLayout;
    typeRow->addRow(tr("Note type:"), m_type);
    layout->addLayout(typeRow);
    layout->addLayout(m_mapping);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

QString CsvImportDialog::chooseFile(QWidget *parent)
{
    const QString key = QStringLiteral("notes/csv_dir");
    const QString path = QFileDialog::getOpenFileName(parent, tr("Add notes from CSV"), QSettings().value(key).toString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        QSettings().setValue(key, QFileInfo(path).absolutePath());
    return path;
}

bool CsvImportDialog::loadFile(const QString &path)
{
    QString error;
    if (!CsvTable::readFile(path, m_table, &error)) {
        m_summary->setText(tr("%1 cannot be read as CSV: %2").arg(QFileInfo(path).fileName(), error));
        m_summary->setStyleSheet(toneStyle(Tone::Error));
        return false;
    }
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    m_preview->setRowCount(int(qMin<qsizetype>(kPreviewRows, m_table.rows.size())));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        for (int c = 0; c < m_table.rows[r].size() && c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows[r][c]));
    }
    m_preview->resizeColumnsToContents();
    rebuildMapping();
    return true;
}

QComboBox *CsvImportDialog::makeColumnBox(const QString &field)
{
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("column_") + field);
    box->addItem(tr("— not in the file —"), -1);
    int guess = -1;
    for (int c = 0; c < m_table.header.size(); ++c) {
        box->addItem(m_table.header[c], c);
        const QString h = m_table.header[c].trimmed().toLower();
        const QString singular = singularEntityType(m_entityType); // lead_id, lead or leads name the leads' column
        const bool entityColumn = h == u"id" || h.contains(QStringLiteral("entity")) || h == singular + QStringLiteral("_id") || h == singular
            || h == m_entityType;
        if (h == field || (field == u"entity_id" && entityColumn) || (field == u"note_type" && h == u"type"))
            guess = c;
    }
    box->setCurrentIndex(box->findData(guess));
    connect(box, &QComboBox::currentIndexChanged, this, &CsvImportDialog::check);
    m_columns.insert(field, box);
    return box;
}

void CsvImportDialog::rebuildMapping()
{
    while (m_mapping->rowCount() > 0)
        m_mapping->removeRow(0);
    m_columns.clear();
    m_mapping->addRow(tr("%1 column:").arg(NoteDescriber::entityIdsLabel(m_entityType)), makeColumnBox(QStringLiteral("entity_id")));
    const QString type = m_type->currentData().toString();
    if (type == kTypeFromColumn) {
        m_mapping->addRow(tr("Type column:"), makeColumnBox(QStringLiteral("note_type")));
        m_mapping->addRow(new QLabel(tr("Params are read from columns named like them (text, phone, duration…)."), this));
    } else {
        for (const NoteParamSpec &spec : NoteForm::params(type))
            m_mapping->addRow(tr("%1:").arg(spec.label), makeColumnBox(spec.key));
    }
    check();
}

// The issues with the form's words for their fields rather than the API's keys (entity_id, params.text).
QString CsvImportDialog::describeInWords(ValidationIssues issues, const QString &type) const
{
    for (ValidationIssue &issue : issues) {
        if (issue.field == u"entity_id") {
            issue.field = NoteDescriber::entityIdsLabel(m_entityType);
        } else if (issue.field == u"note_type") {
            issue.field = tr("Type");
        } else if (issue.field.startsWith(QStringLiteral("params."))) {
            for (const NoteParamSpec &spec : NoteForm::params(type)) {
                if (u"params." + spec.key == issue.field)
                    issue.field = spec.label;
            }
        }
    }
    return describe(issues);
}

void CsvImportDialog::check()
{
    m_bodies.clear();
    const QString fixedType = m_type->currentData().toString();
    auto cell = [this](const QStringList &row, const QString &field) {
        const QComboBox *box = m_columns.value(field);
        const int c = box ? box->currentData().toInt() : int(m_table.header.indexOf(field));
        return c >= 0 && c < row.size() ? row[c].trimmed() : QString();
    };
    QStringList problems;
    int bad = 0;
    for (int r = 0; r < m_table.rows.size(); ++r) {
        const QStringList &row = m_table.rows[r];
        const QString type = fixedType == kTypeFromColumn ? cell(row, QStringLiteral("note_type")) : fixedType;
        QJsonObject params;
        for (const NoteParamSpec &spec : NoteForm::params(type)) {
            const QString value = cell(row, spec.key);
            bool number = false;
            const qint64 n = value.toLongLong(&number);
            if (!value.isEmpty())
                params.insert(spec.key, spec.kind == NoteParamSpec::Kind::Number && number ? QJsonValue(n) : QJsonValue(value));
        }
        bool idOk = false;
        const QString idText = cell(row, QStringLiteral("entity_id"));
        const qint64 entityId = idText.toLongLong(&idOk);
        QJsonObject note{{QStringLiteral("note_type"), type}, {QStringLiteral("params"), params}};
        if (idOk)
            note.insert(QStringLiteral("entity_id"), entityId);
        ValidationIssues issues = checkNote(note, false, true);
        for (ValidationIssue &issue : issues) {
            if (issue.field == u"entity_id" && !idText.isEmpty() && !idOk)
                issue.message = tr("“%1” is not a number").arg(idText);
        }
        if (issues.isEmpty()) {
            m_bodies << note;
            continue;
        }
        ++bad;
        if (problems.size() < kProblemsShown)
            problems << tr("Line %1: %2").arg(r + 2).arg(describeInWords(issues, type)); // the header is line 1
    }
    QString text = tr("%n note(s) ready to queue", nullptr, int(m_bodies.size()));
    if (bad > 0)
        text += u'\n' + tr("%n line(s) with problems, left out:", nullptr, bad) + u'\n' + problems.join(u'\n');
    m_summary->setText(text);
    m_summary->setStyleSheet(bad > 0 ? toneStyle(Tone::Warning) : QString());
    m_add->setEnabled(!m_bodies.isEmpty());
    m_add->setText(tr("Queue %n note(s)", nullptr, int(m_bodies.size())));
}

} // namespace amodesk

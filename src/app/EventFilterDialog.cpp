#include "EventFilterDialog.h"
#include "ui_EventFilterDialog.h"

#include "domain/IdLists.h"

#include "describe/EventDescriber.h"
#include "services/AccountDirectory.h"
#include "api/Pager.h"
#include "services/ApiEndpoints.h"
#include "domain/SavedEventFilters.h"
#include "domain/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QInputDialog>
#include <QPushButton>
#include <QStackedWidget>

namespace amodesk {

namespace {
enum ValueKind { NoValue, LeadStage, CustomerStage, Responsible, FieldValues, ExactValue };

QList<qint64> numbers(const QString &text, bool *ok)
{
    QList<qint64> out;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        out << part.trimmed().toLongLong(&good);
        *ok = *ok && good;
    }
    return out;
}

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void check(QListWidget *list, const QStringList &values)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void addItem(QListWidget *list, const QString &text, const QString &value)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setToolTip(value);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

} // namespace

EventFilterDialog::EventFilterDialog(const EventFilter &initial, const AccountDirectory *directory, const QString &baseUrl,
                                     const QString &accountId, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<Ui::EventFilterDialog>()), m_directory(directory), m_accountId(accountId),
      m_baseUrl(baseUrl), m_initial(initial)
{
    m_ui->setupUi(this);
    setupSaved();
    fillLists();
    setupValuePages();
    for (QDateTimeEdit *edit : {m_ui->from, m_ui->to})
        edit->setDisplayFormat(shortTimeFormat());
    m_ui->valueSide->setItemData(0, QStringLiteral("value_after"));
    m_ui->valueSide->setItemData(1, QStringLiteral("value_before"));
    m_ui->request->setWordWrapMode(QTextOption::WrapAnywhere); // a URL has no spaces to wrap at
    m_ui->request->setMaximumHeight(m_ui->request->fontMetrics().lineSpacing() * 4 + 12);
    setForm(m_ui->errors, m_ui->buttons);
    connect(m_ui->buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] { fill({}); });
    for (QListWidget *list : {m_ui->types, m_ui->entities, m_ui->users, m_ui->enumValues})
        connect(list, &QListWidget::itemChanged, this, &EventFilterDialog::refresh);
    for (QLineEdit *edit : {m_ui->catalog, m_ui->entityIds, m_ui->ids, m_ui->exactValue})
        connect(edit, &QLineEdit::textChanged, this, &EventFilterDialog::refresh);
    for (QComboBox *combo : {m_ui->fieldType, m_ui->valueSide, m_ui->valueKind, m_ui->pipeline, m_ui->stage, m_ui->customerStage,
                             m_ui->responsible, m_ui->enumField})
        connect(combo, &QComboBox::currentIndexChanged, this, &EventFilterDialog::refresh);
    for (QCheckBox *box : {m_ui->fromOn, m_ui->toOn})
        connect(box, &QCheckBox::toggled, this, &EventFilterDialog::refresh);
    for (QDateTimeEdit *edit : {m_ui->from, m_ui->to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventFilterDialog::refresh);
    load();
    resize(640, sizeHint().height());
}

EventFilterDialog::~EventFilterDialog() = default;

void EventFilterDialog::setupSaved()
{
    const bool keeps = !m_accountId.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->saved, m_ui->saveButton, m_ui->deleteButton})
        w->setEnabled(keeps);
    connect(m_ui->saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadSaved(m_ui->saved->itemText(index));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"), QLineEdit::Normal,
                                                   m_ui->saved->currentIndex() > 0 ? m_ui->saved->currentText() : QString(), &ok).trimmed();
        if (ok && !name.isEmpty())
            saveAs(name);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (m_ui->saved->currentIndex() <= 0)
            return;
        SavedEventFilters(m_accountId).remove(m_ui->saved->currentText());
        refreshSaved();
    });
    refreshSaved();
}

// The account's names: event types (searchable), fields, entity types, authors.
void EventFilterDialog::fillLists()
{
    QList<QPair<QString, QString>> types;
    for (const QString &key : EventFilter::knownTypes())
        types.append({m_directory ? m_directory->eventTypeName(key) : key, key});
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, key] : types)
        addItem(m_ui->types, name, key);
    connect(m_ui->typeSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_ui->types->count(); ++i)
            m_ui->types->item(i)->setHidden(!m_ui->types->item(i)->text().contains(text, Qt::CaseInsensitive)
                                            && !m_ui->types->item(i)->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    });
    m_ui->fieldType->addItem(tr("(none)"), 0);
    if (m_directory) {
        QList<QPair<QString, qint64>> sorted;
        for (auto [id, name] : m_directory->fields().asKeyValueRange())
            sorted.append({name, id});
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[name, id] : sorted)
            m_ui->fieldType->addItem(QStringLiteral("%1 (#%2)").arg(name).arg(id), id);
    }
    for (const char *e : {"lead", "contact", "company", "customer", "task"})
        addItem(m_ui->entities, EventDescriber::entityTypeName(QLatin1String(e)), QLatin1String(e));
    m_ui->entities->setMaximumHeight(m_ui->entities->sizeHintForRow(0) * m_ui->entities->count() + 2 * m_ui->entities->frameWidth() + 6);
    if (m_directory) {
        for (const auto &[name, id] : sortedByName(m_directory->users()))
            addItem(m_ui->users, name, QString::number(id));
    }
}

// The value to filter by: a page for each kind, the row as tall as the page shown.
void EventFilterDialog::setupValuePages()
{
    if (m_directory) {
        for (auto [id, name] : m_directory->pipelines().asKeyValueRange())
            m_ui->pipeline->addItem(name, id);
        for (auto [id, name] : m_directory->customerStatuses().asKeyValueRange())
            m_ui->customerStage->addItem(name, id);
        for (auto [id, name] : m_directory->users().asKeyValueRange())
            m_ui->responsible->addItem(name, id);
        for (auto [id, name] : m_directory->fields().asKeyValueRange()) {
            if (!m_directory->fieldEnums(id).isEmpty())
                m_ui->enumField->addItem(name, id);
        }
    }
    auto fillStages = [this] {
        m_ui->stage->clear();
        if (m_directory) {
            for (const auto &[id, name] : m_directory->leadStatuses(m_ui->pipeline->currentData().toLongLong()))
                m_ui->stage->addItem(name, id);
        }
    };
    connect(m_ui->pipeline, &QComboBox::currentIndexChanged, this, fillStages);
    fillStages(); // the first pipeline's stages, before anyone picks one
    auto fillEnums = [this] {
        m_ui->enumValues->clear();
        const qint64 field = m_ui->enumField->currentData().toLongLong();
        if (m_directory) {
            for (const auto &[id, value] : m_directory->fieldEnums(field))
                addItem(m_ui->enumValues, value, QString::number(id));
        }
        // Filtering by a field's values goes with that field's own event type, and no other.
        if (m_ui->valueKind->currentIndex() == FieldValues)
            m_ui->fieldType->setCurrentIndex(qMax(0, m_ui->fieldType->findData(field)));
    };
    connect(m_ui->enumField, &QComboBox::currentIndexChanged, this, fillEnums);
    connect(m_ui->valueKind, &QComboBox::currentIndexChanged, m_ui->valuePages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->valueKind, &QComboBox::currentIndexChanged, this, [fillEnums](int kind) {
        if (kind == FieldValues)
            fillEnums();
    });
    // A stacked widget is otherwise as tall as its tallest page; its combo boxes stay level with the label.
    auto fitPage = [this](int shown) {
        for (int i = 0; i < m_ui->valuePages->count(); ++i)
            m_ui->valuePages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_ui->valuePages->adjustSize();
    };
    connect(m_ui->valuePages, &QStackedWidget::currentChanged, this, fitPage);
    m_ui->valuePages->setCurrentIndex(0);
    fitPage(0);
}

void EventFilterDialog::load()
{
    m_ui->from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_ui->to->setDateTime(QDateTime::currentDateTime());
    fill(m_initial);
}

void EventFilterDialog::fill(const EventFilter &f)
{
    m_filling = true; // one refresh at the end, not one for each field set
    QStringList plainTypes;
    qint64 fieldId = 0;
    for (const QString &t : f.types) {
        if (const qint64 field = EventFilter::fieldOfChangeType(t))
            fieldId = field;
        else
            plainTypes << t;
    }
    check(m_ui->types, plainTypes);
    m_ui->fieldType->setCurrentIndex(qMax(0, m_ui->fieldType->findData(fieldId)));
    QStringList catalogs;
    for (const QString &e : f.entities) {
        if (const qint64 catalog = EventFilter::catalogOf(e))
            catalogs << QString::number(catalog);
    }
    check(m_ui->entities, f.entities);
    m_ui->catalog->setText(catalogs.join(QStringLiteral(", ")));
    m_ui->entityIds->setText(idListText(f.entityIds));
    QStringList users;
    for (qint64 id : f.createdBy)
        users << QString::number(id);
    check(m_ui->users, users);
    m_ui->fromOn->setChecked(f.createdFrom.has_value());
    m_ui->toOn->setChecked(f.createdTo.has_value());
    if (f.createdFrom)
        m_ui->from->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdFrom));
    if (f.createdTo)
        m_ui->to->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdTo));
    m_ui->ids->setText(f.ids.join(QStringLiteral(", ")));
    const bool before = !f.valueBefore.isEmpty();
    const EventValueFilter &v = before ? f.valueBefore : f.valueAfter;
    m_ui->valueSide->setCurrentIndex(before ? 1 : 0);
    int kind = NoValue;
    if (!v.leadsStatuses.isEmpty()) {
        kind = LeadStage;
        m_ui->pipeline->setCurrentIndex(qMax(0, m_ui->pipeline->findData(v.leadsStatuses.first().pipelineId)));
        m_ui->stage->setCurrentIndex(qMax(0, m_ui->stage->findData(v.leadsStatuses.first().statusId)));
    } else if (!v.customersStatuses.isEmpty()) {
        kind = CustomerStage;
        m_ui->customerStage->setCurrentIndex(qMax(0, m_ui->customerStage->findData(v.customersStatuses.first())));
    } else if (!v.responsibleUserIds.isEmpty()) {
        kind = Responsible;
        m_ui->responsible->setCurrentIndex(qMax(0, m_ui->responsible->findData(v.responsibleUserIds.first())));
    } else if (!v.customFieldEnumIds.isEmpty()) {
        kind = FieldValues;
        m_ui->enumField->setCurrentIndex(qMax(0, m_ui->enumField->findData(fieldId)));
        QStringList ids;
        for (qint64 id : v.customFieldEnumIds)
            ids << QString::number(id);
        m_ui->valueKind->setCurrentIndex(kind); // fills the values of the field first
        check(m_ui->enumValues, ids);
    } else if (v.value) {
        kind = ExactValue;
        m_ui->exactValue->setText(*v.value);
    }
    m_ui->valueKind->setCurrentIndex(kind);
    m_filling = false;
    refresh();
}

EventFilter EventFilterDialog::filter(QStringList *parseErrors) const
{
    EventFilter f;
    QStringList errors;
    f.types = checked(m_ui->types);
    if (const qint64 field = m_ui->fieldType->currentData().toLongLong())
        f.types << EventFilter::fieldChangeType(field);
    f.entities = checked(m_ui->entities);
    bool ok = true;
    for (qint64 catalog : numbers(m_ui->catalog->text(), &ok))
        f.entities << EventFilter::catalogEntity(catalog);
    if (!ok)
        errors << tr("filter[entity]: list IDs must be numbers");
    f.entityIds = numbers(m_ui->entityIds->text(), &ok);
    if (!ok)
        errors << tr("filter[entity_id]: entity IDs must be numbers");
    for (const QString &u : checked(m_ui->users))
        f.createdBy << u.toLongLong();
    if (m_ui->fromOn->isChecked())
        f.createdFrom = m_ui->from->dateTime().toSecsSinceEpoch();
    if (m_ui->toOn->isChecked())
        f.createdTo = m_ui->to->dateTime().toSecsSinceEpoch();
    for (const QString &id : m_ui->ids->text().split(u',', Qt::SkipEmptyParts))
        f.ids << id.trimmed();
    EventValueFilter &v = m_ui->valueSide->currentIndex() == 1 ? f.valueBefore : f.valueAfter;
    switch (m_ui->valueKind->currentIndex()) {
    case LeadStage:
        v.leadsStatuses = {{m_ui->pipeline->currentData().toLongLong(), m_ui->stage->currentData().toLongLong()}};
        break;
    case CustomerStage:
        v.customersStatuses = {m_ui->customerStage->currentData().toLongLong()};
        break;
    case Responsible:
        v.responsibleUserIds = {m_ui->responsible->currentData().toLongLong()};
        break;
    case FieldValues:
        for (const QString &id : checked(m_ui->enumValues))
            v.customFieldEnumIds << id.toLongLong();
        if (v.customFieldEnumIds.isEmpty())
            errors << tr("filter[%1][custom_field_values]: choose at least one value of the field").arg(m_ui->valueSide->currentData().toString());
        break;
    case ExactValue:
        v.value = m_ui->exactValue->text();
        break;
    default:
        break;
    }
    if (parseErrors)
        *parseErrors = errors;
    return f;
}

QStringList EventFilterDialog::savedNames() const
{
    return SavedEventFilters(m_accountId).names();
}

void EventFilterDialog::refreshSaved()
{
    m_ui->saved->clear();
    m_ui->saved->addItem(tr("(choose a saved filter)"));
    m_ui->saved->addItems(savedNames());
}

void EventFilterDialog::saveAs(const QString &name)
{
    if (m_accountId.isEmpty())
        return;
    SavedEventFilters(m_accountId).save(name, filter());
    refreshSaved();
    m_ui->saved->setCurrentText(name);
}

void EventFilterDialog::loadSaved(const QString &name)
{
    fill(SavedEventFilters(m_accountId).load(name));
}

FormDialog::Issues EventFilterDialog::validate()
{
    QStringList messages;
    const EventFilter f = filter(&messages);
    for (const ValidationIssue &issue : f.validate())
        messages << issue.field + QStringLiteral(": ") + issue.message;
    Issues issues;
    for (const QString &message : std::as_const(messages))
        issues.append({message, nullptr});
    return issues;
}

// Any change shows the request and what is wrong with it, before anything is sent.
void EventFilterDialog::refresh()
{
    if (m_filling)
        return;
    clearIssues();
    showIssues(validate());
    m_ui->request->setPlainText(QStringLiteral("GET ") + Pager::pageUrl(m_baseUrl, EventsApi::listPath(), filter().toQuery().encode(), 1, 100));
}

} // namespace amodesk

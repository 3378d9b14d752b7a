#include "EventFilterDialog.h"
#include "Tones.h"
#include "domain/IdLists.h"

#include "describe/EventDescriber.h"
#include "services/AccountDirectory.h"
#include "services/ApiEndpoints.h"
#include "domain/SavedEventFilters.h"
#include "domain/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QInputDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

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

QString userName(const AccountDirectory *d, qint64 id)
{
    const QString name = d ? d->userName(id) : QString();
    return name.isEmpty() ? EventFilterDialog::tr("user #%1").arg(id) : name;
}
} // namespace

QListWidget *EventFilterDialog::checkList(QWidget *parent, const QString &objectName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setMaximumHeight(110);
    return list;
}

EventFilterDialog::EventFilterDialog(const EventFilter &initial, const AccountDirectory *directory, const QString &baseUrl,
                                     const QString &accountId, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_accountId(accountId), m_baseUrl(baseUrl)
{
    setWindowTitle(tr("Filter events"));
    setObjectName(QStringLiteral("EventFilterDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows); // a wrapped row leaves its label alone on a line

    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("saved"));
    auto *saveButton = new QPushButton(tr("Save as…"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadSaved(m_saved->itemText(index));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"), QLineEdit::Normal,
                                                   m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok).trimmed();
        if (ok && !name.isEmpty())
            saveAs(name);
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0)
            return;
        SavedEventFilters(m_accountId).remove(m_saved->currentText());
        refreshSaved();
    });
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(saveButton);
    savedRow->addWidget(deleteButton);
    saveButton->setEnabled(!accountId.isEmpty());
    deleteButton->setEnabled(!accountId.isEmpty());
    m_saved->setEnabled(!accountId.isEmpty());
    form->addRow(tr("Saved filters:"), savedRow);
    refreshSaved();

    m_typeSearch = new QLineEdit(this);
    m_typeSearch->setObjectName(QStringLiteral("typeSearch"));
    m_typeSearch->setPlaceholderText(tr("Find an event type"));
    m_types = checkList(this, QStringLiteral("types"));
    QList<QPair<QString, QString>> types;
    for (const QString &key : EventFilter::knownTypes())
        types.append({directory ? directory->eventTypeName(key) : key, key});
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, key] : types)
        addItem(m_types, name, key);
    connect(m_typeSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_types->count(); ++i)
            m_types->item(i)->setHidden(!m_types->item(i)->text().contains(text, Qt::CaseInsensitive)
                                        && !m_types->item(i)->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    });
    auto *typeBox = new QVBoxLayout;
    typeBox->addWidget(m_typeSearch);
    typeBox->addWidget(m_types);
    form->addRow(tr("Event types:"), typeBox);

    m_fieldType = new QComboBox(this);
    m_fieldType->setObjectName(QStringLiteral("fieldType"));
    m_fieldType->addItem(tr("(none)"), 0);
    if (directory) {
        auto fields = directory->fields().asKeyValueRange();
        QList<QPair<QString, qint64>> sorted;
        for (auto [id, name] : fields)
            sorted.append({name, id});
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[name, id] : sorted)
            m_fieldType->addItem(QStringLiteral("%1 (#%2)").arg(name).arg(id), id);
    }
    m_fieldType->setToolTip(tr("Changes of one field; this excludes every other event type"));
    form->addRow(tr("Field changed:"), m_fieldType);

    m_entities = checkList(this, QStringLiteral("entities"));
    for (const char *e : {"lead", "contact", "company", "customer", "task"})
        addItem(m_entities, EventDescriber::entityTypeName(QLatin1String(e)), QLatin1String(e));
    m_catalog = new QLineEdit(this);
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_catalog->setPlaceholderText(tr("items of these lists, e.g. 1075, 1076"));
    m_entities->setMaximumHeight(m_entities->sizeHintForRow(0) * m_entities->count() + 2 * m_entities->frameWidth() + 6);
    form->addRow(tr("Entity types:"), m_entities);
    form->addRow(tr("List IDs:"), m_catalog);

    m_entityIds = new QLineEdit(this);
    m_entityIds->setObjectName(QStringLiteral("entityIds"));
    m_entityIds->setPlaceholderText(tr("up to 10 IDs, with exactly one entity type"));
    form->addRow(tr("Entity IDs:"), m_entityIds);

    m_users = checkList(this, QStringLiteral("users"));
    if (directory) {
        for (const auto &[name, id] : sortedByName(directory->users()))
            addItem(m_users, name, QString::number(id));
    }
    form->addRow(tr("Authors (up to 10):"), m_users);

    m_fromOn = new QCheckBox(tr("from"), this);
    m_toOn = new QCheckBox(tr("to"), this);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortTimeFormat());
    }
    m_fromOn->setObjectName(QStringLiteral("fromOn"));
    m_toOn->setObjectName(QStringLiteral("toOn"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromOn);
    period->addWidget(m_from);
    period->addWidget(m_toOn);
    period->addWidget(m_to);
    form->addRow(tr("Period:"), period);

    m_ids = new QLineEdit(this);
    m_ids->setObjectName(QStringLiteral("ids"));
    m_ids->setPlaceholderText(tr("event IDs, comma-separated"));
    form->addRow(tr("Event IDs:"), m_ids);

    m_valueSide = new QComboBox(this);
    m_valueSide->setObjectName(QStringLiteral("valueSide"));
    m_valueSide->addItem(tr("after the change"), QStringLiteral("value_after"));
    m_valueSide->addItem(tr("before the change"), QStringLiteral("value_before"));
    m_valueKind = new QComboBox(this);
    m_valueKind->setObjectName(QStringLiteral("valueKind"));
    m_valueKind->addItems({tr("(any value)"), tr("Lead stage"), tr("Customer stage"), tr("Responsible user"), tr("Field values (enum IDs)"), tr("Exact value")});
    m_valuePages = new QStackedWidget(this);
    m_valuePages->addWidget(new QWidget(this));
    auto *stagePage = new QWidget(this);
    auto *stageRow = new QHBoxLayout(stagePage);
    stageRow->setContentsMargins(0, 0, 0, 0);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    stageRow->addWidget(m_pipeline);
    stageRow->addWidget(m_stage);
    m_valuePages->addWidget(stagePage);
    if (directory) {
        for (auto [id, name] : directory->pipelines().asKeyValueRange())
            m_pipeline->addItem(name, id);
    }
    auto fillStages = [this] {
        m_stage->clear();
        if (m_directory) {
            for (const auto &[id, name] : m_directory->leadStatuses(m_pipeline->currentData().toLongLong()))
                m_stage->addItem(name, id);
        }
    };
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, fillStages);
    fillStages(); // the first pipeline's stages, before anyone picks one
    m_customerStage = new QComboBox(this);
    m_customerStage->setObjectName(QStringLiteral("customerStage"));
    if (directory) {
        for (auto [id, name] : directory->customerStatuses().asKeyValueRange())
            m_customerStage->addItem(name, id);
    }
    m_valuePages->addWidget(m_customerStage);
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    if (directory) {
        for (auto [id, name] : directory->users().asKeyValueRange())
            m_responsible->addItem(name, id);
    }
    m_valuePages->addWidget(m_responsible);
    // Field values: a field with a list of values, then the values.
    auto *enumPage = new QWidget(this);
    auto *enumRow = new QHBoxLayout(enumPage);
    enumRow->setContentsMargins(0, 0, 0, 0);
    m_enumField = new QComboBox(this);
    m_enumField->setObjectName(QStringLiteral("enumField"));
    m_enumValues = checkList(this, QStringLiteral("enumValues"));
    m_enumValues->setMaximumHeight(80);
    if (directory) {
        for (auto [id, name] : directory->fields().asKeyValueRange()) {
            if (!directory->fieldEnums(id).isEmpty())
                m_enumField->addItem(name, id);
        }
    }
    auto fillEnums = [this] {
        m_enumValues->clear();
        const qint64 field = m_enumField->currentData().toLongLong();
        if (m_directory) {
            for (const auto &[id, value] : m_directory->fieldEnums(field))
                addItem(m_enumValues, value, QString::number(id));
        }
        // Filtering by a field's values goes with that field's own event type, and no other.
        if (m_valueKind->currentIndex() == FieldValues)
            m_fieldType->setCurrentIndex(qMax(0, m_fieldType->findData(field)));
    };
    connect(m_enumField, &QComboBox::currentIndexChanged, this, fillEnums);
    enumRow->addWidget(m_enumField);
    enumRow->addWidget(m_enumValues, 1);
    m_valuePages->addWidget(enumPage);
    m_exactValue = new QLineEdit(this);
    m_exactValue->setObjectName(QStringLiteral("exactValue"));
    m_exactValue->setPlaceholderText(tr("for budget, name, purchases, NPS or field changes"));
    m_valuePages->addWidget(m_exactValue);
    connect(m_valueKind, &QComboBox::currentIndexChanged, m_valuePages, &QStackedWidget::setCurrentIndex);
    connect(m_valueKind, &QComboBox::currentIndexChanged, this, [this, fillEnums](int kind) {
        if (kind == FieldValues)
            fillEnums();
    });
    // The row is as tall as the page shown (a stacked widget is otherwise as tall as its tallest
    // page), and its combo boxes stay level with the label.
    auto fitPage = [this](int shown) {
        for (int i = 0; i < m_valuePages->count(); ++i)
            m_valuePages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_valuePages->adjustSize();
    };
    connect(m_valuePages, &QStackedWidget::currentChanged, this, fitPage);
    fitPage(0);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueSide, 0, Qt::AlignTop);
    valueRow->addWidget(m_valueKind, 0, Qt::AlignTop);
    valueRow->addWidget(m_valuePages, 1, Qt::AlignTop);
    form->addRow(tr("Value:"), valueRow);

    m_request = new QPlainTextEdit(this); // a URL has no spaces to wrap at: wrap anywhere
    m_request->setObjectName(QStringLiteral("request"));
    m_request->setReadOnly(true);
    m_request->setWordWrapMode(QTextOption::WrapAnywhere);
    m_request->setMaximumHeight(m_request->fontMetrics().lineSpacing() * 4 + 12);
    m_request->setToolTip(tr("The request AmoDesk will send"));
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(toneStyle(Tone::Error));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventFilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] { load({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Request:"), this));
    layout->addWidget(m_request);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    load(initial);
    // Any change shows the request and what is wrong with it, before anything is sent.
    for (QListWidget *list : {m_types, m_entities, m_users})
        connect(list, &QListWidget::itemChanged, this, &EventFilterDialog::refresh);
    connect(m_enumValues, &QListWidget::itemChanged, this, &EventFilterDialog::refresh);
    for (QLineEdit *edit : {m_catalog, m_entityIds, m_ids, m_exactValue})
        connect(edit, &QLineEdit::textChanged, this, &EventFilterDialog::refresh);
    for (QComboBox *combo : {m_fieldType, m_valueSide, m_valueKind, m_pipeline, m_stage, m_customerStage, m_responsible, m_enumField})
        connect(combo, &QComboBox::currentIndexChanged, this, &EventFilterDialog::refresh);
    for (QCheckBox *box : {m_fromOn, m_toOn})
        connect(box, &QCheckBox::toggled, this, &EventFilterDialog::refresh);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventFilterDialog::refresh);
    refresh();
    resize(640, sizeHint().height());
}

void EventFilterDialog::load(const EventFilter &f)
{
    QStringList plainTypes;
    qint64 fieldId = 0;
    for (const QString &t : f.types) {
        if (t.startsWith(QStringLiteral("custom_field_")) && t.endsWith(QStringLiteral("_value_changed")))
            fieldId = t.mid(13, t.size() - 13 - 14).toLongLong();
        else
            plainTypes << t;
    }
    check(m_types, plainTypes);
    m_fieldType->setCurrentIndex(qMax(0, m_fieldType->findData(fieldId)));
    QStringList catalogs;
    for (const QString &e : f.entities) {
        if (e.startsWith(QStringLiteral("catalog_")))
            catalogs << e.mid(8);
    }
    check(m_entities, f.entities);
    m_catalog->setText(catalogs.join(QStringLiteral(", ")));
    m_entityIds->setText(idListText(f.entityIds));
    QStringList users;
    for (qint64 id : f.createdBy)
        users << QString::number(id);
    check(m_users, users);
    m_fromOn->setChecked(f.createdFrom.has_value());
    m_toOn->setChecked(f.createdTo.has_value());
    if (f.createdFrom)
        m_from->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdFrom));
    if (f.createdTo)
        m_to->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdTo));
    m_ids->setText(f.ids.join(QStringLiteral(", ")));
    const bool before = !f.valueBefore.isEmpty();
    const EventValueFilter &v = before ? f.valueBefore : f.valueAfter;
    m_valueSide->setCurrentIndex(before ? 1 : 0);
    int kind = NoValue;
    if (!v.leadsStatuses.isEmpty()) {
        kind = LeadStage;
        m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(v.leadsStatuses.first().pipelineId)));
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(v.leadsStatuses.first().statusId)));
    } else if (!v.customersStatuses.isEmpty()) {
        kind = CustomerStage;
        m_customerStage->setCurrentIndex(qMax(0, m_customerStage->findData(v.customersStatuses.first())));
    } else if (!v.responsibleUserIds.isEmpty()) {
        kind = Responsible;
        m_responsible->setCurrentIndex(qMax(0, m_responsible->findData(v.responsibleUserIds.first())));
    } else if (!v.customFieldEnumIds.isEmpty()) {
        kind = FieldValues;
        m_enumField->setCurrentIndex(qMax(0, m_enumField->findData(fieldId)));
        QStringList ids;
        for (qint64 id : v.customFieldEnumIds)
            ids << QString::number(id);
        m_valueKind->setCurrentIndex(kind); // fills the values of the field first
        check(m_enumValues, ids);
    } else if (v.value) {
        kind = ExactValue;
        m_exactValue->setText(*v.value);
    }
    m_valueKind->setCurrentIndex(kind);
}

EventFilter EventFilterDialog::filter() const
{
    EventFilter f;
    auto *self = const_cast<EventFilterDialog *>(this);
    self->m_parseErrors.clear();
    f.types = checked(m_types);
    if (const qint64 field = m_fieldType->currentData().toLongLong())
        f.types << QStringLiteral("custom_field_%1_value_changed").arg(field);
    f.entities = checked(m_entities);
    bool ok = true;
    for (qint64 catalog : numbers(m_catalog->text(), &ok))
        f.entities << QStringLiteral("catalog_%1").arg(catalog);
    if (!ok)
        self->m_parseErrors << tr("filter[entity]: list IDs must be numbers");
    f.entityIds = numbers(m_entityIds->text(), &ok);
    if (!ok)
        self->m_parseErrors << tr("filter[entity_id]: entity IDs must be numbers");
    for (const QString &u : checked(m_users))
        f.createdBy << u.toLongLong();
    if (m_fromOn->isChecked())
        f.createdFrom = m_from->dateTime().toSecsSinceEpoch();
    if (m_toOn->isChecked())
        f.createdTo = m_to->dateTime().toSecsSinceEpoch();
    for (const QString &id : m_ids->text().split(u',', Qt::SkipEmptyParts))
        f.ids << id.trimmed();
    EventValueFilter &v = m_valueSide->currentIndex() == 1 ? f.valueBefore : f.valueAfter;
    switch (m_valueKind->currentIndex()) {
    case LeadStage:
        v.leadsStatuses = {{m_pipeline->currentData().toLongLong(), m_stage->currentData().toLongLong()}};
        break;
    case CustomerStage:
        v.customersStatuses = {m_customerStage->currentData().toLongLong()};
        break;
    case Responsible:
        v.responsibleUserIds = {m_responsible->currentData().toLongLong()};
        break;
    case FieldValues:
        for (const QString &id : checked(m_enumValues))
            v.customFieldEnumIds << id.toLongLong();
        if (v.customFieldEnumIds.isEmpty())
            self->m_parseErrors << tr("filter[%1][custom_field_values]: choose at least one value of the field").arg(m_valueSide->currentData().toString());
        break;
    case ExactValue:
        v.value = m_exactValue->text();
        break;
    default:
        break;
    }
    return f;
}

QStringList EventFilterDialog::savedNames() const
{
    return SavedEventFilters(m_accountId).names();
}

void EventFilterDialog::refreshSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("(choose a saved filter)"));
    m_saved->addItems(savedNames());
}

void EventFilterDialog::saveAs(const QString &name)
{
    if (m_accountId.isEmpty())
        return;
    SavedEventFilters(m_accountId).save(name, filter());
    refreshSaved();
    m_saved->setCurrentText(name);
}

void EventFilterDialog::loadSaved(const QString &name)
{
    load(SavedEventFilters(m_accountId).load(name));
    refresh();
}

QString EventFilterDialog::problems() const
{
    return m_errors->text();
}

void EventFilterDialog::refresh()
{
    const EventFilter f = filter();
    QStringList messages = m_parseErrors;
    for (const ValidationIssue &issue : f.validate())
        messages << issue.field + QStringLiteral(": ") + issue.message;
    m_errors->setText(messages.join(u'\n'));
    const QByteArray query = f.toQuery().encode();
    m_request->setPlainText(QStringLiteral("GET ") + listUrl(m_baseUrl, EventsApi::listPath(), query, 1, 100));
}

void EventFilterDialog::accept()
{
    refresh();
    if (!m_errors->text().isEmpty())
        return; // the reasons are on screen; nothing is sent
    QDialog::accept();
}

QList<FilterChip> filterChips(const EventFilter &filter, const AccountDirectory *d)
{
    QList<FilterChip> chips;
    for (const QString &t : filter.types)
        chips.append({d ? d->eventTypeName(t) : t, [t](EventFilter &f) { f.types.removeAll(t); }});
    for (const QString &e : filter.entities)
        chips.append({EventDescriber::entityTypeName(e), [e](EventFilter &f) { f.entities.removeAll(e); }});
    if (!filter.entityIds.isEmpty())
        chips.append({EventFilterDialog::tr("IDs %1").arg(idListText(filter.entityIds)), [](EventFilter &f) { f.entityIds.clear(); }});
    for (qint64 u : filter.createdBy)
        chips.append({userName(d, u), [u](EventFilter &f) { f.createdBy.removeAll(u); }});
    if (filter.createdFrom)
        chips.append({EventFilterDialog::tr("from %1").arg(shortTime(*filter.createdFrom)),
                      [](EventFilter &f) { f.createdFrom.reset(); }});
    if (filter.createdTo)
        chips.append({EventFilterDialog::tr("to %1").arg(shortTime(*filter.createdTo)),
                      [](EventFilter &f) { f.createdTo.reset(); }});
    if (!filter.ids.isEmpty())
        chips.append({EventFilterDialog::tr("%n event(s) by ID", nullptr, int(filter.ids.size())), [](EventFilter &f) { f.ids.clear(); }});
    auto valueText = [d](const EventValueFilter &v) {
        QStringList parts;
        for (const auto &s : v.leadsStatuses) {
            const QString name = d ? d->leadStatusName(s.pipelineId, s.statusId) : QString();
            parts << (name.isEmpty() ? QString::number(s.statusId) : name);
        }
        for (qint64 id : v.customersStatuses)
            parts << (d && !d->customerStatusName(id).isEmpty() ? d->customerStatusName(id) : QString::number(id));
        for (qint64 id : v.responsibleUserIds)
            parts << userName(d, id);
        for (qint64 id : v.customFieldEnumIds)
            parts << (d && !d->enumValue(id).isEmpty() ? d->enumValue(id) : QString::number(id));
        if (v.value)
            parts << *v.value;
        return parts.join(QStringLiteral(", "));
    };
    if (!filter.valueBefore.isEmpty())
        chips.append({EventFilterDialog::tr("before: %1").arg(valueText(filter.valueBefore)), [](EventFilter &f) { f.valueBefore = {}; }});
    if (!filter.valueAfter.isEmpty())
        chips.append({EventFilterDialog::tr("after: %1").arg(valueText(filter.valueAfter)), [](EventFilter &f) { f.valueAfter = {}; }});
    return chips;
}

} // namespace amodesk

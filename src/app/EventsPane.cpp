#include "EventsPane.h"

#include "EventExporter.h"
#include "EventFilterDialog.h"
#include "EventTableModel.h"
#include "services/AccountDirectory.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace amodesk {

namespace {
// Sorts time by its timestamp, the rest by what is shown; searches everything a row says.
class EventProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        if (a.column() == EventTableModel::TimeColumn)
            return a.data(EventTableModel::CreatedAtRole).toLongLong() < b.data(EventTableModel::CreatedAtRole).toLongLong();
        return QString::localeAwareCompare(a.data().toString(), b.data().toString()) < 0;
    }
};

QString html(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent),
      m_model(new EventTableModel(this)),
      m_proxy(new EventProxy(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this)),
      m_search(new QLineEdit(this)),
      m_follow(new QToolButton(this)),
      m_followSeconds(new QSpinBox(this)),
      m_followTimer(new QTimer(this)),
      m_chips(new QWidget(this)),
      m_chipsLayout(new QHBoxLayout(m_chips)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("EventsPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EventTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto *filterButton = new QToolButton(this);
    filterButton->setText(tr("&Filter…"));
    filterButton->setToolTip(tr("Choose which events to show (Ctrl+Shift+F)"));
    filterButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(filterButton, &QToolButton::clicked, this, &EventsPane::openFilterDialog);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("&Reload"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the events again (F5)"));
    connect(refresh, &QToolButton::clicked, m_model, &EventTableModel::reload);
    m_search->setPlaceholderText(tr("Search the loaded events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(findShortcut);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Check for new events every few seconds and mark them in bold"));
    m_followSeconds->setRange(5, 3600);
    m_followSeconds->setValue(QSettings().value(QStringLiteral("events/follow_seconds"), 30).toInt());
    m_followSeconds->setSuffix(tr(" s"));
    m_followSeconds->setToolTip(tr("How often to check for new events"));
    connect(m_follow, &QToolButton::toggled, this, &EventsPane::setFollowing);
    connect(m_followTimer, &QTimer::timeout, m_model, &EventTableModel::fetchNewer);
    connect(m_followSeconds, &QSpinBox::valueChanged, this, [this](int s) {
        QSettings().setValue(QStringLiteral("events/follow_seconds"), s);
        m_followTimer->setInterval(s * 1000);
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export…"));
    exportButton->setToolTip(tr("Save the events shown to a CSV or JSON file"));
    connect(exportButton, &QToolButton::clicked, this, &EventsPane::exportEvents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterButton);
    bar->addWidget(m_chips, 1);
    bar->addWidget(m_search, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_follow);
    bar->addWidget(m_followSeconds);
    bar->addWidget(exportButton);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(EventTableModel::TimeColumn, 130);
    m_table->setColumnWidth(EventTableModel::TypeColumn, 170);
    m_table->setColumnWidth(EventTableModel::EntityColumn, 220);
    m_table->setColumnWidth(EventTableModel::AuthorColumn, 130);
    m_table->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("events/header")).toByteArray());
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu;
        for (int c = 0; c < m_model->columnCount(); ++c) { // choose the columns shown
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPane::showDetail);

    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_detail->setPlaceholderText(tr("Select an event to see all of it"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("EventsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_status);
    auto *none = new QLabel(tr("Sign in to an account to see its event log."), this);
    none->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(none);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_model, &EventTableModel::loadingChanged, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_lastError.clear(); m_newEvents = 0; m_detail->clear(); updateStatus(); });
    connect(m_model, &EventTableModel::failed, this, [this](const QString &message) { m_lastError = message; updateStatus(); });
    connect(m_model, &EventTableModel::newEventsArrived, this, [this](int count) { m_newEvents += count; updateStatus(); });
    rebuildChips();
}

EventsPane::~EventsPane()
{
    QSettings().setValue(QStringLiteral("events/header"), m_table->horizontalHeader()->saveState());
}

void EventsPane::setAccount(ApiClient *api, AccountDirectory *directory, const QString &baseUrl)
{
    m_directory = directory;
    m_baseUrl = baseUrl;
    m_stack->setCurrentIndex(api ? 1 : 0);
    m_model->setSource(api, directory);
    if (directory)
        connect(directory, &AccountDirectory::loaded, m_model, [this] {
            if (m_model->rowCount() > 0) // names arrived: the rows say them now
                Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, EventTableModel::ColumnCount - 1));
        });
}

void EventsPane::applyFilter(const EventFilter &filter)
{
    m_model->setFilter(filter);
    rebuildChips();
}

void EventsPane::openFilterDialog()
{
    EventFilterDialog dialog(m_model->filter(), m_directory, m_baseUrl, this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilter(dialog.filter());
}

void EventsPane::rebuildChips()
{
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<FilterChip> chips = filterChips(m_model->filter(), m_directory);
    for (const FilterChip &chip : chips) {
        auto *button = new QToolButton(m_chips);
        button->setText(chip.label + QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this condition"));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, chip] {
            EventFilter f = m_model->filter();
            chip.remove(f);
            applyFilter(f);
        });
        m_chipsLayout->addWidget(button);
    }
    m_chipsLayout->addStretch();
}

void EventsPane::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Event &e = m_model->eventAt(current.row());
    const EventDescriber &d = m_model->describer();
    QString text = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(html(d.typeName(e)));
    auto row = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("When"), html(QLocale().toString(QDateTime::fromSecsSinceEpoch(e.createdAt), QLocale::LongFormat)));
    const QString path = EventDescriber::entityUrlPath(e.entityType);
    const QString entity = html(d.entity(e));
    row(tr("Entity"), path.isEmpty() || m_baseUrl.isEmpty() ? entity
        : QStringLiteral("<a href='%1/%2/detail/%3'>%4</a>").arg(m_baseUrl, path).arg(e.entityId).arg(entity));
    if (e.linkedTalkContactId)
        row(tr("Contact of the chat"), m_baseUrl.isEmpty() ? QString::number(e.linkedTalkContactId)
            : QStringLiteral("<a href='%1/contacts/detail/%2'>%3</a>").arg(m_baseUrl).arg(e.linkedTalkContactId).arg(tr("Contact #%1").arg(e.linkedTalkContactId)));
    row(tr("Author"), html(d.author(e)));
    QStringList before, after;
    for (const EventChange &c : e.before)
        before << html(d.change(c));
    for (const EventChange &c : e.after)
        after << html(d.change(c));
    if (!before.isEmpty())
        row(tr("Before"), before.join(QStringLiteral("<br>")));
    if (!after.isEmpty())
        row(tr("After"), after.join(QStringLiteral("<br>")));
    row(tr("Event ID"), html(e.id));
    row(tr("Type key"), html(e.type));
    text += QStringLiteral("</table><h4>%1</h4><pre>%2</pre>").arg(tr("As amoCRM sent it"), html(QString::fromUtf8(QJsonDocument(e.raw).toJson(QJsonDocument::Indented))));
    m_detail->setHtml(text);
}

void EventsPane::updateStatus()
{
    QString text;
    if (!m_lastError.isEmpty())
        text = tr("Could not read the events: %1").arg(m_lastError);
    else if (m_model->isLoading())
        text = tr("Loading… %n event(s) so far", nullptr, m_model->rowCount());
    else
        text = tr("%n event(s) loaded", nullptr, m_model->rowCount()) + (m_model->canFetchMore({}) ? tr("; scroll down for more") : QString());
    if (m_newEvents > 0)
        text += u' ' + tr("(%n new)", nullptr, m_newEvents);
    m_status->setText(text);
}

void EventsPane::setFollowing(bool on)
{
    m_followTimer->setInterval(m_followSeconds->value() * 1000);
    if (on) {
        m_model->fetchNewer();
        m_followTimer->start();
    } else {
        m_followTimer->stop();
    }
}

void EventsPane::exportEvents()
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV (*.csv)"), excelFilter = tr("CSV for Excel (*.csv)"), jsonFilter = tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), QSettings().value(QStringLiteral("events/export_dir")).toString(),
                                                      QStringList{csvFilter, excelFilter, jsonFilter}.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("events/export_dir"), QFileInfo(path).absolutePath());
    const EventExporter::Format format = selectedFilter == jsonFilter || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
        ? EventExporter::Format::Json
        : selectedFilter == excelFilter ? EventExporter::Format::CsvWithBom : EventExporter::Format::Csv;
    QString error;
    int written = 0;
    if (!EventExporter::write(m_proxy, m_model, format, path, &error, &written))
        QMessageBox::warning(this, tr("Export events"), error);
    else
        m_status->setText(tr("%n event(s) saved to %1", nullptr, written).arg(QDir::toNativeSeparators(path)));
}

} // namespace amodesk

#include "WidgetsPane.h"
#include "CheckedLook.h"
#include "FittedColumns.h"

#include "BotContinueDialog.h"
#include "WidgetSettingsDialog.h"
#include "WidgetNames.h"
#include "WidgetTableModel.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace amodesk {

namespace {
QString html(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

WidgetsPane::WidgetsPane(QWidget *parent)
    : QWidget(parent), m_model(new WidgetTableModel(this)), m_filter(new WidgetFilter(this)), m_search(new QLineEdit(this)),
      m_installedOnly(new QCheckBox(tr("Installed"), this)), m_leadSources(new QCheckBox(tr("Lead sources"), this)),
      m_dp(new QCheckBox(tr("Digital Pipeline"), this)), m_table(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_reveal(new QToolButton(this)), m_status(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("widgets"));
    m_filter->setObjectName(QStringLiteral("widgetFilter"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(WidgetTableModel::SortRole);
    m_search->setPlaceholderText(tr("Search by name or code"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WidgetTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Each column as wide as its header and rows in the interface's language (Russian ones are longer).
    QList<FittedColumns::Column> fitted;
    for (int column = WidgetTableModel::NameColumn; column < WidgetTableModel::IntegrationColumn; ++column)
        fitted << FittedColumns::Column{column};
    new FittedColumns(m_table, QStringLiteral("widgets/header"), fitted, this);
    m_reveal->setText(tr("Show secrets"));
    m_reveal->setCheckable(true);
    showCheckedClearly(m_reveal);
    m_reveal->setToolTip(tr("Show the passwords in the current settings"));
    auto *reload = new QPushButton(tr("Reload"), this);
    auto *install = new QPushButton(tr("Install or configure…"), this);
    auto *uninstall = new QPushButton(tr("Uninstall…"), this);
    auto *bot = new QPushButton(tr("Continue a bot…"), this);
    bot->setToolTip(tr("Send the continue call a widget makes when its bot step is done"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(m_installedOnly);
    top->addWidget(m_leadSources);
    top->addWidget(m_dp);
    top->addWidget(reload);
    top->addStretch();
    top->addWidget(install);
    top->addWidget(uninstall);
    top->addWidget(bot);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reveal, 0, Qt::AlignRight);
    m_search->setObjectName(QStringLiteral("search"));
    m_installedOnly->setObjectName(QStringLiteral("installedOnly"));
    m_leadSources->setObjectName(QStringLiteral("leadSourcesOnly"));
    m_dp->setObjectName(QStringLiteral("digitalPipelineOnly"));
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_table->setObjectName(QStringLiteral("table"));
    m_status->setObjectName(QStringLiteral("status"));
    detailLayout->addWidget(m_detail);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_filter, &WidgetFilter::setSearch);
    connect(m_installedOnly, &QCheckBox::toggled, m_filter, &WidgetFilter::setInstalledOnly);
    connect(m_leadSources, &QCheckBox::toggled, m_filter, &WidgetFilter::setLeadSourcesOnly);
    connect(m_dp, &QCheckBox::toggled, m_filter, &WidgetFilter::setDigitalPipelineOnly);
    connect(reload, &QPushButton::clicked, m_model, &WidgetTableModel::reload);
    connect(install, &QPushButton::clicked, this, &WidgetsPane::installSelected);
    connect(uninstall, &QPushButton::clicked, this, &WidgetsPane::uninstallSelected);
    connect(bot, &QPushButton::clicked, this, &WidgetsPane::continueBot);
    connect(m_table, &QTableView::doubleClicked, this, &WidgetsPane::installSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_full = {};
        m_reveal->setChecked(false);
        showDetail();
        if (const Widget w = selected(); !w.isNull())
            loadSettings(w.code);
    });
    connect(m_reveal, &QToolButton::toggled, this, &WidgetsPane::showDetail);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WidgetsPane::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WidgetsPane::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WidgetsPane::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &WidgetsPane::updateStatus);
    connect(m_model, &WidgetTableModel::failed, this, [this](const QString &message) {
        m_message = message;
        updateStatus();
    });
    showDetail();
    updateStatus();
}

void WidgetsPane::setAccount(AccountContext *account)
{
    m_api = account ? account->api() : nullptr;
    m_widgets = WidgetsService(m_api);
    m_directory = account ? account->directory() : nullptr;
    m_full = {};
    m_model->setSource(m_api, m_directory);
}

bool WidgetsPane::selectCode(const QString &code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    return true;
}

Widget WidgetsPane::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? Widget{} : m_model->widgetAt(m_filter->mapToSource(rows.first()).row());
}

void WidgetsPane::loadSettings(const QString &code)
{
    if (!m_widgets.isReady())
        return;
    m_widgets.read(code, this, [this, code](const Widget &widget, const ApiError &error) {
        if (error.isError() || selected().code != code)
            return;
        m_full = widget;
        showDetail();
    });
}

void WidgetsPane::showDetail()
{
    const Widget w = m_full.isNull() ? selected() : m_full;
    if (w.isNull()) {
        m_detail->setHtml(QStringLiteral("<p style=\"color: gray\">%1</p>").arg(html(tr("Select a widget to see its settings form and raw JSON."))));
        m_reveal->setEnabled(false);
        return;
    }
    QString body = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><p>%3</p>")
                       .arg(html(readableWidgetName(w.code)), html(w.code), html(w.installed ? tr("Installed in this account") : tr("Not installed")));
    body += QStringLiteral("<h4>%1</h4>").arg(html(tr("Settings form")));
    if (w.form.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(html(tr("No settings")));
    body += QStringLiteral("<table>");
    for (const WidgetSetting &f : w.form) {
        body += QStringLiteral("<tr><td>%1%2&nbsp;</td><td><i>%3</i></td></tr>")
                    .arg(html(f.name), f.required ? QStringLiteral(" *") : QString(), html(f.type));
    }
    body += QStringLiteral("</table>");
    m_reveal->setEnabled(w.hasSettings);
    if (w.hasSettings) {
        const QJsonObject shown = m_reveal->isChecked() ? w.settings : w.maskedSettings();
        body += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(html(tr("Current settings")), html(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented))));
    } else if (w.installed) {
        body += QStringLiteral("<p><i>%1</i></p>").arg(html(tr("amoCRM shows the settings only to the integration the widget belongs to.")));
    }
    body += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(html(tr("Raw JSON")), html(w.rawText(m_reveal->isChecked())));
    m_detail->setHtml(body);
}

void WidgetsPane::updateStatus()
{
    QString text = tr("%n widget(s) shown", nullptr, m_filter->rowCount());
    if (!m_message.isEmpty())
        text += QStringLiteral(" · ") + m_message;
    m_status->setText(text);
}

void WidgetsPane::installSelected()
{
    const Widget w = m_full.isNull() ? selected() : m_full;
    if (w.isNull() || !m_api)
        return;
    WidgetSettingsDialog dialog(w, m_directory, m_widgets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message = w.installed ? tr("Saved the settings of %1").arg(w.code) : tr("Installed %1").arg(w.code);
    m_model->replaceWidget(dialog.installed().withoutSettings()); // the detail asks again
    m_full = {};
    loadSettings(w.code);
    updateStatus();
}

void WidgetsPane::uninstallSelected()
{
    const Widget w = selected();
    if (w.isNull() || !m_widgets.isReady())
        return;
    const QString code = w.code;
    if (QMessageBox::question(this, tr("Uninstall widget"),
                              tr("Uninstall %1 from this account? Its settings are deleted in amoCRM; installing it again needs them again.").arg(code))
        != QMessageBox::Yes)
        return;
    m_widgets.uninstall(code, this, [this, w, code](const ApiError &error) {
        if (!error.isError()) {
            m_message = tr("Uninstalled %1").arg(code);
            m_model->replaceWidget(w.uninstalled());
            m_full = {};
            showDetail();
        } else if (error.kind == ApiError::Kind::Forbidden) {
            m_message = tr("%1 was not uninstalled: only the account's administrators may uninstall widgets (HTTP 403)").arg(code);
        } else if (error.kind == ApiError::Kind::NotFound) {
            m_message = tr("%1 was not uninstalled: amoCRM has no such widget (HTTP 404)").arg(code);
        } else {
            m_message = tr("%1 was not uninstalled: %2").arg(code, error.message());
        }
        updateStatus();
    });
}

void WidgetsPane::continueBot()
{
    if (!m_api)
        return;
    BotContinueDialog dialog(BotService(m_api), this);
    dialog.exec();
}

} // namespace amodesk

#include "EntityHistoryDialog.h"
#include "ui_EntityHistoryDialog.h"

#include "EntityHistoryModel.h"
#include "Tones.h"
#include "describe/EventDescriber.h"
#include "domain/EntityTypeNames.h"
#include "history/EntityTimeline.h"
#include "services/AccountContext.h"

#include <QHeaderView>

namespace amodesk {

EntityHistoryDialog::EntityHistoryDialog(AccountContext *account, const QString &entityType, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EntityHistoryDialog>()), m_entityType(singularEntityType(entityType)), m_entityId(entityId),
      m_timeline(new EntityTimeline(account->api(), this)), m_model(new EntityHistoryModel(account->directory(), account->entityNames(), this))
{
    m_ui->setupUi(this);
    m_ui->timeline->setModel(m_model);
    m_ui->timeline->verticalHeader()->hide();
    m_ui->timeline->horizontalHeader()->setStretchLastSection(true);
    const QString named = EventDescriber::entityTypeName(m_entityType) + QStringLiteral(" #%1").arg(entityId);
    setWindowTitle(tr("History of %1").arg(named));
    m_ui->title->setText(named);
    m_ui->status->setText(tr("Reading the events and notes…"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_timeline, &EntityTimeline::progress, this, [this](int read) {
        m_ui->status->setText(tr("Reading the events and notes… %1 so far").arg(read));
    });
    connect(m_timeline, &EntityTimeline::finished, this, [this](const ApiError &error) {
        if (error.isError()) {
            m_ui->status->setStyleSheet(toneStyle(Tone::Error));
            m_ui->status->setText(error.kind == ApiError::Kind::NotFound
                                      ? tr("The account has no %1 with the ID %2.").arg(EventDescriber::entityTypeName(m_entityType).toLower()).arg(m_entityId)
                                      : tr("The history could not be read: %1").arg(error.message()));
            return;
        }
        showTimeline();
    });
    m_timeline->load(m_entityType, entityId);
}

EntityHistoryDialog::~EntityHistoryDialog() = default;

void EntityHistoryDialog::showTimeline()
{
    const Entity &entity = m_timeline->entity();
    const QString type = EventDescriber::entityTypeName(m_entityType);
    const QString named = entity.id == 0 ? tr("%1 #%2 (deleted)").arg(type).arg(m_entityId)
                                         : entity.name.isEmpty() ? QStringLiteral("%1 #%2").arg(type).arg(m_entityId)
                                                                 : QStringLiteral("%1 «%2»").arg(type, entity.name);
    setWindowTitle(tr("History of %1").arg(named));
    m_ui->title->setText(QStringLiteral("<b>%1</b>").arg(named.toHtmlEscaped()));
    m_model->setItems(m_timeline->items());
    m_ui->timeline->resizeColumnsToContents();
    int events = 0;
    for (const TimelineItem &item : m_timeline->items())
        events += item.kind == TimelineItem::Kind::Event;
    const int notes = int(m_timeline->items().size()) - events;
    m_ui->status->setText(tr("%1 and %2, newest first.").arg(tr("%n event(s)", nullptr, events), tr("%n note(s)", nullptr, notes)));
}

} // namespace amodesk

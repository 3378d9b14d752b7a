#include "describe/EventDescriber.h"

#include "domain/EntityTypeNames.h"
#include "services/EntityNames.h"

#include "services/AccountDirectory.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(EventDescriber) };
}

QString EventDescriber::entityTypeName(const QString &type)
{
    if (type == u"lead") return Tr::tr("Lead");
    if (type == u"contact") return Tr::tr("Contact");
    if (type == u"company") return Tr::tr("Company");
    if (type == u"customer") return Tr::tr("Customer");
    if (type == u"task") return Tr::tr("Task");
    if (type == u"catalog_element") return Tr::tr("List item");
    return type;
}

QString EventDescriber::entityUrlPath(const QString &type)
{
    if (type == u"lead") return QStringLiteral("leads");
    if (type == u"contact") return QStringLiteral("contacts");
    if (type == u"company") return QStringLiteral("companies");
    if (type == u"customer") return QStringLiteral("customers");
    return {};
}

QString EventDescriber::typeName(const Event &e) const
{
    return m_directory ? m_directory->eventTypeName(e.type) : e.type;
}

QString EventDescriber::entity(const Event &e) const
{
    const QString kind = entityTypeName(e.entityType);
    const QString own = e.entityName.isEmpty() ? named(e.entityType, e.entityId) : QStringLiteral("%1 «%2»").arg(kind, e.entityName);
    // A chat message is the contact's, found through the contact, though the API names the
    // lead or customer of the talk (seed 004): say both, the contact first.
    if (e.linkedTalkContactId != 0)
        return Tr::tr("%1, in the chat of %2").arg(named(QStringLiteral("contact"), e.linkedTalkContactId), own);
    return own;
}

QString EventDescriber::named(const QString &entityType, qint64 id) const
{
    const QString plural = pluralEntityType(entityType);
    const QString name = m_names && !plural.isEmpty() ? m_names->name(plural, id) : QString();
    const QString kind = entityTypeName(entityType);
    return name.isEmpty() ? QStringLiteral("%1 #%2").arg(kind).arg(id) : QStringLiteral("%1 «%2»").arg(kind, name);
}

QString EventDescriber::author(const Event &e) const
{
    if (e.createdBy == 0)
        return Tr::tr("amoCRM");
    const QString name = m_directory ? m_directory->userName(e.createdBy) : QString();
    return name.isEmpty() ? Tr::tr("user #%1").arg(e.createdBy) : name;
}

QString EventDescriber::change(const EventChange &c) const
{
    const AccountDirectory *d = m_directory;
    auto orId = [](const QString &name, const QString &fallback) { return name.isEmpty() ? fallback : name; };
    switch (c.kind) {
    case EventChange::Kind::Note: return Tr::tr("note #%1").arg(c.id);
    case EventChange::Kind::TaskText: return c.text;
    case EventChange::Kind::Helpbot: return Tr::tr("intent #%1").arg(c.id);
    case EventChange::Kind::Transaction: return Tr::tr("purchase #%1").arg(c.id);
    case EventChange::Kind::NpsRate: return Tr::tr("NPS rate %1 of 10").arg(c.number);
    case EventChange::Kind::Message: return Tr::tr("message %1").arg(c.text);
    case EventChange::Kind::Tag: return c.text;
    case EventChange::Kind::LeadStatus: {
        const QString stage = d ? d->leadStatusName(c.pipelineId, c.id) : QString();
        const QString pipeline = d ? d->pipelineName(c.pipelineId) : QString();
        return QStringLiteral("%1 (%2)").arg(orId(stage, Tr::tr("stage #%1").arg(c.id)), orId(pipeline, Tr::tr("pipeline #%1").arg(c.pipelineId)));
    }
    case EventChange::Kind::CustomerStatus: return orId(d ? d->customerStatusName(c.id) : QString(), Tr::tr("stage #%1").arg(c.id));
    case EventChange::Kind::Link: return Tr::tr("linked: %1").arg(named(c.text, c.id));
    case EventChange::Kind::Unlink: return Tr::tr("unlinked: %1").arg(named(c.text, c.id));
    case EventChange::Kind::ResponsibleUser: return orId(d ? d->userName(c.id) : QString(), Tr::tr("user #%1").arg(c.id));
    case EventChange::Kind::TaskDeadline: return shortTime(c.number);
    case EventChange::Kind::TaskType: return c.id == 1 ? Tr::tr("Follow-up") : c.id == 2 ? Tr::tr("Meeting") : Tr::tr("task type #%1").arg(c.id);
    case EventChange::Kind::CustomFieldValue: {
        const QString field = orId(d ? d->fieldName(c.fieldId) : QString(), Tr::tr("field #%1").arg(c.fieldId));
        const QString value = c.hasEnum && d && !d->enumValue(c.id).isEmpty() && c.text.isEmpty() ? d->enumValue(c.id) : c.text;
        return QStringLiteral("%1: %2").arg(field, value);
    }
    case EventChange::Kind::Sale:
    case EventChange::Kind::Ltv: return QLocale().toString(c.number);
    case EventChange::Kind::Name: return c.text;
    case EventChange::Kind::Unknown: break;
    }
    return QString::fromUtf8(QJsonDocument(c.raw).toJson(QJsonDocument::Compact));
}

QString EventDescriber::side(const QList<EventChange> &changes) const
{
    QStringList parts;
    for (const EventChange &c : changes)
        parts << change(c);
    return parts.join(QStringLiteral(", "));
}

QString EventDescriber::change(const Event &e) const
{
    if (!e.noteText.isEmpty())
        return QStringLiteral("«%1»").arg(e.noteText);
    const QString before = side(e.before), after = side(e.after);
    if (before.isEmpty())
        return after;
    if (after.isEmpty())
        return Tr::tr("%1 → (removed)").arg(before);
    return QStringLiteral("%1 → %2").arg(before, after);
}

} // namespace amodesk

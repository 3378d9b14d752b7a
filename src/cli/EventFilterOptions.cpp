#include "EventFilterOptions.h"

#include "CliContext.h"
#include "domain/EntityTypeNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };

bool toIds(const QStringList &values, QList<qint64> &out)
{
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            out << part.trimmed().toLongLong(&ok);
            if (!ok)
                return false;
        }
    }
    return true;
}

QList<qint64> idsOf(const QJsonValue &v, bool *ok)
{
    QList<qint64> out;
    *ok = true;
    if (v.isDouble()) {
        out << v.toInteger();
    } else if (v.isString()) {
        *ok = toIds({v.toString()}, out);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue id = item.isObject() ? item.toObject().value(QStringLiteral("status_id")) : item;
            if (!id.isDouble())
                *ok = false;
            out << id.toInteger();
        }
    } else {
        *ok = false;
    }
    return out;
}

// --value-before / --value-after: {"leads_statuses":[{"pipeline_id":1,"status_id":2}], "responsible_user_id":[1,2], ...}
bool readValueFilter(const QString &option, const QString &text, EventValueFilter &f, ValidationIssues &issues)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        issues.append({option, Tr::tr("must be a JSON object such as {\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":142}]}")});
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = option + u'.' + it.key();
        bool ok = true;
        if (it.key() == u"leads_statuses") {
            for (const QJsonValue &v : it.value().toArray()) {
                const QJsonObject s = v.toObject();
                ok = ok && s.value(QStringLiteral("status_id")).isDouble();
                f.leadsStatuses.append({s.value(QStringLiteral("pipeline_id")).toInteger(), s.value(QStringLiteral("status_id")).toInteger()});
            }
            ok = ok && it.value().isArray() && !f.leadsStatuses.isEmpty();
        } else if (it.key() == u"customers_statuses") {
            f.customersStatuses = idsOf(it.value(), &ok);
        } else if (it.key() == u"responsible_user_id") {
            f.responsibleUserIds = idsOf(it.value(), &ok);
        } else if (it.key() == u"custom_field_values") {
            f.customFieldEnumIds = idsOf(it.value(), &ok);
        } else if (it.key() == u"value") {
            f.value = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
        } else {
            issues.append({field, Tr::tr("is not a value filter; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values or value")});
            continue;
        }
        if (!ok)
            issues.append({field, Tr::tr("has the wrong shape")});
    }
    return issues.isEmpty();
}

} // namespace

void addFilterOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("type"), Tr::tr("Event type (repeatable), e.g. lead_status_changed or custom_field_ID_value_changed."), Tr::tr("T")});
    p.addOption({QStringLiteral("entity"), Tr::tr("Entity type (repeatable): lead, contact, company, customer, task, catalog_ID."), Tr::tr("E")});
    p.addOption({QStringLiteral("entity-id"), Tr::tr("Entity ID (repeatable, at most 10, with exactly one --entity)."), Tr::tr("N")});
    p.addOption({QStringLiteral("created-by"), Tr::tr("User ID (repeatable, at most 10)."), Tr::tr("N")});
    p.addOption({QStringLiteral("id"), Tr::tr("Event ID (repeatable)."), Tr::tr("ID")});
    p.addOption({QStringLiteral("from"), Tr::tr("Created at or after: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("to"), Tr::tr("Created at or before: Unix seconds or ISO 8601."), Tr::tr("T")});
    p.addOption({QStringLiteral("value-before"), Tr::tr("Value filter as JSON, e.g. {\"responsible_user_id\":[504141]}."), Tr::tr("JSON")});
    p.addOption({QStringLiteral("value-after"), Tr::tr("Value filter as JSON, e.g. {\"leads_statuses\":[{\"pipeline_id\":13513,\"status_id\":142}]}."), Tr::tr("JSON")});
    p.addOption({QStringLiteral("with"), Tr::tr("Also load: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name."), Tr::tr("A,B")});
}

EventFilter readFilter(const QCommandLineParser &p, ValidationIssues &issues)
{
    EventFilter f;
    f.types = p.values(QStringLiteral("type"));
    for (const QString &e : p.values(QStringLiteral("entity")))
        f.entities << singularEntityType(e);
    f.ids = p.values(QStringLiteral("id"));
    if (!toIds(p.values(QStringLiteral("entity-id")), f.entityIds))
        issues.append({QStringLiteral("--entity-id"), Tr::tr("must be numbers")});
    if (!toIds(p.values(QStringLiteral("created-by")), f.createdBy))
        issues.append({QStringLiteral("--created-by"), Tr::tr("must be user IDs")});
    if (const auto t = CliContext::timeOption(p, QStringLiteral("from"), issues))
        f.createdFrom = *t;
    if (const auto t = CliContext::timeOption(p, QStringLiteral("to"), issues))
        f.createdTo = *t;
    if (p.isSet(QStringLiteral("value-before")))
        readValueFilter(QStringLiteral("--value-before"), p.value(QStringLiteral("value-before")), f.valueBefore, issues);
    if (p.isSet(QStringLiteral("value-after")))
        readValueFilter(QStringLiteral("--value-after"), p.value(QStringLiteral("value-after")), f.valueAfter, issues);
    if (p.isSet(QStringLiteral("with")))
        f.with = p.value(QStringLiteral("with")).split(u',', Qt::SkipEmptyParts);
    return f;
}

} // namespace amodesk::cli

#include "describe/NoteDescriber.h"

#include "describe/EventDescriber.h"

#include <QHash>

#include <QStringList>

namespace amodesk {

namespace {
QString plain(const QJsonValue &v) { return v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString().simplified(); }

QString str(const QJsonObject &p, const char *key) { return plain(p.value(QLatin1String(key))); }

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p;
    }
    return kept.join(QStringLiteral(" · "));
}
} // namespace

QString NoteDescriber::typeName(const QString &noteType)
{
    if (noteType == u"common") return tr("Text note");
    if (noteType == u"call_in") return tr("Incoming call");
    if (noteType == u"call_out") return tr("Outgoing call");
    if (noteType == u"service_message") return tr("Service message");
    if (noteType == u"extended_service_message") return tr("Extended service message");
    if (noteType == u"message_cashier") return tr("Message to cashier");
    if (noteType == u"geolocation") return tr("Geolocation");
    if (noteType == u"sms_in") return tr("Incoming SMS");
    if (noteType == u"sms_out") return tr("Outgoing SMS");
    if (noteType == u"attachment") return tr("File");
    if (noteType == u"amomail_message") return tr("Email");
    if (noteType == u"task_result") return tr("Task result");
    if (noteType == u"link_followed") return tr("Link followed");
    if (noteType == u"site_visit") return tr("Site visit");
    if (noteType == u"targeting_in") return tr("Added to retargeting");
    if (noteType == u"targeting_out") return tr("Removed from retargeting");
    return noteType;
}

const QStringList &NoteDescriber::readOnlyTypes()
{
    static const QStringList types{QStringLiteral("amomail_message"), QStringLiteral("task_result"), QStringLiteral("link_followed"),
                                   QStringLiteral("site_visit"), QStringLiteral("targeting_in"), QStringLiteral("targeting_out")};
    return types;
}

QString NoteDescriber::entityTypeName(const QString &entityType, bool plural)
{
    if (!plural) { // "leads" is what the events API calls "lead"
        static const QHash<QString, QString> singular{{QStringLiteral("leads"), QStringLiteral("lead")}, {QStringLiteral("contacts"), QStringLiteral("contact")},
                                                      {QStringLiteral("companies"), QStringLiteral("company")}, {QStringLiteral("customers"), QStringLiteral("customer")}};
        return EventDescriber::entityTypeName(singular.value(entityType, entityType));
    }
    if (entityType == u"leads") return tr("Leads");
    if (entityType == u"contacts") return tr("Contacts");
    if (entityType == u"companies") return tr("Companies");
    if (entityType == u"customers") return tr("Customers");
    return entityType;
}

QString NoteDescriber::entityIdsLabel(const QString &entityType)
{
    if (entityType == u"leads") return tr("Lead IDs");
    if (entityType == u"contacts") return tr("Contact IDs");
    if (entityType == u"companies") return tr("Company IDs");
    if (entityType == u"customers") return tr("Customer IDs");
    return entityType;
}

QString NoteDescriber::duration(qint64 seconds)
{
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString NoteDescriber::summary(const QString &noteType, const QJsonObject &p)
{
    if (noteType == u"common")
        return str(p, "text");
    if (noteType == u"call_in" || noteType == u"call_out") {
        const QString direction = noteType == u"call_in" ? tr("from %1").arg(str(p, "phone")) : tr("to %1").arg(str(p, "phone"));
        return joined({direction, duration(p.value(QStringLiteral("duration")).toVariant().toLongLong()), str(p, "source"), str(p, "link")});
    }
    if (noteType == u"sms_in" || noteType == u"sms_out")
        return joined({str(p, "phone"), str(p, "text")});
    if (noteType == u"service_message" || noteType == u"extended_service_message")
        return joined({str(p, "service"), str(p, "text")});
    if (noteType == u"geolocation") {
        const QString where = str(p, "latitude").isEmpty() ? QString() : QStringLiteral("(%1, %2)").arg(str(p, "latitude"), str(p, "longitude"));
        return joined({str(p, "text"), str(p, "address"), where});
    }
    if (noteType == u"message_cashier") {
        const QString s = str(p, "status");
        const QString status = s == u"created" ? tr("created") : s == u"shown" ? tr("shown") : s == u"canceled" ? tr("canceled") : s;
        return joined({status, str(p, "text")});
    }
    if (noteType == u"attachment")
        return str(p, "file_name").isEmpty() ? str(p, "original_name") : str(p, "file_name");
    if (noteType == u"task_result")
        return str(p, "text");
    if (noteType == u"link_followed")
        return str(p, "url");
    if (noteType == u"site_visit") {
        const qint64 seconds = p.value(QStringLiteral("visit_duration")).toVariant().toLongLong();
        return joined({str(p, "url"), seconds > 0 ? tr("stayed %1").arg(duration(seconds)) : QString()});
    }
    if (noteType == u"targeting_in" || noteType == u"targeting_out")
        return joined({str(p, "service"), str(p, "text")});
    if (noteType == u"amomail_message")
        return mailSummary(p);
    return otherSummary(p);
}

QString NoteDescriber::mailSummary(const QJsonObject &p)
{
    const QJsonObject from = p.value(QStringLiteral("from")).toObject();
    const QString name = str(from, "name"), email = str(from, "email");
    const QString sender = name.isEmpty() ? email : email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, email);
    const int attachments = p.value(QStringLiteral("attach_cnt")).toInt();
    return joined({p.value(QStringLiteral("income")).toBool() ? tr("from %1", "an e-mail's sender").arg(sender) : tr("sent", "an e-mail"), str(p, "subject"), str(p, "content_summary"),
                   attachments > 0 ? tr("%n attachment(s)", nullptr, attachments) : QString()});
}

// A type AmoDesk does not know: its text first, then its other plain values by name.
QString NoteDescriber::otherSummary(const QJsonObject &p)
{
    QStringList parts{str(p, "text")};
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.key() != u"text" && !plain(*it).isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), plain(*it));
    }
    return joined(parts);
}

} // namespace amodesk

#include "WriteRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(WriteRules) };

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

bool isPhone(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ()\\-]{4,20}$"));
    return re.match(s.trimmed()).hasMatch();
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

bool isWholeNumber(const QJsonValue &v, qint64 min)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= min;
}

class Checker
{
public:
    explicit Checker(const QJsonObject &params) : m_p(params) {}
    void text(const char *key)
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            add(key, v.isUndefined() || v.isNull() || v.isString() ? Tr::tr("is required") : Tr::tr("must be text"));
    }
    void optionalUrl(const char *key)
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !isWebUrl(v.toString()))
            add(key, Tr::tr("must be a web address starting with http:// or https://"));
    }
    void phone(const char *key)
    {
        text(key);
        const QJsonValue v = m_p.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty() && !isPhone(v.toString()))
            add(key, Tr::tr("\"%1\" is not a phone number").arg(v.toString()));
    }
    void coordinate(const char *key, double bound)
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        bool ok = v.isDouble();
        const double n = v.isDouble() ? v.toDouble() : v.toString().toDouble(&ok);
        if (!ok || n < -bound || n > bound)
            add(key, Tr::tr("must be a number from %1 to %2").arg(-bound).arg(bound));
    }
    void uuid(const char *key, bool required)
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        if ((required || !v.isUndefined()) && !isUuid(v.toString()))
            add(key, Tr::tr("must be a UUID such as 9905db7c-3a29-4d30-8953-bac68c05e8e8"));
    }
    void add(const char *key, const QString &message) { issues.append({QStringLiteral("params.") + QLatin1String(key), message}); }

    const QJsonObject &m_p;
    ValidationIssues issues;
};
} // namespace

QString noteSummary(const QJsonObject &params)
{
    QStringList parts;
    for (const char *key : {"text", "service", "phone", "duration", "address", "status", "file_name", "subject", "url"}) {
        const QJsonValue v = params.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            parts << (v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
    return parts.join(QStringLiteral(" · "));
}

const QStringList &writableNoteTypes()
{
    static const QStringList types{QStringLiteral("common"), QStringLiteral("call_in"), QStringLiteral("call_out"), QStringLiteral("service_message"),
                                   QStringLiteral("message_cashier"), QStringLiteral("geolocation"), QStringLiteral("sms_in"), QStringLiteral("sms_out"),
                                   QStringLiteral("extended_service_message"), QStringLiteral("attachment")};
    return types;
}

const QStringList &noteEntityTypes()
{
    static const QStringList types{QStringLiteral("leads"), QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("customers")};
    return types;
}

ValidationIssues checkNote(const QJsonObject &note, bool forEdit, bool entityRequired)
{
    ValidationIssues issues;
    if (forEdit && !isWholeNumber(note.value(QStringLiteral("id")), 1))
        issues.append({QStringLiteral("id"), Tr::tr("the note to edit needs its ID")});
    if (!forEdit && entityRequired && !isWholeNumber(note.value(QStringLiteral("entity_id")), 1))
        issues.append({QStringLiteral("entity_id"), Tr::tr("is required: the ID of the lead, contact, company or customer")});
    for (const char *key : {"created_by", "responsible_user_id"}) {
        const QJsonValue v = note.value(QLatin1String(key));
        if (!v.isUndefined() && !isWholeNumber(v, 0))
            issues.append({QLatin1String(key), Tr::tr("must be a user ID")});
    }
    const QJsonValue dp = note.value(QStringLiteral("is_need_to_trigger_digital_pipeline"));
    if (!dp.isUndefined() && !dp.isBool())
        issues.append({QStringLiteral("is_need_to_trigger_digital_pipeline"), Tr::tr("must be true or false")});
    const QString type = note.value(QStringLiteral("note_type")).toString();
    if (forEdit && type.isEmpty() && !note.contains(QStringLiteral("params")))
        return issues;
    if (!writableNoteTypes().contains(type)) {
        issues.append({QStringLiteral("note_type"), Tr::tr("\"%1\" is not a note type that can be written; use one of: %2")
                                                        .arg(type, writableNoteTypes().join(QStringLiteral(", ")))});
        return issues;
    }
    if (!note.value(QStringLiteral("params")).isObject()) {
        issues.append({QStringLiteral("params"), Tr::tr("is required for a %1 note").arg(type)});
        return issues;
    }
    Checker c(note.value(QStringLiteral("params")).toObject());
    if (type == u"common") {
        c.text("text");
    } else if (type == u"call_in" || type == u"call_out") {
        c.text("uniq");
        c.phone("phone");
        c.text("source");
        if (!isWholeNumber(c.m_p.value(QStringLiteral("duration")), 0))
            c.add("duration", Tr::tr("must be the call's length in whole seconds"));
        c.optionalUrl("link");
    } else if (type == u"service_message" || type == u"extended_service_message") {
        c.text("service");
        c.text("text");
    } else if (type == u"message_cashier") {
        c.text("text");
        const QString status = c.m_p.value(QStringLiteral("status")).toString();
        if (status != u"created" && status != u"shown" && status != u"canceled")
            c.add("status", Tr::tr("must be created, shown or canceled"));
    } else if (type == u"geolocation") {
        c.text("text");
        c.text("address");
        c.coordinate("longitude", 180);
        c.coordinate("latitude", 90);
    } else if (type == u"sms_in" || type == u"sms_out") {
        c.text("text");
        c.phone("phone");
    } else if (type == u"attachment") {
        c.uuid("file_uuid", true);
        c.uuid("version_uuid", false);
        c.text("file_name");
    }
    issues += c.issues;
    return issues;
}

ValidationIssues checkWidgetSettings(const QJsonArray &settingsTemplate, const QJsonObject &settings)
{
    ValidationIssues issues;
    for (const QJsonValue &v : settingsTemplate) {
        const QJsonObject field = v.toObject();
        const QString key = field.value(QStringLiteral("key")).toString();
        const QString type = field.value(QStringLiteral("type")).toString();
        const QJsonValue value = settings.value(key);
        const bool empty = value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
            || (value.isObject() && value.toObject().isEmpty());
        if (empty) {
            if (field.value(QStringLiteral("is_required")).toBool())
                issues.append({key, Tr::tr("is required")});
            continue;
        }
        if ((type == u"text" || type == u"pass") && !value.isString()) {
            issues.append({key, Tr::tr("must be text")});
        } else if (type == u"users" || type == u"users_lp") {
            if (!value.isObject()) {
                issues.append({key, Tr::tr("must map user IDs to values")});
                continue;
            }
            const QJsonObject byUser = value.toObject();
            for (auto it = byUser.begin(); it != byUser.end(); ++it) {
                bool ok = false;
                it.key().toLongLong(&ok);
                if (!ok)
                    issues.append({key + u'.' + it.key(), Tr::tr("\"%1\" is not a user ID").arg(it.key())});
                else if (type == u"users" && !(it.value().isString() || it.value().isDouble()))
                    issues.append({key + u'.' + it.key(), Tr::tr("the extension must be text or a number")});
                else if (type == u"users_lp" && (it.value().toObject().value(QStringLiteral("login")).toString().isEmpty()
                                                 || it.value().toObject().value(QStringLiteral("password")).toString().isEmpty()))
                    issues.append({key + u'.' + it.key(), Tr::tr("needs both a login and a password")});
            }
        }
    }
    return issues;
}

ValidationIssues checkBotContinue(const QJsonObject &payload)
{
    ValidationIssues issues;
    const QJsonValue data = payload.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isObject())
        issues.append({QStringLiteral("data"), Tr::tr("must be an object of keys and values")});
    const QJsonValue handlersValue = payload.value(QStringLiteral("execute_handlers"));
    if (!handlersValue.isUndefined() && !handlersValue.isArray())
        issues.append({QStringLiteral("execute_handlers"), Tr::tr("must be a list")});
    const QJsonArray handlers = handlersValue.toArray();
    if (handlers.size() > kMaxBotHandlers)
        issues.append({QStringLiteral("execute_handlers"), Tr::tr("at most %1 handlers, not %2").arg(kMaxBotHandlers).arg(handlers.size())});
    for (qsizetype i = 0; i < handlers.size(); ++i) {
        const QJsonObject h = handlers[i].toObject();
        const QString at = QStringLiteral("execute_handlers.%1").arg(i);
        const QString handler = h.value(QStringLiteral("handler")).toString();
        const QJsonObject p = h.value(QStringLiteral("params")).toObject();
        const QString type = p.value(QStringLiteral("type")).toString();
        if (handler == u"show") {
            if (type != u"text" && type != u"buttons" && type != u"buttons_url")
                issues.append({at + QStringLiteral(".params.type"), Tr::tr("must be text, buttons or buttons_url")});
            const QString value = p.value(QStringLiteral("value")).toString();
            if (value.size() > kMaxShowValueLength)
                issues.append({at + QStringLiteral(".params.value"), Tr::tr("at most %1 characters, not %2").arg(kMaxShowValueLength).arg(value.size())});
            const QJsonArray buttons = p.value(QStringLiteral("buttons")).toArray();
            if (buttons.size() > kMaxBotButtons)
                issues.append({at + QStringLiteral(".params.buttons"), Tr::tr("at most %1 buttons, not %2").arg(kMaxBotButtons).arg(buttons.size())});
            if (type != u"text" && buttons.isEmpty())
                issues.append({at + QStringLiteral(".params.buttons"), Tr::tr("needs at least one button")});
            if (type == u"buttons_url") {
                for (const QJsonValue &b : buttons) {
                    if (!isWebUrl(b.toString()))
                        issues.append({at + QStringLiteral(".params.buttons"), Tr::tr("\"%1\" is not a web address").arg(b.toString())});
                }
            }
        } else if (handler == u"goto") {
            if (type != u"question" && type != u"answer" && type != u"finish")
                issues.append({at + QStringLiteral(".params.type"), Tr::tr("must be question, answer or finish")});
            if (!isWholeNumber(p.value(QStringLiteral("step")), 0))
                issues.append({at + QStringLiteral(".params.step"), Tr::tr("must be a step number")});
        } else {
            issues.append({at + QStringLiteral(".handler"), Tr::tr("must be show or goto")});
        }
    }
    return issues;
}

} // namespace amodesk

#include "ButtonSnippets.h"

#include "JsObjectWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ButtonSnippets) };

void putColor(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value.trimmed());
}

QJsonArray fieldsJson(const QList<MetaField> &fields)
{
    QJsonArray out;
    for (const MetaField &f : fields) {
        QJsonArray values;
        for (const MetaFieldValue &v : f.values) {
            QJsonObject value{{QStringLiteral("value"), v.value}};
            if (v.enumId != 0)
                value.insert(QStringLiteral("enum"), v.enumId);
            if (!v.subtype.isEmpty())
                value.insert(QStringLiteral("subtype"), v.subtype);
            values.append(value);
        }
        out.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("values"), values}});
    }
    return out;
}

void checkFields(const QList<MetaField> &fields, const QString &path, ValidationIssues &issues)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString at = QStringLiteral("%1.custom_fields.%2").arg(path).arg(i);
        if (fields[i].id <= 0)
            issues.append({at + QStringLiteral(".id"), Tr::tr("choose a field")});
        if (fields[i].values.isEmpty())
            issues.append({at + QStringLiteral(".values"), Tr::tr("needs a value")});
        for (const MetaFieldValue &v : fields[i].values) {
            if (!v.subtype.isEmpty() && !SetMetaParams::addressSubtypes().contains(v.subtype))
                issues.append({at + QStringLiteral(".values.subtype"), Tr::tr("\"%1\" is not an address part").arg(v.subtype)});
        }
    }
}
} // namespace

QList<QPair<int, QString>> SetMetaParams::elementTypes()
{
    return {{1, Tr::tr("Contact")}, {2, Tr::tr("Lead")}, {3, Tr::tr("Company")}, {12, Tr::tr("Customer")}};
}

QList<QPair<int, QString>> SetMetaParams::noteTypes()
{
    return {{4, Tr::tr("Text note")}, {10, Tr::tr("Incoming call")}, {11, Tr::tr("Outgoing call")},
            {25, Tr::tr("Service message")}, {102, Tr::tr("Incoming SMS")}, {103, Tr::tr("Outgoing SMS")}};
}

QStringList SetMetaParams::addressSubtypes()
{
    return {QStringLiteral("address_line_1"), QStringLiteral("address_line_2"), QStringLiteral("city"), QStringLiteral("state"),
            QStringLiteral("zip"), QStringLiteral("country")};
}

ValidationIssues SetMetaParams::check() const
{
    ValidationIssues issues;
    const bool anyNote = !noteText.isEmpty() || noteElementType != 0 || noteType != 0;
    if (anyNote && noteText.trimmed().isEmpty())
        issues.append({QStringLiteral("note.text"), Tr::tr("is required for a note")});
    bool knownElement = false, knownType = false;
    for (const auto &e : elementTypes())
        knownElement = knownElement || e.first == noteElementType;
    for (const auto &t : noteTypes())
        knownType = knownType || t.first == noteType;
    if (anyNote && !knownElement)
        issues.append({QStringLiteral("note.element_type"), Tr::tr("choose where the note goes: contact, lead, company or customer")});
    if (anyNote && !knownType)
        issues.append({QStringLiteral("note.note_type"), Tr::tr("choose one of the documented note types")});
    if (leadSale < -1)
        issues.append({QStringLiteral("lead.sale"), Tr::tr("must be a whole amount, 0 or more")});
    checkFields(contactFields, QStringLiteral("contact"), issues);
    checkFields(leadFields, QStringLiteral("lead"), issues);
    return issues;
}

QJsonObject SetMetaParams::toJson() const
{
    QJsonObject meta;
    if (!noteText.isEmpty() || noteElementType || noteType)
        meta.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), noteText}, {QStringLiteral("element_type"), noteElementType},
                                                        {QStringLiteral("note_type"), noteType}});
    QJsonObject contact;
    if (!contactName.isEmpty())
        contact.insert(QStringLiteral("name"), contactName);
    if (!contactFields.isEmpty())
        contact.insert(QStringLiteral("custom_fields"), fieldsJson(contactFields));
    if (!contact.isEmpty())
        meta.insert(QStringLiteral("contact"), contact);
    QJsonObject lead;
    if (!leadName.isEmpty())
        lead.insert(QStringLiteral("name"), leadName);
    if (leadSale >= 0)
        lead.insert(QStringLiteral("sale"), leadSale);
    if (!leadFields.isEmpty())
        lead.insert(QStringLiteral("custom_fields"), fieldsJson(leadFields));
    if (!lead.isEmpty())
        meta.insert(QStringLiteral("lead"), lead);
    if (!botParams.isEmpty())
        meta.insert(QStringLiteral("bot_params"), botParams);
    return meta;
}

QString configSnippet(const ChatButtonConfig &c)
{
    QJsonObject root;
    if (c.hidden)
        root.insert(QStringLiteral("hidden"), true);
    putColor(root, "color", c.color);
    QJsonObject chat;
    if (!c.mode.isEmpty() && c.mode != u"widget")
        chat.insert(QStringLiteral("mode"), c.mode);
    if (c.mode == u"frame" && !c.container.trimmed().isEmpty())
        chat.insert(QStringLiteral("container"), c.container.trimmed());
    if (!c.userId.isEmpty())
        chat.insert(QStringLiteral("user_id"), c.userId);
    QJsonObject locale;
    if (!c.localeExtends.isEmpty())
        locale.insert(QStringLiteral("extends"), c.localeExtends);
    if (!c.dateFormat.isEmpty())
        locale.insert(QStringLiteral("date_format"), c.dateFormat);
    if (!c.timeFormat.isEmpty())
        locale.insert(QStringLiteral("time_format"), c.timeFormat);
    for (const QString &key : ChatButtonConfig::localeStrings()) {
        if (!c.strings.value(key).isEmpty())
            locale.insert(key, c.strings.value(key));
    }
    if (!locale.isEmpty())
        chat.insert(QStringLiteral("locale"), locale);
    QJsonObject theme;
    putColor(theme, "background", c.background);
    putColor(theme, "system_color", c.systemColor);
    QJsonObject header;
    putColor(header, "background", c.headerBackground);
    putColor(header, "color", c.headerColor);
    if (c.headerHidden)
        theme.insert(QStringLiteral("header"), false);
    else if (!header.isEmpty())
        theme.insert(QStringLiteral("header"), header);
    QJsonObject message;
    putColor(message, "outgoing_background", c.outgoingBackground);
    putColor(message, "outgoing_color", c.outgoingColor);
    putColor(message, "incoming_background", c.incomingBackground);
    putColor(message, "incoming_color", c.incomingColor);
    if (!message.isEmpty())
        theme.insert(QStringLiteral("message"), message);
    QJsonObject compose;
    if (c.composeHeight > 0)
        compose.insert(QStringLiteral("height"), c.composeHeight);
    putColor(compose, "button_background", c.composeButtonBackground);
    if (!compose.isEmpty())
        theme.insert(QStringLiteral("compose"), compose);
    if (!theme.isEmpty())
        chat.insert(QStringLiteral("theme"), theme);
    if (!chat.isEmpty())
        root.insert(QStringLiteral("onlinechat"), chat);
    return QStringLiteral("window.amoSocialButtonConfig = %1;\n").arg(JsObjectWriter::literal(root));
}

QString setMetaSnippet(const SetMetaParams &params)
{
    return QStringLiteral("amo_social_button.setMeta(%1);\n").arg(JsObjectWriter::literal(params.toJson()));
}

QStringList buttonMethods()
{
    return {QStringLiteral("runChatShow"), QStringLiteral("runChatHide"), QStringLiteral("runDestroy")};
}

QStringList buttonCallbacks()
{
    return {QStringLiteral("onChatShow|onChatHide"), QStringLiteral("onChatReady"), QStringLiteral("onButtonClick"),
            QStringLiteral("onConversationsChange")};
}

QString methodSnippet(const QString &method)
{
    return QStringLiteral("amoSocialButton(%1);\n").arg(JsObjectWriter::string(method));
}

QString callbackSnippet(const QString &callback)
{
    QString args, body;
    if (callback == u"onButtonClick") {
        args = QStringLiteral("service, link");
        body = QStringLiteral("  // service: the code of the service clicked; link: the URL it opens\n");
    } else if (callback == u"onConversationsChange") {
        args = QStringLiteral("conversations");
        body = QStringLiteral("  // conversations: the visible conversations, or false without multiple conversations\n");
    } else if (callback == u"onChatReady") {
        body = QStringLiteral("  // the chat is ready for the JavaScript API\n");
    } else {
        body = QStringLiteral("  // the chat was opened or closed\n");
    }
    return QStringLiteral("amoSocialButton(%1, function (%2) {\n%3});\n").arg(JsObjectWriter::string(callback), args, body);
}

QString keyActionHookSnippet(const QString &hookName)
{
    return QStringLiteral("amoSocialButton('sendKeyActionHook', %1);\n").arg(JsObjectWriter::string(hookName));
}

QString botConditionSnippet(const QString &param, const QString &value, const QString &operation)
{
    const QJsonArray condition{QJsonObject{{QStringLiteral("term1"), QStringLiteral("{{bot_params.%1}}").arg(param)},
                                           {QStringLiteral("term2"), value}, {QStringLiteral("operation"), operation}}};
    return QString::fromUtf8(QJsonDocument(condition).toJson(QJsonDocument::Indented));
}

} // namespace amodesk

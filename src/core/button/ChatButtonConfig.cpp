#include "ChatButtonConfig.h"

#include "CssColor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ChatButtonConfig) };

const char *const kTheme = "onlinechat.theme.";

struct ColorField { const char *path; QString ChatButtonConfig::*member; };

QList<ColorField> colorFields()
{
    return {{"color", &ChatButtonConfig::color},
            {"onlinechat.theme.background", &ChatButtonConfig::background},
            {"onlinechat.theme.system_color", &ChatButtonConfig::systemColor},
            {"onlinechat.theme.header.background", &ChatButtonConfig::headerBackground},
            {"onlinechat.theme.header.color", &ChatButtonConfig::headerColor},
            {"onlinechat.theme.message.outgoing_background", &ChatButtonConfig::outgoingBackground},
            {"onlinechat.theme.message.outgoing_color", &ChatButtonConfig::outgoingColor},
            {"onlinechat.theme.message.incoming_background", &ChatButtonConfig::incomingBackground},
            {"onlinechat.theme.message.incoming_color", &ChatButtonConfig::incomingColor},
            {"onlinechat.theme.compose.button_background", &ChatButtonConfig::composeButtonBackground}};
}

QList<ColorField> otherTextFields()
{
    return {{"onlinechat.container", &ChatButtonConfig::container},
            {"onlinechat.user_id", &ChatButtonConfig::userId},
            {"onlinechat.locale.date_format", &ChatButtonConfig::dateFormat},
            {"onlinechat.locale.time_format", &ChatButtonConfig::timeFormat}};
}

const QString kLocale = QStringLiteral("onlinechat.locale.");
} // namespace

QStringList ChatButtonConfig::textPaths()
{
    QStringList paths;
    for (const ColorField &f : colorFields() + otherTextFields())
        paths << QLatin1String(f.path);
    for (const QString &key : localeStrings())
        paths << kLocale + key;
    return paths;
}

QString ChatButtonConfig::text(const QString &path) const
{
    for (const ColorField &f : colorFields() + otherTextFields()) {
        if (path == QLatin1String(f.path))
            return this->*f.member;
    }
    return path.startsWith(kLocale) ? strings.value(path.mid(kLocale.size())) : QString();
}

bool ChatButtonConfig::setText(const QString &path, const QString &value)
{
    for (const ColorField &f : colorFields() + otherTextFields()) {
        if (path == QLatin1String(f.path)) {
            this->*f.member = value;
            return true;
        }
    }
    const QString key = path.startsWith(kLocale) ? path.mid(kLocale.size()) : QString();
    if (!localeStrings().contains(key))
        return false;
    if (value.isEmpty())
        strings.remove(key);
    else
        strings.insert(key, value);
    return true;
}

QStringList ChatButtonConfig::localeStrings()
{
    return {QStringLiteral("compose_placeholder"), QStringLiteral("delivery_status_sending"), QStringLiteral("delivery_status_sent"),
            QStringLiteral("delivery_status_read"), QStringLiteral("delivery_status_error"), QStringLiteral("powered_by"),
            QStringLiteral("new_messages")};
}

QStringList ChatButtonConfig::locales()
{
    return {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QString checkDateFnsFormat(const QString &format)
{
    // date-fns v2 format(): these letters are tokens, text in '' is literal, '' is a quote,
    // and any other letter is refused by the library.
    static const QString tokens = QStringLiteral("GyYRuQqMLwIdDEeciabBhHKkmsSXxOzTtPp");
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            const qsizetype close = format.indexOf(u'\'', i + 1);
            if (close < 0)
                return Tr::tr("the quote at position %1 is never closed").arg(i + 1);
            i = close;
            continue;
        }
        if (c.isLetter() && (c.unicode() > 127 || !tokens.contains(c)))
            return Tr::tr("\"%1\" is not a date-fns token; put literal text in single quotes").arg(c);
    }
    return {};
}

QString hashUserId(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ValidationIssues ChatButtonConfig::check() const
{
    ValidationIssues issues;
    for (const ColorField &f : colorFields()) {
        const QString value = this->*f.member;
        if (!value.isEmpty() && !parseCssColor(value))
            issues.append({QLatin1String(f.path), Tr::tr("\"%1\" is not a CSS colour (a name, #hex, rgb(), rgba(), hsl() or hsla())").arg(value)});
    }
    if (!mode.isEmpty() && mode != u"widget" && mode != u"frame")
        issues.append({QStringLiteral("onlinechat.mode"), Tr::tr("must be widget or frame")});
    static const QRegularExpression selector(QStringLiteral("^[#.\\[a-zA-Z*:][^{};]*$"));
    if (mode == u"frame" && container.trimmed().isEmpty())
        issues.append({QStringLiteral("onlinechat.container"), Tr::tr("is required in frame mode: the CSS selector of the element the chat opens in")});
    else if (mode == u"frame" && !selector.match(container.trimmed()).hasMatch())
        issues.append({QStringLiteral("onlinechat.container"), Tr::tr("\"%1\" is not a CSS selector like #chat or .chat-holder").arg(container)});
    if (!localeExtends.isEmpty() && !locales().contains(localeExtends))
        issues.append({QStringLiteral("onlinechat.locale.extends"), Tr::tr("must be ru, en, es or pt")});
    for (const auto &[path, value] : {std::pair{QStringLiteral("onlinechat.locale.date_format"), dateFormat},
                                      std::pair{QStringLiteral("onlinechat.locale.time_format"), timeFormat}}) {
        const QString problem = value.isEmpty() ? QString() : checkDateFnsFormat(value);
        if (!problem.isEmpty())
            issues.append({path, problem});
    }
    for (auto it = strings.cbegin(); it != strings.cend(); ++it) {
        if (!localeStrings().contains(it.key()))
            issues.append({QStringLiteral("onlinechat.locale.") + it.key(), Tr::tr("is not a string the chat lets you change")});
    }
    if (composeHeight < 0 || composeHeight > kMaxComposeHeight)
        issues.append({QLatin1String(kTheme) + QStringLiteral("compose.height"),
                       Tr::tr("must be from 1 to %1 pixels (the chat allows no more), not %2").arg(kMaxComposeHeight).arg(composeHeight)});
    if (headerHidden && (!headerBackground.isEmpty() || !headerColor.isEmpty()))
        issues.append({QLatin1String(kTheme) + QStringLiteral("header"), Tr::tr("has colours but is hidden; show it or clear its colours")});
    return issues;
}

QJsonObject ChatButtonConfig::toJson() const
{
    QJsonObject texts;
    for (auto it = strings.cbegin(); it != strings.cend(); ++it)
        texts.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("hidden"), hidden}, {QStringLiteral("mode"), mode}, {QStringLiteral("container"), container},
                  {QStringLiteral("user_id"), userId}, {QStringLiteral("locale_extends"), localeExtends},
                  {QStringLiteral("date_format"), dateFormat}, {QStringLiteral("time_format"), timeFormat},
                  {QStringLiteral("strings"), texts}, {QStringLiteral("header_hidden"), headerHidden},
                  {QStringLiteral("compose_height"), composeHeight}};
    for (const ColorField &f : colorFields())
        o.insert(QLatin1String(f.path), this->*f.member);
    return o;
}

bool ChatButtonConfig::fromJson(const QJsonObject &o, ChatButtonConfig &c, QString *error)
{
    if (o.isEmpty()) {
        if (error)
            *error = Tr::tr("the preset is empty or not a JSON object");
        return false;
    }
    c = {};
    c.hidden = o.value(QStringLiteral("hidden")).toBool();
    c.mode = o.value(QStringLiteral("mode")).toString();
    c.container = o.value(QStringLiteral("container")).toString();
    c.userId = o.value(QStringLiteral("user_id")).toString();
    c.localeExtends = o.value(QStringLiteral("locale_extends")).toString();
    c.dateFormat = o.value(QStringLiteral("date_format")).toString();
    c.timeFormat = o.value(QStringLiteral("time_format")).toString();
    const QJsonObject texts = o.value(QStringLiteral("strings")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        c.strings.insert(it.key(), it.value().toString());
    c.headerHidden = o.value(QStringLiteral("header_hidden")).toBool();
    c.composeHeight = o.value(QStringLiteral("compose_height")).toInt();
    for (const ColorField &f : colorFields())
        c.*f.member = o.value(QLatin1String(f.path)).toString();
    return true;
}

} // namespace amodesk

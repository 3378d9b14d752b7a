#include "ButtonConfigReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ChatButtonConfig) };

// Walks the documented object, collecting what it does not know and what has the wrong kind.
class DocumentedReader
{
public:
    QStringList unknown, wrong;

    void read(const QJsonObject &o, ChatButtonConfig &c)
    {
        only(o, {QStringLiteral("hidden"), QStringLiteral("color"), QStringLiteral("onlinechat")}, QString());
        c.hidden = flag(o, QStringLiteral("hidden"), QString());
        c.color = text(o, QStringLiteral("color"), QString());
        const QString chat = QStringLiteral("onlinechat.");
        const QJsonObject oc = object(o, QStringLiteral("onlinechat"), QString());
        only(oc, {QStringLiteral("mode"), QStringLiteral("container"), QStringLiteral("user_id"), QStringLiteral("locale"), QStringLiteral("theme")}, chat);
        c.mode = text(oc, QStringLiteral("mode"), chat);
        c.container = text(oc, QStringLiteral("container"), chat);
        c.userId = text(oc, QStringLiteral("user_id"), chat);
        readLocale(object(oc, QStringLiteral("locale"), chat), c, chat + QStringLiteral("locale."));
        readTheme(object(oc, QStringLiteral("theme"), chat), c, chat + QStringLiteral("theme."));
    }

private:
    void readLocale(const QJsonObject &l, ChatButtonConfig &c, const QString &at)
    {
        only(l, QStringList{QStringLiteral("extends"), QStringLiteral("date_format"), QStringLiteral("time_format")} + ChatButtonConfig::localeStrings(), at);
        c.localeExtends = text(l, QStringLiteral("extends"), at);
        c.dateFormat = text(l, QStringLiteral("date_format"), at);
        c.timeFormat = text(l, QStringLiteral("time_format"), at);
        for (const QString &key : ChatButtonConfig::localeStrings()) {
            if (l.contains(key))
                c.strings.insert(key, text(l, key, at));
        }
    }

    void readTheme(const QJsonObject &t, ChatButtonConfig &c, const QString &at)
    {
        only(t, {QStringLiteral("background"), QStringLiteral("system_color"), QStringLiteral("header"), QStringLiteral("message"), QStringLiteral("compose")}, at);
        c.background = text(t, QStringLiteral("background"), at);
        c.systemColor = text(t, QStringLiteral("system_color"), at);
        const QJsonValue header = t.value(QStringLiteral("header"));
        if (header.isBool()) {
            c.headerHidden = !header.toBool();
        } else {
            const QJsonObject h = object(t, QStringLiteral("header"), at);
            only(h, {QStringLiteral("background"), QStringLiteral("color")}, at + QStringLiteral("header."));
            c.headerBackground = text(h, QStringLiteral("background"), at + QStringLiteral("header."));
            c.headerColor = text(h, QStringLiteral("color"), at + QStringLiteral("header."));
        }
        const QString m = at + QStringLiteral("message.");
        const QJsonObject message = object(t, QStringLiteral("message"), at);
        only(message, {QStringLiteral("outgoing_background"), QStringLiteral("outgoing_color"), QStringLiteral("incoming_background"), QStringLiteral("incoming_color")}, m);
        c.outgoingBackground = text(message, QStringLiteral("outgoing_background"), m);
        c.outgoingColor = text(message, QStringLiteral("outgoing_color"), m);
        c.incomingBackground = text(message, QStringLiteral("incoming_background"), m);
        c.incomingColor = text(message, QStringLiteral("incoming_color"), m);
        const QString k = at + QStringLiteral("compose.");
        const QJsonObject compose = object(t, QStringLiteral("compose"), at);
        only(compose, {QStringLiteral("height"), QStringLiteral("button_background")}, k);
        const QJsonValue height = compose.value(QStringLiteral("height"));
        if (!height.isUndefined() && !height.isDouble())
            wrong << Tr::tr("%1 must be a number of pixels").arg(k + QStringLiteral("height"));
        c.composeHeight = height.toInt();
        c.composeButtonBackground = text(compose, QStringLiteral("button_background"), k);
    }

    void only(const QJsonObject &o, const QStringList &known, const QString &at)
    {
        for (const QString &key : o.keys()) {
            if (!known.contains(key))
                unknown << at + key;
        }
    }

    QString text(const QJsonObject &o, const QString &key, const QString &at)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isString())
            wrong << Tr::tr("%1 must be text").arg(at + key);
        return v.toString();
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &at)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            wrong << Tr::tr("%1 must be true or false").arg(at + key);
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &at)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isObject())
            wrong << Tr::tr("%1 must be an object").arg(at + key);
        return v.toObject();
    }
};

QStringList presetKeys()
{
    return ChatButtonConfig().toJson().keys();
}
} // namespace

bool readButtonConfig(const QJsonObject &json, ChatButtonConfig &config, QString *error)
{
    QStringList problems;
    if (json.contains(QStringLiteral("onlinechat"))) {
        DocumentedReader reader;
        ChatButtonConfig read;
        reader.read(json, read);
        if (!reader.unknown.isEmpty())
            problems << Tr::tr("unknown keys: %1").arg(reader.unknown.join(QStringLiteral(", ")));
        problems += reader.wrong;
        if (problems.isEmpty())
            config = read;
    } else {
        QStringList unknown;
        const QStringList known = presetKeys();
        for (const QString &key : json.keys()) {
            if (!known.contains(key))
                unknown << key;
        }
        if (!unknown.isEmpty())
            problems << Tr::tr("unknown keys: %1 (neither a preset of AmoDesk nor the documented {\"onlinechat\": {...}} object)").arg(unknown.join(QStringLiteral(", ")));
        else if (QString why; !ChatButtonConfig::fromJson(json, config, &why))
            problems << why;
    }
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

} // namespace amodesk

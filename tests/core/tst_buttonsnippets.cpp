// The website button's snippets (seeds 000 and 001): every option against the JavaScript
// expected, and every snippet run by a real JavaScript engine (QJSEngine) to prove it parses
// and builds what the chat reads. Also the amodesk-cli command that prints a preset's snippet.
#include "button/ButtonSnippets.h"
#include "button/CssColor.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace amodesk;

namespace {
// Runs a configuration snippet as a page would and returns the value at `path` of the object it
// made (as a variant: a value of the engine dies with it); an invalid variant when there is none.
QVariant configValue(const QString &snippet, const QString &path)
{
    QJSEngine js;
    const QJSValue run = js.evaluate(QStringLiteral("var window = {};\n") + snippet);
    if (run.isError())
        return QString(QStringLiteral("SYNTAX ERROR: ") + run.toString());
    const QJSValue value = js.evaluate(QStringLiteral("window.amoSocialButtonConfig") + (path.isEmpty() ? QString() : QStringLiteral(".") + path));
    return value.isUndefined() || value.isError() ? QVariant() : value.toVariant();
}

bool parses(const QString &code, QString *why = nullptr)
{
    QJSEngine js;
    const QJSValue r = js.evaluate(QStringLiteral("var amo_social_button = {setMeta: function (p) { this.got = p; }};\n"
                                                  "var calls = []; function amoSocialButton(a, b) { calls.push(a); }\n") + code);
    if (why)
        *why = r.toString();
    return !r.isError();
}
} // namespace

class TestButtonSnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSetIsAnEmptyObject()
    {
        QCOMPARE(configSnippet({}), QStringLiteral("window.amoSocialButtonConfig = {};\n"));
        QCOMPARE(configValue(configSnippet({}), {}).typeId(), QMetaType::QVariantMap);
    }

    void theSeedsFirstExampleIsWrittenAsTheSeedPrintsIt()
    {
        ChatButtonConfig c;
        c.color = QStringLiteral("#000");
        c.localeExtends = QStringLiteral("ru");
        c.strings.insert(QStringLiteral("compose_placeholder"), QStringLiteral("Напишите ваш вопрос..."));
        c.headerHidden = true;
        const QString expected = QStringLiteral(
            "window.amoSocialButtonConfig = {\n"
            "  color: '#000',\n"
            "  onlinechat: {\n"
            "    locale: {\n"
            "      compose_placeholder: 'Напишите ваш вопрос...',\n"
            "      extends: 'ru',\n"
            "    },\n"
            "    theme: {\n"
            "      header: false,\n"
            "    },\n"
            "  },\n"
            "};\n");
        QCOMPARE(configSnippet(c), expected);
        QCOMPARE(configValue(expected, QStringLiteral("onlinechat.theme.header")).toBool(), false);
        QCOMPARE(configValue(expected, QStringLiteral("onlinechat.locale.extends")).toString(), QStringLiteral("ru"));
    }

    void everyOptionLandsWhereTheChatReadsIt_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hidden") << "hidden" << "true";
        QTest::newRow("color") << "color" << "rgb(10, 20, 30)";
        QTest::newRow("mode") << "onlinechat.mode" << "frame";
        QTest::newRow("container") << "onlinechat.container" << "#custom_chat_holder";
        QTest::newRow("user_id") << "onlinechat.user_id" << "abc123";
        QTest::newRow("extends") << "onlinechat.locale.extends" << "es";
        QTest::newRow("date_format") << "onlinechat.locale.date_format" << "dd.MM.YYYY";
        QTest::newRow("time_format") << "onlinechat.locale.time_format" << "HH:mm";
        for (const QString &key : ChatButtonConfig::localeStrings())
            QTest::newRow(qPrintable(key)) << QStringLiteral("onlinechat.locale.") + key << QStringLiteral("text of ") + key;
        QTest::newRow("background") << "onlinechat.theme.background" << "yellow";
        QTest::newRow("system_color") << "onlinechat.theme.system_color" << "pink";
        QTest::newRow("header background") << "onlinechat.theme.header.background" << "skyblue";
        QTest::newRow("header color") << "onlinechat.theme.header.color" << "black";
        QTest::newRow("outgoing_background") << "onlinechat.theme.message.outgoing_background" << "red";
        QTest::newRow("outgoing_color") << "onlinechat.theme.message.outgoing_color" << "white";
        QTest::newRow("incoming_background") << "onlinechat.theme.message.incoming_background" << "blue";
        QTest::newRow("incoming_color") << "onlinechat.theme.message.incoming_color" << "#fff";
        QTest::newRow("compose height") << "onlinechat.theme.compose.height" << "100";
        QTest::newRow("button_background") << "onlinechat.theme.compose.button_background" << "rgba(0, 0, 0, 0.5)";
    }

    void everyOptionLandsWhereTheChatReadsIt()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ChatButtonConfig c;
        if (path == u"hidden") c.hidden = true;
        else if (path == u"color") c.color = expected;
        else if (path == u"onlinechat.mode") { c.mode = expected; c.container = QStringLiteral("#x"); }
        else if (path == u"onlinechat.container") { c.mode = QStringLiteral("frame"); c.container = expected; }
        else if (path == u"onlinechat.user_id") c.userId = expected;
        else if (path == u"onlinechat.locale.extends") c.localeExtends = expected;
        else if (path == u"onlinechat.locale.date_format") c.dateFormat = expected;
        else if (path == u"onlinechat.locale.time_format") c.timeFormat = expected;
        else if (path.startsWith(QStringLiteral("onlinechat.locale."))) c.strings.insert(path.section(u'.', 2), expected);
        else if (path == u"onlinechat.theme.background") c.background = expected;
        else if (path == u"onlinechat.theme.system_color") c.systemColor = expected;
        else if (path == u"onlinechat.theme.header.background") c.headerBackground = expected;
        else if (path == u"onlinechat.theme.header.color") c.headerColor = expected;
        else if (path == u"onlinechat.theme.message.outgoing_background") c.outgoingBackground = expected;
        else if (path == u"onlinechat.theme.message.outgoing_color") c.outgoingColor = expected;
        else if (path == u"onlinechat.theme.message.incoming_background") c.incomingBackground = expected;
        else if (path == u"onlinechat.theme.message.incoming_color") c.incomingColor = expected;
        else if (path == u"onlinechat.theme.compose.height") c.composeHeight = expected.toInt();
        else if (path == u"onlinechat.theme.compose.button_background") c.composeButtonBackground = expected;
        QVERIFY2(c.check().isEmpty(), qPrintable(describe(c.check())));
        const QString snippet = configSnippet(c);
        const QVariant value = configValue(snippet, path);
        QVERIFY2(value.isValid(), qPrintable(snippet));
        QCOMPARE(value.toString(), expected);
        // Minimal: one option set, one leaf written (frame mode needs its container).
        const int leaves = int(snippet.count(QStringLiteral(": ")) - snippet.count(QStringLiteral(": {")));
        QCOMPARE(leaves, path.contains(QStringLiteral("mode")) || path.contains(QStringLiteral("container")) ? 2 : 1);
    }

    void widgetModeIsTheDefaultAndLeftOut()
    {
        ChatButtonConfig c;
        c.mode = QStringLiteral("widget");
        c.container = QStringLiteral("#ignored");
        QCOMPARE(configSnippet(c), configSnippet({}));
    }

    void textIsEscapedForScriptAndQuotes()
    {
        ChatButtonConfig c;
        const QString tricky = QStringLiteral("It's \"fine\" \\ </script><b>\nnew line \u2028");
        c.strings.insert(QStringLiteral("powered_by"), tricky);
        const QString snippet = configSnippet(c);
        QVERIFY(!snippet.contains(QStringLiteral("</script")));
        QCOMPARE(configValue(snippet, QStringLiteral("onlinechat.locale.powered_by")).toString(), tricky);
    }

    void cssColoursAreTheFormsABrowserAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *ok : {"red", "SkyBlue", "transparent", "rebeccapurple", "#000", "#0008", "#1f8ceb", "#1f8ceb80", "rgb(10, 20, 30)",
                               "rgb(10 20 30)", "rgba(0, 0, 0, 0.5)", "rgb(100%, 0%, 0%)", "rgb(0 0 0 / 50%)", "hsl(120, 100%, 50%)",
                               "hsla(120deg, 100%, 50%, 0.3)"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        for (const char *bad : {"", "reddish", "#12", "#12345", "#ggg", "rgb(300, 0, 0)", "rgb(1, 2)", "rgba(0,0,0,2)", "hsl(120, 100, 50)",
                                "url(x.png)", "red;background:blue"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad) << false;
    }

    void cssColoursAreTheFormsABrowserAccepts()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseCssColor(text).has_value(), valid);
    }

    void colourValuesAreRead()
    {
        const auto c = parseCssColor(QStringLiteral("#1f8ceb80"));
        QVERIFY(c);
        QCOMPARE(c->r, 0x1f);
        QCOMPARE(c->b, 0xeb);
        QCOMPARE(c->a, 0x80); // CSS puts alpha last
        QCOMPARE(parseCssColor(QStringLiteral("hsl(0, 100%, 50%)"))->r, 255);
    }

    void wrongOptionsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("needle");
        QTest::newRow("colour") << "onlinechat.theme.background" << "CSS";
        QTest::newRow("frame without container") << "onlinechat.container" << "frame mode";
        QTest::newRow("compose too high") << "onlinechat.theme.compose.height" << "170";
        QTest::newRow("unknown date token") << "onlinechat.locale.date_format" << "\"f\"";
        QTest::newRow("unclosed quote") << "onlinechat.locale.time_format" << "never closed";
        QTest::newRow("locale") << "onlinechat.locale.extends" << "ru, en, es or pt";
    }

    void wrongOptionsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, needle);
        ChatButtonConfig c;
        if (field == u"onlinechat.theme.background") c.background = QStringLiteral("bluish");
        if (field == u"onlinechat.container") c.mode = QStringLiteral("frame");
        if (field == u"onlinechat.theme.compose.height") c.composeHeight = 171;
        if (field == u"onlinechat.locale.date_format") c.dateFormat = QStringLiteral("dd.MM.yyyy f");
        if (field == u"onlinechat.locale.time_format") c.timeFormat = QStringLiteral("HH:mm 'h");
        if (field == u"onlinechat.locale.extends") c.localeExtends = QStringLiteral("de");
        const ValidationIssues issues = c.check();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QVERIFY2(issues.first().message.contains(needle), qPrintable(issues.first().message));
    }

    // The form reads and fills the config by these paths; each lands in the snippet, and a wrong
    // value is named by the same path the form marks.
    void textFieldsAreFoundByTheirPlaceInTheSnippet()
    {
        ChatButtonConfig c;
        c.mode = QStringLiteral("frame"); // where the container is written
        const QStringList paths = ChatButtonConfig::textPaths();
        QCOMPARE(paths.size(), 21);
        for (qsizetype i = 0; i < paths.size(); ++i)
            QVERIFY2(c.setText(paths[i], QStringLiteral("value%1x").arg(i)), qPrintable(paths[i]));
        const QString snippet = configSnippet(c);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            QCOMPARE(c.text(paths[i]), QStringLiteral("value%1x").arg(i));
            QCOMPARE(configValue(snippet, paths[i]).toString(), QStringLiteral("value%1x").arg(i));
        }
        QVERIFY(!c.setText(QStringLiteral("onlinechat.locale.unknown"), QStringLiteral("x")));
        QVERIFY(!c.setText(QStringLiteral("note.text"), QStringLiteral("x")));
        QVERIFY(c.setText(QStringLiteral("onlinechat.locale.powered_by"), QString()));
        QVERIFY(!c.strings.contains(QStringLiteral("powered_by")));
        for (const QString &path : paths) {
            ChatButtonConfig wrong;
            wrong.setText(path, QStringLiteral("bluish 'f"));
            for (const ValidationIssue &issue : wrong.check())
                QCOMPARE(issue.field, path);
        }
        ChatButtonConfig colour;
        colour.setText(QStringLiteral("onlinechat.theme.message.incoming_color"), QStringLiteral("bluish"));
        QCOMPARE(colour.check().size(), 1);
    }

    void dateFnsFormatsOfTheSeedAreAccepted()
    {
        for (const char *f : {"dd.MM.YYYY", "HH:mm", "d MMMM yyyy 'at' HH:mm", "''h''"})
            QVERIFY2(checkDateFnsFormat(QString::fromLatin1(f)).isEmpty(), f);
    }

    void setMetaOfTheSeedsExample()
    {
        SetMetaParams p;
        p.noteText = QStringLiteral("Текст примечания");
        p.noteElementType = 1;
        p.noteType = 4;
        p.contactName = QStringLiteral("Иван Иванов");
        p.contactFields = {{123456, {{QStringLiteral("+7123456789"), 12345, {}}}}};
        p.leadName = QStringLiteral("Название сделки");
        p.leadSale = 999;
        p.leadFields = {{777, {{QStringLiteral("Москва"), 0, QStringLiteral("city")}}}};
        p.botParams = {{QStringLiteral("username"), QStringLiteral("Ivan")}};
        QVERIFY(p.check().isEmpty());
        const QString snippet = setMetaSnippet(p);
        QVERIFY(snippet.startsWith(QStringLiteral("amo_social_button.setMeta({\n  bot_params: {\n    username: 'Ivan',\n  },\n  contact: {\n")));
        QJSEngine js;
        js.evaluate(QStringLiteral("var amo_social_button = {setMeta: function (p) { this.got = p; }};"));
        const QJSValue run = js.evaluate(snippet);
        QVERIFY2(!run.isError(), qPrintable(run.toString()));
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.note.note_type")).toInt(), 4);
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.contact.custom_fields[0].values[0].enum")).toInt(), 12345);
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.lead.sale")).toInt(), 999);
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.lead.custom_fields[0].values[0].subtype")).toString(), QStringLiteral("city"));
        QCOMPARE(js.evaluate(QStringLiteral("amo_social_button.got.bot_params.username")).toString(), QStringLiteral("Ivan"));
    }

    void setMetaProblemsAreNamed()
    {
        SetMetaParams p;
        p.noteText = QStringLiteral("x");
        p.leadFields = {{0, {}}};
        p.leadSale = -2;
        QStringList fields;
        for (const ValidationIssue &i : p.check())
            fields << i.field;
        QVERIFY(fields.contains(QStringLiteral("note.element_type")));
        QVERIFY(fields.contains(QStringLiteral("note.note_type")));
        QVERIFY(fields.contains(QStringLiteral("lead.custom_fields.0.id")));
        QVERIFY(fields.contains(QStringLiteral("lead.custom_fields.0.values")));
        QVERIFY(fields.contains(QStringLiteral("lead.sale")));
    }

    void methodsCallbacksHooksAndConditionsRun()
    {
        QStringList snippets;
        for (const QString &m : buttonMethods())
            snippets << methodSnippet(m);
        for (const QString &c : buttonCallbacks())
            snippets << callbackSnippet(c);
        snippets << keyActionHookSnippet(QStringLiteral("Заявка 'VIP'"));
        QCOMPARE(methodSnippet(QStringLiteral("runChatShow")), QStringLiteral("amoSocialButton('runChatShow');\n"));
        QCOMPARE(keyActionHookSnippet(QStringLiteral("paid")), QStringLiteral("amoSocialButton('sendKeyActionHook', 'paid');\n"));
        QJSEngine js;
        js.evaluate(QStringLiteral("var calls = []; function amoSocialButton(a, b) { calls.push(a + (b === undefined ? '' : ':' + typeof b)); }"));
        for (const QString &s : snippets) {
            const QJSValue r = js.evaluate(s);
            QVERIFY2(!r.isError(), qPrintable(s + r.toString()));
        }
        QCOMPARE(js.evaluate(QStringLiteral("calls.join(',')")).toString(),
                 QStringLiteral("runChatShow,runChatHide,runDestroy,onChatShow|onChatHide:function,onChatReady:function,onButtonClick:function,"
                                "onConversationsChange:function,sendKeyActionHook:string"));
        const QString condition = botConditionSnippet(QStringLiteral("locale"), QStringLiteral("ru"));
        const QJSValue parsed = js.evaluate(QStringLiteral("(") + condition + QStringLiteral(")"));
        QCOMPARE(parsed.property(0).property(QStringLiteral("term1")).toString(), QStringLiteral("{{bot_params.locale}}"));
        QCOMPARE(parsed.property(0).property(QStringLiteral("operation")).toString(), QStringLiteral("="));
    }

    void userIdHashIsSha256()
    {
        QCOMPARE(hashUserId(QStringLiteral("abc")), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void presetsRoundTrip()
    {
        ChatButtonConfig c;
        c.hidden = true;
        c.mode = QStringLiteral("frame");
        c.container = QStringLiteral(".chat");
        c.strings.insert(QStringLiteral("new_messages"), QStringLiteral("Новые"));
        c.composeHeight = 120;
        c.incomingColor = QStringLiteral("#fff");
        ChatButtonConfig back;
        QString error;
        QVERIFY(ChatButtonConfig::fromJson(c.toJson(), back, &error));
        QVERIFY(back == c);
        QVERIFY(!ChatButtonConfig::fromJson({}, back, &error));
        QVERIFY(!error.isEmpty());
    }

    void cliPrintsThePresetsSnippet()
    {
        QTemporaryDir dir;
        ChatButtonConfig c;
        c.color = QStringLiteral("#1f8ceb");
        c.localeExtends = QStringLiteral("en");
        const QString good = dir.filePath(QStringLiteral("site.json"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(c.toJson()).toJson());
        f.close();
        const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli"));
        QProcess p;
        p.start(cli, {QStringLiteral("button"), QStringLiteral("snippet"), good});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), configSnippet(c));
        c.background = QStringLiteral("not-a-colour");
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QJsonDocument(c.toJson()).toJson());
        b.close();
        p.start(cli, {QStringLiteral("button"), QStringLiteral("snippet"), bad});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("onlinechat.theme.background")));
    }

    // #16.9: the configuration object exactly as seed 001 documents it is read whole (it printed
    // only the colour), and keys that neither shape knows are refused by name.
    void cliTakesTheDocumentedObjectAndNamesUnknownKeys()
    {
        QTemporaryDir dir;
        auto run = [&dir](const QJsonObject &json, QString *out, QString *err) {
            const QString path = dir.filePath(QStringLiteral("config.json"));
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(QJsonDocument(json).toJson());
            f.close();
            QProcess p;
            p.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")), {QStringLiteral("button"), QStringLiteral("snippet"), path});
            p.waitForFinished(30000);
            *out = QString::fromUtf8(p.readAllStandardOutput());
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        // The seed's first example.
        const QJsonObject documented{
            {QStringLiteral("hidden"), false},
            {QStringLiteral("color"), QStringLiteral("#000")},
            {QStringLiteral("onlinechat"),
             QJsonObject{{QStringLiteral("mode"), QStringLiteral("widget")},
                         {QStringLiteral("user_id"), QString()},
                         {QStringLiteral("locale"), QJsonObject{{QStringLiteral("extends"), QStringLiteral("ru")},
                                                                {QStringLiteral("compose_placeholder"), QStringLiteral("Напишите ваш вопрос...")}}},
                         {QStringLiteral("theme"), QJsonObject{{QStringLiteral("header"), false}}}}}};
        ChatButtonConfig expected;
        expected.color = QStringLiteral("#000");
        expected.mode = QStringLiteral("widget");
        expected.localeExtends = QStringLiteral("ru");
        expected.strings.insert(QStringLiteral("compose_placeholder"), QStringLiteral("Напишите ваш вопрос..."));
        expected.headerHidden = true;
        QString out, err;
        QCOMPARE(run(documented, &out, &err), 0);
        QCOMPARE(out, configSnippet(expected));
        // The seed's theme example, colours and all.
        const QJsonObject theme{{QStringLiteral("onlinechat"), QJsonObject{{QStringLiteral("theme"), QJsonObject{
            {QStringLiteral("background"), QStringLiteral("yellow")}, {QStringLiteral("system_color"), QStringLiteral("pink")},
            {QStringLiteral("header"), QJsonObject{{QStringLiteral("background"), QStringLiteral("skyblue")}, {QStringLiteral("color"), QStringLiteral("black")}}},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("outgoing_background"), QStringLiteral("red")}, {QStringLiteral("outgoing_color"), QStringLiteral("white")},
                                                    {QStringLiteral("incoming_background"), QStringLiteral("blue")}, {QStringLiteral("incoming_color"), QStringLiteral("white")}}},
            {QStringLiteral("compose"), QJsonObject{{QStringLiteral("height"), 100}, {QStringLiteral("button_background"), QStringLiteral("black")}}}}}}}};
        QCOMPARE(run(theme, &out, &err), 0);
        for (const char *value : {"yellow", "pink", "skyblue", "outgoing_background", "incoming_color", "height: 100", "button_background"})
            QVERIFY2(out.contains(QLatin1String(value)), value);
        // Unknown keys, in either shape, by their whole path.
        const QJsonObject unknown{{QStringLiteral("extra"), 1},
                                  {QStringLiteral("onlinechat"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")},
                                                                             {QStringLiteral("theme"), QJsonObject{{QStringLiteral("shadow"), true}}}}}};
        QCOMPARE(run(unknown, &out, &err), 3);
        for (const char *key : {"extra", "onlinechat.colour", "onlinechat.theme.shadow"})
            QVERIFY2(err.contains(QLatin1String(key)), qPrintable(err));
        QVERIFY(out.isEmpty());
        QJsonObject preset = ChatButtonConfig().toJson();
        preset.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QCOMPARE(run(preset, &out, &err), 3);
        QVERIFY2(err.contains(QStringLiteral("colour")), qPrintable(err));
        const QJsonObject wrongKind{{QStringLiteral("onlinechat"), QJsonObject{{QStringLiteral("theme"), QJsonObject{{QStringLiteral("compose"), QJsonObject{{QStringLiteral("height"), QStringLiteral("tall")}}}}}}}};
        QCOMPARE(run(wrongKind, &out, &err), 3);
        QVERIFY2(err.contains(QStringLiteral("onlinechat.theme.compose.height")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestButtonSnippets)
#include "tst_buttonsnippets.moc"

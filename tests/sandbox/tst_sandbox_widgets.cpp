// Conformance of widgets (seed 003), Salesbot/Marketingbot continue, and the lookups a client
// needs to show names instead of ids.
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace testing;

namespace {
QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

class TestSandboxWidgets : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpProbe> m_http;
    QJsonArray m_widgets;

    QJsonObject widgetWithField(const QString &type, bool required)
    {
        for (const QJsonValue &w : std::as_const(m_widgets)) {
            for (const QJsonValue &f : w[QStringLiteral("settings_template")].toArray()) {
                if (f[QStringLiteral("type")].toString() == type && f[QStringLiteral("is_required")].toBool() == required)
                    return w.toObject();
            }
        }
        return {};
    }

    QStringList errorPaths(const HttpResult &r)
    {
        QStringList paths;
        for (const QJsonValue &e : r.json()[QStringLiteral("validation-errors")][0][QStringLiteral("errors")].toArray())
            paths << e[QStringLiteral("path")].toString();
        return paths;
    }

    HttpResult continueBot(const QString &path, const QJsonArray &handlers)
    {
        return m_http->send("POST", path, json({{QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}},
                                                {QStringLiteral("execute_handlers"), handlers}}));
    }

    static QJsonObject show(const QString &type, const QString &value, const QStringList &buttons = {})
    {
        QJsonObject params{{QStringLiteral("type"), type}, {QStringLiteral("value"), value}};
        if (!buttons.isEmpty())
            params[QStringLiteral("buttons")] = QJsonArray::fromStringList(buttons);
        return {{QStringLiteral("handler"), QStringLiteral("show")}, {QStringLiteral("params"), params}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("200"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_sandbox.errorText()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl(), m_sandbox.token());
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/widgets?limit=250"));
        QCOMPARE(r.status, 200);
        m_widgets = r.json()[QStringLiteral("_embedded")][QStringLiteral("widgets")].toArray();
    }

    void listHasTheDocumentedShape()
    {
        QVERIFY(m_widgets.size() >= 40);
        bool stringRating = false, numberRating = false, installed = false, leadSource = false;
        for (const QJsonValue &w : std::as_const(m_widgets)) {
            for (const char *key : {"id", "code", "version", "rating", "settings_template", "is_lead_source", "is_work_with_dp",
                                    "is_crm_template", "client_uuid", "is_active_in_account", "pipeline_id", "_links"})
                QVERIFY2(w.toObject().contains(QLatin1String(key)), key);
            QVERIFY2(!w.toObject().contains(QStringLiteral("settings")), "a list never carries settings");
            stringRating = stringRating || (w[QStringLiteral("rating")].isString() && w[QStringLiteral("rating")].toString().contains(u','));
            numberRating = numberRating || w[QStringLiteral("rating")].isDouble();
            installed = installed || w[QStringLiteral("is_active_in_account")].toBool();
            leadSource = leadSource || (w[QStringLiteral("is_lead_source")].toBool() && !w[QStringLiteral("pipeline_id")].isNull());
        }
        QVERIFY(stringRating && numberRating && installed && leadSource);
        for (const char *type : {"text", "pass", "users", "users_lp", "custom"})
            QVERIFY2(!widgetWithField(QLatin1String(type), true).isEmpty() || !widgetWithField(QLatin1String(type), false).isEmpty(), type);
    }

    void pagingAndLimit()
    {
        const HttpResult first = m_http->get(QStringLiteral("/api/v4/widgets?limit=15"));
        QCOMPARE(first.json()[QStringLiteral("_embedded")][QStringLiteral("widgets")].toArray().size(), 15);
        QVERIFY(first.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("next")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/widgets?limit=251")).json()[QStringLiteral("_embedded")][QStringLiteral("widgets")].toArray().size(), 40);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/widgets?limit=50&page=2")).status, 204);
    }

    void byCodeAndSettingsOnlyForTheLinkedIntegration()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v4/widgets/amo_dropbox"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("code")].toString(), QStringLiteral("amo_dropbox"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/widgets/no_such_widget")).status, 404);
        int linkedWithSettings = 0, foreignWithSettings = 0;
        for (const QJsonValue &w : std::as_const(m_widgets)) {
            if (!w[QStringLiteral("is_active_in_account")].toBool())
                continue;
            const QJsonObject full = m_http->get(QStringLiteral("/api/v4/widgets/") + w[QStringLiteral("code")].toString()).json();
            const bool linked = full[QStringLiteral("client_uuid")].toString() == kClientId;
            if (full.contains(QStringLiteral("settings")))
                (linked ? linkedWithSettings : foreignWithSettings)++;
        }
        QVERIFY(linkedWithSettings > 0);
        QCOMPARE(foreignWithSettings, 0);
    }

    void installValidatesAgainstTheTemplate()
    {
        const QJsonObject asterisk = m_http->get(QStringLiteral("/api/v4/widgets/amo_asterisk")).json();
        QCOMPARE(asterisk[QStringLiteral("settings_template")].toArray().size(), 4);
        // Required fields left out are named.
        HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/widgets/amo_asterisk"), json({{QStringLiteral("login"), QStringLiteral("example")}}));
        QCOMPARE(r.status, 400);
        QVERIFY(errorPaths(r).contains(QStringLiteral("password")));
        QVERIFY(errorPaths(r).contains(QStringLiteral("phones")));
        // users keyed by an unknown user
        const QJsonObject settings{{QStringLiteral("login"), QStringLiteral("example")}, {QStringLiteral("password"), QStringLiteral("eXaMp1E")},
                                   {QStringLiteral("phones"), QJsonObject{{QStringLiteral("1"), QStringLiteral("1039")}}},
                                   {QStringLiteral("script_path"), QStringLiteral("https://example.com/")}};
        r = m_http->send("POST", QStringLiteral("/api/v4/widgets/amo_asterisk"), json(settings));
        QCOMPARE(r.status, 400);
        QVERIFY(errorPaths(r).contains(QStringLiteral("phones.1")));
        QJsonObject good = settings;
        good[QStringLiteral("phones")] = QJsonObject{{QStringLiteral("504141"), QStringLiteral("1039")}};
        r = m_http->send("POST", QStringLiteral("/api/v4/widgets/amo_asterisk"), json(good));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("is_active_in_account")].toBool());
        QCOMPARE(r.json()[QStringLiteral("settings")].toObject(), good);
        QVERIFY(m_http->get(QStringLiteral("/api/v4/widgets/amo_asterisk")).json()[QStringLiteral("is_active_in_account")].toBool());
    }

    void installUsersLpAndCustom()
    {
        const QJsonObject w = widgetWithField(QStringLiteral("users_lp"), true);
        QVERIFY(!w.isEmpty());
        const QString code = w[QStringLiteral("code")].toString();
        HttpResult r = m_http->send("POST", QStringLiteral("/api/v4/widgets/") + code,
                                    json({{QStringLiteral("operators"), QJsonObject{{QStringLiteral("504141"), QJsonObject{{QStringLiteral("login"), QStringLiteral("op")}}}}}}));
        QCOMPARE(r.status, 400);
        QVERIFY(errorPaths(r).contains(QStringLiteral("operators.504141")));
        r = m_http->send("POST", QStringLiteral("/api/v4/widgets/") + code,
                         json({{QStringLiteral("operators"), QJsonObject{{QStringLiteral("504141"), QJsonObject{{QStringLiteral("login"), QStringLiteral("op"), }, {QStringLiteral("password"), QStringLiteral("pw")}}}}}}));
        QCOMPARE(r.status, 200);
        const QString custom = widgetWithField(QStringLiteral("custom"), false)[QStringLiteral("code")].toString();
        r = m_http->send("POST", QStringLiteral("/api/v4/widgets/") + custom, json({{QStringLiteral("conf"), QJsonObject{{QStringLiteral("any"), QJsonArray{1, 2}}}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/widgets/") + custom, "[1,2]").status, 400);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/widgets/no_such_widget"), "{}").status, 404);
    }

    void uninstall()
    {
        const HttpResult r = m_http->send("DELETE", QStringLiteral("/api/v4/widgets/amo_asterisk"), {});
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!m_http->get(QStringLiteral("/api/v4/widgets/amo_asterisk")).json()[QStringLiteral("is_active_in_account")].toBool());
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v4/widgets/no_such_widget"), {}).status, 404);
    }

    void botContinueLimits()
    {
        const QString path = QStringLiteral("/api/v4/salesbot/102/continue/5003");
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(show(QStringLiteral("text"), QStringLiteral("x")));
        HttpResult r = continueBot(path, eleven);
        QCOMPARE(r.status, 400);
        QVERIFY(errorPaths(r).contains(QStringLiteral("execute_handlers")));
        r = continueBot(path, {show(QStringLiteral("text"), QString(81, u'я'))});
        QCOMPARE(r.status, 400);
        QVERIFY(errorPaths(r).contains(QStringLiteral("execute_handlers.0.params.value")));
        QStringList many;
        for (int i = 0; i < 26; ++i)
            many << QStringLiteral("%1ая кнопка").arg(i + 1);
        r = continueBot(path, {show(QStringLiteral("buttons"), QStringLiteral("Нажми на кнопку"), many)});
        QVERIFY(errorPaths(r).contains(QStringLiteral("execute_handlers.0.params.buttons")));
        r = continueBot(path, {show(QStringLiteral("buttons_url"), QStringLiteral("Ссылки"), {QStringLiteral("amocrm dot ru")})});
        QVERIFY(errorPaths(r).contains(QStringLiteral("execute_handlers.0.params.buttons")));
        const QJsonObject badGoto{{QStringLiteral("handler"), QStringLiteral("goto")}, {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), QStringLiteral("jump")}, {QStringLiteral("step"), 5}}}};
        QVERIFY(errorPaths(continueBot(path, {badGoto})).contains(QStringLiteral("execute_handlers.0.params.type")));
    }

    void botContinueAccepted()
    {
        const QJsonObject goTo{{QStringLiteral("handler"), QStringLiteral("goto")}, {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), QStringLiteral("question")}, {QStringLiteral("step"), 5}}}};
        QStringList buttons;
        for (int i = 0; i < 25; ++i)
            buttons << QStringLiteral("%1ая кнопка").arg(i + 1);
        const QJsonArray handlers{show(QStringLiteral("text"), QString(80, u'я')), show(QStringLiteral("buttons"), QStringLiteral("Нажми на кнопку"), buttons),
                                  show(QStringLiteral("buttons_url"), QStringLiteral("Кнопки со ссылками"), {QStringLiteral("https://amocrm.ru"), QStringLiteral("https://amocrm.com")}), goTo};
        HttpResult r = continueBot(QStringLiteral("/api/v4/salesbot/102/continue/5003"), handlers);
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        // The continuation is used up, and an unknown one was never there.
        QCOMPARE(continueBot(QStringLiteral("/api/v4/salesbot/102/continue/5003"), handlers).status, 404);
        QCOMPARE(continueBot(QStringLiteral("/api/v4/marketingbot/999/continue/1"), {}).status, 404);
        QCOMPARE(continueBot(QStringLiteral("/api/v4/marketingbot/201/continue/6001"), {}).status, 202);
    }

    void onlyAdministratorsInstallOrContinue()
    {
        // Seed 003: continuing a bot, like installing or uninstalling a widget, is "available
        // only with the account's administrator rights".
        SandboxProcess limited;
        QVERIFY(limited.start({QStringLiteral("--not-admin"), QStringLiteral("--events"), QStringLiteral("50"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpProbe http(limited.baseUrl(), limited.token());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}}}).toJson();
        const HttpResult refused = http.send("POST", QStringLiteral("/api/v4/salesbot/101/continue/5001"), body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(http.send("DELETE", QStringLiteral("/api/v4/widgets/amo_asterisk"), {}).status, 403);
        QCOMPARE(http.get(QStringLiteral("/api/v4/widgets/amo_asterisk")).status, 200); // reading is for everyone
    }

    void unknownPathsAreNotFoundWhateverTheMethod()
    {
        // #13: a path that does not exist is 404, not 405, whatever the method; a known path
        // asked with the wrong method is 405.
        for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST"), QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")}) {
            for (const char *path : {"/api/v4/events/types/more", "/api/v4/events/a/b", "/api/v4/leads/26000001/nothing", "/api/v4/leads/abc",
                                     "/api/v4/usersx", "/api/v4/account/more", "/api/v4/leads/pipelines/x/y", "/api/v4/salesbot/1/stop/2"})
                QVERIFY2(m_http->send(method, QString::fromLatin1(path), "{}").status == 404, qPrintable(QString::fromLatin1(method + ' ' + path)));
        }
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/events"), "{}").status, 405);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v4/users"), {}).status, 405);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v4/leads/custom_fields"), "{}").status, 405);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v4/leads/26000001"), "{}").status, 405);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/v4/salesbot/102/continue/5003"), {}).status, 405);
    }

    void lookups()
    {
        const QJsonObject account = m_http->get(QStringLiteral("/api/v4/account")).json();
        QVERIFY(account[QStringLiteral("id")].toInt() > 0);
        QVERIFY(!account[QStringLiteral("name")].toString().isEmpty());
        const QJsonArray users = m_http->get(QStringLiteral("/api/v4/users")).json()[QStringLiteral("_embedded")][QStringLiteral("users")].toArray();
        QCOMPARE(users.size(), 12);
        QVERIFY(!users[3][QStringLiteral("name")].toString().isEmpty());
        const QJsonArray pipelines = m_http->get(QStringLiteral("/api/v4/leads/pipelines")).json()[QStringLiteral("_embedded")][QStringLiteral("pipelines")].toArray();
        QCOMPARE(pipelines.size(), 3);
        const QJsonArray statuses = pipelines[0][QStringLiteral("_embedded")][QStringLiteral("statuses")].toArray();
        QVERIFY(statuses.size() >= 4);
        QCOMPARE(statuses.last()[QStringLiteral("id")].toInt(), 143);
        const QJsonArray customerStatuses = m_http->get(QStringLiteral("/api/v4/customers/statuses")).json()[QStringLiteral("_embedded")][QStringLiteral("statuses")].toArray();
        QCOMPARE(customerStatuses[0][QStringLiteral("id")].toInt(), 135751);
        for (const char *entity : {"leads", "contacts", "companies", "customers"}) {
            const QJsonArray fields = m_http->get(QStringLiteral("/api/v4/%1/custom_fields").arg(QLatin1String(entity))).json()[QStringLiteral("_embedded")][QStringLiteral("custom_fields")].toArray();
            QVERIFY2(!fields.isEmpty(), entity);
        }
        const QJsonArray leadFields = m_http->get(QStringLiteral("/api/v4/leads/custom_fields")).json()[QStringLiteral("_embedded")][QStringLiteral("custom_fields")].toArray();
        QCOMPARE(leadFields[0][QStringLiteral("id")].toInt(), 57832);
        QCOMPARE(leadFields[0][QStringLiteral("enums")][0][QStringLiteral("id")].toInt(), 145);
        QCOMPARE(m_http->get(QStringLiteral("/api/v4/deals/custom_fields")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWidgets)
#include "tst_sandbox_widgets.moc"

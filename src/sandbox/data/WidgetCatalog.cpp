#include "WidgetCatalog.h"

#include "NameBank.h"

namespace sandbox {

void addWidgets(AccountData &a, Rng &rng, const QString &clientId)
{
    const QStringList codes = {
        QStringLiteral("amo_dropbox"), QStringLiteral("amo_mailchimp"), QStringLiteral("amo_asterisk"), QStringLiteral("amo_telegram"),
        QStringLiteral("amo_whatsapp"), QStringLiteral("amo_viber"), QStringLiteral("amo_vk"), QStringLiteral("amo_facebook"),
        QStringLiteral("amo_instagram"), QStringLiteral("amo_zadarma"), QStringLiteral("amo_mango"), QStringLiteral("amo_onlinepbx"),
        QStringLiteral("amo_uis"), QStringLiteral("amo_sipuni"), QStringLiteral("amo_sms_ru"), QStringLiteral("amo_smsc"),
        QStringLiteral("amo_1c"), QStringLiteral("amo_moysklad"), QStringLiteral("amo_google_sheets"), QStringLiteral("amo_google_calendar"),
        QStringLiteral("amo_tilda"), QStringLiteral("amo_wordpress"), QStringLiteral("amo_jivo"), QStringLiteral("amo_calltouch"),
        QStringLiteral("amo_roistat"), QStringLiteral("amo_docs"), QStringLiteral("amo_lifepay"), QStringLiteral("amo_yandex_direct"),
        QStringLiteral("amo_avito"), QStringLiteral("amo_hh"), QStringLiteral("amo_zoom"), QStringLiteral("amo_slack"),
        QStringLiteral("amo_trello"), QStringLiteral("amo_unisender"), QStringLiteral("amo_sendpulse"), QStringLiteral("amo_webhooks"),
        QStringLiteral("amo_ip_telephony"), QStringLiteral("amo_bitrix_import"), QStringLiteral("amo_retail_template"), QStringLiteral("amo_clinic_template")};
    auto field = [](const QString &key, const QString &name, const QString &type, bool required) {
        return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("name"), name},
                           {QStringLiteral("type"), type}, {QStringLiteral("is_required"), required}};
    };
    for (int i = 0; i < codes.size(); ++i) {
        WidgetRec w;
        w.id = 742 + i * 27;
        w.code = codes[i];
        w.version = QStringLiteral("%1.%2.%3").arg(rng.below(3)).arg(rng.below(10)).arg(rng.below(20));
        const int ratingTenths = 10 + rng.below(41);
        if (i % 3 == 0)
            w.rating = double(ratingTenths) / 10.0;
        else
            w.rating = QStringLiteral("%1,%2").arg(ratingTenths / 10).arg(ratingTenths % 10);
        QJsonArray t;
        switch (i % 6) {
        case 0:
            t.append(field(QStringLiteral("conf"), QStringLiteral("custom"), QStringLiteral("custom"), false));
            break;
        case 1:
            t.append(field(QStringLiteral("api_key"), QStringLiteral("API-ключ"), QStringLiteral("pass"), true));
            t.append(field(QStringLiteral("account"), QStringLiteral("Аккаунт"), QStringLiteral("text"), false));
            break;
        case 2:
            t.append(field(QStringLiteral("login"), QStringLiteral("Логин"), QStringLiteral("text"), true));
            t.append(field(QStringLiteral("password"), QStringLiteral("Пароль"), QStringLiteral("pass"), true));
            t.append(field(QStringLiteral("phones"), QStringLiteral("Список телефонов"), QStringLiteral("users"), true));
            t.append(field(QStringLiteral("script_path"), QStringLiteral("Путь к скрипту"), QStringLiteral("text"), true));
            break;
        case 3:
            t.append(field(QStringLiteral("operators"), QStringLiteral("Операторы"), QStringLiteral("users_lp"), true));
            t.append(field(QStringLiteral("domain"), QStringLiteral("Домен"), QStringLiteral("text"), false));
            break;
        case 4:
            t.append(field(QStringLiteral("token"), QStringLiteral("Токен бота"), QStringLiteral("pass"), true));
            t.append(field(QStringLiteral("extensions"), QStringLiteral("Добавочные"), QStringLiteral("users"), false));
            t.append(field(QStringLiteral("mapping"), QStringLiteral("Сопоставление полей"), QStringLiteral("custom"), false));
            break;
        default:
            break; // no settings at all
        }
        w.settingsTemplate = t;
        w.isLeadSource = i % 4 == 1;
        w.isWorkWithDp = i % 5 == 2;
        w.isCrmTemplate = codes[i].endsWith(QStringLiteral("_template"));
        if (i % 7 == 2)
            w.clientUuid = clientId;
        else if (i % 3 == 1)
            w.clientUuid = names::uuid(rng.next());
        w.installed = i % 3 == 2 || i % 7 == 2;
        if (w.isLeadSource && w.installed)
            w.pipelineId = a.pipelines.at(i % 3).id;
        if (w.installed) {
            for (const QJsonValue &v : std::as_const(w.settingsTemplate)) {
                const QJsonObject f = v.toObject();
                const QString key = f.value(QStringLiteral("key")).toString();
                const QString type = f.value(QStringLiteral("type")).toString();
                if (type == u"text")
                    w.settings[key] = QStringLiteral("example");
                else if (type == u"pass")
                    w.settings[key] = QString(QStringLiteral("s3cr3t-") + QString::number(rng.below(10000)));
                else if (type == u"users")
                    w.settings[key] = QJsonObject{{QString::number(a.users.at(0).id), QStringLiteral("101")}};
                else if (type == u"users_lp")
                    w.settings[key] = QJsonObject{{QString::number(a.users.at(1).id), QJsonObject{{QStringLiteral("login"), QStringLiteral("operator1")}, {QStringLiteral("password"), QString(QStringLiteral("pw-") + QString::number(rng.below(1000)))}}}};
                else
                    w.settings[key] = QJsonObject{{QStringLiteral("enabled"), true}};
            }
        }
        a.widgets.append(w);
    }
}

} // namespace sandbox

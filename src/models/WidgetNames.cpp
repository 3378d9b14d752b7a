#include "WidgetNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace amodesk {

QString readableWidgetName(const QString &code)
{
    static const QHash<QString, QString> spelt{
        {QStringLiteral("1c"), QStringLiteral("1C")},           {QStringLiteral("hh"), QStringLiteral("HH")},
        {QStringLiteral("ip"), QStringLiteral("IP")},           {QStringLiteral("crm"), QStringLiteral("CRM")},
        {QStringLiteral("sms"), QStringLiteral("SMS")},         {QStringLiteral("api"), QStringLiteral("API")},
        {QStringLiteral("vk"), QStringLiteral("VK")},           {QStringLiteral("pbx"), QStringLiteral("PBX")},
        {QStringLiteral("amocrm"), QStringLiteral("amoCRM")},   {QStringLiteral("moysklad"), QStringLiteral("MoySklad")},
        {QStringLiteral("onlinepbx"), QStringLiteral("OnlinePBX")}, {QStringLiteral("calltouch"), QStringLiteral("CallTouch")},
        {QStringLiteral("lifepay"), QStringLiteral("LifePay")}, {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp")},
        {QStringLiteral("youtube"), QStringLiteral("YouTube")}, {QStringLiteral("tiktok"), QStringLiteral("TikTok")},
        {QStringLiteral("retailcrm"), QStringLiteral("RetailCRM")}, {QStringLiteral("wazzup"), QStringLiteral("Wazzup")}};
    QString rest = code.trimmed();
    for (const QString &prefix : {QStringLiteral("amo_"), QStringLiteral("kommo_")}) {
        if (rest.startsWith(prefix, Qt::CaseInsensitive) && rest.size() > prefix.size())
            rest = rest.mid(prefix.size());
    }
    QStringList words;
    for (const QString &word : rest.split(QRegularExpression(QStringLiteral("[_\\-\\s]+")), Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        words << spelt.value(lower, lower.left(1).toUpper() + lower.mid(1));
    }
    return words.isEmpty() ? code : words.join(u' ');
}

} // namespace amodesk

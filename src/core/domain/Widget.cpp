#include "Widget.h"

#include <QJsonDocument>

namespace amodesk {

namespace {
const QString kMask = QStringLiteral("••••••••");
const QString kSettings = QStringLiteral("settings");

double ratingOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return QString(value.toString()).replace(u',', u'.').toDouble();
}
} // namespace

Widget Widget::fromJson(const QJsonObject &json)
{
    Widget w;
    w.code = json.value(QStringLiteral("code")).toString();
    w.version = json.value(QStringLiteral("version")).toString();
    w.clientUuid = json.value(QStringLiteral("client_uuid")).toString();
    w.rating = ratingOf(json.value(QStringLiteral("rating")));
    w.installed = json.value(QStringLiteral("is_active_in_account")).toBool();
    w.leadSource = json.value(QStringLiteral("is_lead_source")).toBool();
    w.digitalPipeline = json.value(QStringLiteral("is_work_with_dp")).toBool();
    w.solution = json.value(QStringLiteral("is_crm_template")).toBool();
    w.pipelineId = json.value(QStringLiteral("pipeline_id")).toInteger();
    w.formJson = json.value(QStringLiteral("settings_template")).toArray();
    for (const QJsonValue &v : std::as_const(w.formJson)) {
        const QJsonObject f = v.toObject();
        w.form.append({f.value(QStringLiteral("key")).toString(), f.value(QStringLiteral("name")).toString(),
                       f.value(QStringLiteral("type")).toString(), f.value(QStringLiteral("is_required")).toBool()});
    }
    w.hasSettings = json.contains(kSettings);
    w.settings = json.value(kSettings).toObject();
    w.raw = json;
    return w;
}

Widget Widget::uninstalled() const
{
    QJsonObject json = raw;
    json.insert(QStringLiteral("is_active_in_account"), false);
    json.insert(QStringLiteral("pipeline_id"), QJsonValue::Null);
    return fromJson(json);
}

Widget Widget::withoutSettings() const
{
    QJsonObject json = raw;
    json.remove(kSettings);
    return fromJson(json);
}

QJsonObject Widget::maskedSettings() const
{
    QJsonObject out = settings;
    for (const WidgetSetting &f : form) {
        if (!out.contains(f.key))
            continue;
        if (f.type == u"pass") {
            out.insert(f.key, kMask);
        } else if (f.type == u"users_lp") {
            QJsonObject byUser = out.value(f.key).toObject();
            for (auto it = byUser.begin(); it != byUser.end(); ++it) {
                QJsonObject lp = it.value().toObject();
                lp.insert(QStringLiteral("password"), kMask);
                it.value() = lp;
            }
            out.insert(f.key, byUser);
        }
    }
    return out;
}

QString Widget::rawText(bool revealSecrets) const
{
    QJsonObject shown = raw;
    if (hasSettings && !revealSecrets)
        shown.insert(kSettings, maskedSettings());
    return QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
}

} // namespace amodesk

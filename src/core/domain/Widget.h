#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace amodesk {

// One field of a widget's settings form (an item of settings_template, seed 003).
struct WidgetSetting {
    QString key;
    QString name;
    QString type; // text, pass, custom, users, users_lp
    bool required = false;

    QString label() const { return name.isEmpty() ? key : name; }
};

// A widget of the catalog (GET /api/v4/widgets), or one widget read alone, which may carry its
// settings (GET /api/v4/widgets/{code}: only to the integration the widget belongs to).
struct Widget {
    QString code;
    QString version;
    QString clientUuid; // of the integration the widget belongs to
    double rating = 0;  // sent as a number or as "2,8"
    bool installed = false;
    bool leadSource = false;
    bool digitalPipeline = false;
    bool solution = false; // a CRM template
    qint64 pipelineId = 0; // a lead source's pipeline; 0 for none
    QList<WidgetSetting> form;
    QJsonArray formJson; // settings_template as sent, what checkWidgetSettings reads
    bool hasSettings = false;
    QJsonObject settings;
    QJsonObject raw; // as amoCRM sent it

    static Widget fromJson(const QJsonObject &json);
    bool isNull() const { return code.isEmpty(); }

    Widget uninstalled() const;     // as the catalog shows it once uninstalled
    Widget withoutSettings() const; // as the catalog shows it: the list never carries settings
    QJsonObject maskedSettings() const; // pass values and users_lp passwords hidden
    QString rawText(bool revealSecrets) const; // the whole widget as indented JSON
};

} // namespace amodesk

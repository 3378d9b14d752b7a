#pragma once

#include "domain/Validation.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace amodesk {

// window.amoSocialButtonConfig as seed 001 documents it. Empty strings and zero numbers mean
// "as amoCRM has it": only what differs is written into the snippet.
struct ChatButtonConfig {
    bool hidden = false;
    QString color;
    QString mode;            // "" (widget, the default), "widget" or "frame"
    QString container;       // frame mode: where the chat opens, a CSS selector
    QString userId;
    QString localeExtends;   // ru, en, es, pt
    QString dateFormat;      // date-fns tokens
    QString timeFormat;
    QMap<QString, QString> strings; // compose_placeholder, delivery_status_*, powered_by, new_messages
    QString background;
    QString systemColor;
    bool headerHidden = false;
    QString headerBackground, headerColor;
    QString outgoingBackground, outgoingColor, incomingBackground, incomingColor;
    int composeHeight = 0;   // pixels; at most 170
    QString composeButtonBackground;

    static QStringList localeStrings();  // the overridable strings, in the seed's order
    // Its text fields by their place in the snippet, as check() names them: "color",
    // "onlinechat.container", "onlinechat.locale.sent"… An empty locale string is left out.
    static QStringList textPaths();
    QString text(const QString &path) const;
    bool setText(const QString &path, const QString &value); // false: no text field there
    static QStringList locales();        // ru, en, es, pt
    static constexpr int kMaxComposeHeight = 170;

    ValidationIssues check() const;      // fields named as in the snippet: "onlinechat.theme.background"
    QJsonObject toJson() const;          // a preset file
    static bool fromJson(const QJsonObject &json, ChatButtonConfig &config, QString *error);
    bool operator==(const ChatButtonConfig &other) const = default;
};

// The problems of a date-fns format string (v2 tokens), empty when it is fine.
QString checkDateFnsFormat(const QString &format);

// SHA-256 of a value, in hex: the seed's advice for user_id.
QString hashUserId(const QString &value);

} // namespace amodesk

#pragma once

#include "ChatButtonConfig.h"

#include <QJsonObject>
#include <QList>

namespace amodesk {

// One custom field for amo_social_button.setMeta (seed 000): its values, with an enum id or an
// address subtype where the field needs one.
struct MetaFieldValue { QString value; qint64 enumId = 0; QString subtype; };
struct MetaField { qint64 id = 0; QList<MetaFieldValue> values; };

struct SetMetaParams {
    QString noteText;
    int noteElementType = 0; // 1 contact, 2 lead, 3 company, 12 customer
    int noteType = 0;        // 4 text note, 10/11 calls, 25 service message, 102/103 SMS
    QString contactName;
    QList<MetaField> contactFields;
    QString leadName;
    qint64 leadSale = -1;    // -1: not set
    QList<MetaField> leadFields;
    QJsonObject botParams;

    ValidationIssues check() const;
    QJsonObject toJson() const; // the object passed to setMeta
    static QList<QPair<int, QString>> elementTypes();
    static QList<QPair<int, QString>> noteTypes();
    static QStringList addressSubtypes();
};

// The snippets a site needs, each valid JavaScript on its own.
QString configSnippet(const ChatButtonConfig &config); // only what differs from amoCRM's defaults
QString setMetaSnippet(const SetMetaParams &params);
QString methodSnippet(const QString &method);          // runChatShow, runChatHide, runDestroy
QString callbackSnippet(const QString &callback);      // onChatShow|onChatHide, onChatReady, onButtonClick, onConversationsChange
QString keyActionHookSnippet(const QString &hookName);
QString botConditionSnippet(const QString &param, const QString &value, const QString &operation = QStringLiteral("="));
QStringList buttonMethods();
QStringList buttonCallbacks();

} // namespace amodesk

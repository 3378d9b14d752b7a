#include "BotContinueBody.h"

#include <QJsonArray>

namespace amodesk {

QJsonValue typedScalar(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text);
}

QJsonObject botContinueBody(const QJsonObject &data, const QList<BotHandler> &handlers)
{
    QJsonArray out;
    for (const BotHandler &h : handlers) {
        if (h.kind == BotHandler::GoTo) {
            out.append(QJsonObject{{QStringLiteral("handler"), QStringLiteral("goto")},
                                   {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), h.value}, {QStringLiteral("step"), typedScalar(h.extra)}}}});
            continue;
        }
        const QString type = h.kind == BotHandler::ShowText ? QStringLiteral("text")
            : h.kind == BotHandler::ShowButtons            ? QStringLiteral("buttons")
                                                           : QStringLiteral("buttons_url");
        QJsonObject params{{QStringLiteral("type"), type}, {QStringLiteral("value"), h.value}};
        if (h.kind != BotHandler::ShowText) {
            QJsonArray buttons;
            for (const QString &b : h.extra.split(u'|', Qt::SkipEmptyParts)) {
                if (!b.trimmed().isEmpty())
                    buttons.append(b.trimmed());
            }
            params.insert(QStringLiteral("buttons"), buttons);
        }
        out.append(QJsonObject{{QStringLiteral("handler"), QStringLiteral("show")}, {QStringLiteral("params"), params}});
    }
    QJsonObject body{{QStringLiteral("data"), data}};
    if (!out.isEmpty())
        body.insert(QStringLiteral("execute_handlers"), out);
    return body;
}

} // namespace amodesk

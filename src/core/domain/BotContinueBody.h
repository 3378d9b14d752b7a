#pragma once

#include <QJsonObject>
#include <QList>

namespace amodesk {

// One of the execute_handlers a widget sends when it continues a bot (seed 003).
struct BotHandler {
    enum Kind { ShowText, ShowButtons, ShowLinks, GoTo };
    Kind kind = ShowText;
    QString value; // the text shown, or the goto type (question, answer, finish)
    QString extra; // buttons or links separated by |, or the goto step
};

// The body of POST …/continue/{continue_id}: {data, execute_handlers?}.
QJsonObject botContinueBody(const QJsonObject &data, const QList<BotHandler> &handlers);
// A value as typed: a whole number stays a number, the rest is text.
QJsonValue typedScalar(const QString &text);

} // namespace amodesk

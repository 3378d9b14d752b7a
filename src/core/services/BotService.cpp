#include "BotService.h"

#include "api/ApiClient.h"

namespace amodesk {

void BotService::continueBot(BotApi::Kind kind, qint64 botId, qint64 continueId, const QJsonObject &body, QObject *context,
                             std::function<void(int, const ApiError &)> done) const
{
    ApiReply *reply = m_api->send(BotApi::continueBot(kind, botId, continueId, body));
    QObject::connect(reply, &ApiReply::finished, context, [reply, done = std::move(done)] { done(reply->result().status, reply->result().error); });
}

} // namespace amodesk

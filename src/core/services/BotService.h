#pragma once

#include "ApiEndpoints.h"
#include "api/ApiError.h"

#include <functional>

class QObject;

namespace amodesk {

class ApiClient;

// The continue call a widget makes when its step of a Salesbot or Marketingbot is done. It
// answers once through `done` (with the HTTP status), unless `context` is gone by then.
class BotService
{
public:
    explicit BotService(ApiClient *api) : m_api(api) {}
    bool isReady() const { return m_api != nullptr; }

    void continueBot(BotApi::Kind kind, qint64 botId, qint64 continueId, const QJsonObject &body, QObject *context,
                     std::function<void(int status, const ApiError &error)> done) const;

private:
    ApiClient *m_api;
};

} // namespace amodesk

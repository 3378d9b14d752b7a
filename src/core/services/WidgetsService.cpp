#include "WidgetsService.h"

#include "ApiEndpoints.h"
#include "api/ApiClient.h"

namespace amodesk {

namespace {
void answerWithWidget(ApiReply *reply, QObject *context, WidgetsService::WidgetDone done)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, done = std::move(done)] {
        const ApiResult &r = reply->result();
        done(r.ok() ? WidgetsApi::widgetIn(r) : Widget{}, r.error);
    });
}
} // namespace

void WidgetsService::read(const QString &code, QObject *context, WidgetDone done) const
{
    answerWithWidget(m_api->send(WidgetsApi::one(code)), context, std::move(done));
}

void WidgetsService::install(const QString &code, const QJsonObject &settings, QObject *context, WidgetDone done) const
{
    answerWithWidget(m_api->send(WidgetsApi::install(code, settings)), context, std::move(done));
}

void WidgetsService::uninstall(const QString &code, QObject *context, std::function<void(const ApiError &)> done) const
{
    ApiReply *reply = m_api->send(WidgetsApi::uninstall(code));
    QObject::connect(reply, &ApiReply::finished, context, [reply, done = std::move(done)] { done(reply->result().error); });
}

} // namespace amodesk

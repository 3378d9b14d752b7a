#pragma once

#include "api/ApiError.h"
#include "domain/Widget.h"

#include <functional>

class QObject;

namespace amodesk {

class ApiClient;

// The widgets of an account, one at a time: read (with its settings, when amoCRM gives them to
// this integration), installed with settings, uninstalled. Each call answers once through
// `done`, unless `context` is gone by then.
class WidgetsService
{
public:
    using WidgetDone = std::function<void(const Widget &widget, const ApiError &error)>;

    explicit WidgetsService(ApiClient *api) : m_api(api) {}
    bool isReady() const { return m_api != nullptr; }

    void read(const QString &code, QObject *context, WidgetDone done) const;
    void install(const QString &code, const QJsonObject &settings, QObject *context, WidgetDone done) const;
    void uninstall(const QString &code, QObject *context, std::function<void(const ApiError &error)> done) const;

private:
    ApiClient *m_api;
};

} // namespace amodesk

#pragma once

#include "http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

// JSON as PHP's json_encode writes it: non-ASCII as \uXXXX and '/' as '\/'.
QByteArray phpJson(const QJsonValue &value);

HttpResponse hal(const QJsonObject &body, int status = 200);
HttpResponse noContent();
HttpResponse problem(int status, const QString &detail, const QJsonObject &extra = {});
HttpResponse validationFailed(const QJsonArray &validationErrors);
HttpResponse htmlPage(int status, const QString &title);

QJsonObject fieldError(const QString &code, const QString &path, const QString &detail);
// One entry of "validation-errors": the errors of the request_id-th item of a request.
QJsonObject requestErrors(const QString &requestId, const QJsonArray &errors);
QJsonObject selfLink(const QString &href);

} // namespace sandbox

#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>

namespace amodesk {

struct ApiRequest {
    QByteArray method = "GET";
    QString path;      // "/api/v4/events", or an absolute _links href of the same account
    QByteArray query;  // already encoded (QueryString)
    QByteArray body;   // JSON for writes
    // Background work (following, syncing a period) waits while the user's own requests go first.
    enum class Priority { Interactive, Background };
    Priority priority = Priority::Interactive;

    // Only reads are retried on their own; a write is never sent twice blindly.
    bool isRetryable() const { return method == "GET"; }
    static ApiRequest get(const QString &path, const QByteArray &query = {}) { return {"GET", path, query, {}, Priority::Interactive}; }
    static ApiRequest write(const QByteArray &method, const QString &path, const QJsonDocument &body)
    {
        return {method, path, {}, body.toJson(QJsonDocument::Compact), Priority::Interactive};
    }
};

struct ApiResult {
    int status = 0;
    QJsonDocument json;
    QDateTime serverDate;
    ApiError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    bool isEmpty() const { return status == 204; } // an empty list, a page past the end, a missing entity
};

} // namespace amodesk

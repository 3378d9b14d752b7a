#pragma once

#include "PhpQuery.h"
#include "data/AccountData.h"
#include "http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sandbox {

struct RequestContext {
    AccountData &data;
    const HttpRequest &request;
    PhpQuery query;
    QString baseUrl;     // scheme://host:port of this sandbox, for absolute links
    QString clientId;    // the integration whose token made the request
    int userId = 0;      // the user the token acts for
    QStringList segments; // path after /api/v4/, split on '/'
    bool isAdmin = true;  // whether that user has the account's administrator rights

    QString href(const QString &path) const { return baseUrl + path; }
};

// Writes of API v4 (notes, entities, links) take at most this many items per request; more is 422.
constexpr int kMaxWriteBatch = 250;

struct PageRequest {
    int page = 1;
    int limit = 50;
};

// page/limit as the API reads them: a limit above the maximum silently becomes 50.
PageRequest readPage(const PhpQuery &query, int maxLimit);

// A list answer with _page, absolute _links (next only when another page exists) and _embedded.
QJsonObject listBody(const RequestContext &ctx, const QString &embeddedName, const QJsonArray &items,
                     const PageRequest &page, bool hasNext);

// Reads a JSON body; on failure sets *error to a ready problem answer.
bool readJsonBody(const HttpRequest &request, QJsonValue &out, QString *error);

QJsonValue idOrNull(qint64 id);

} // namespace sandbox

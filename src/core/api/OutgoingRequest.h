#pragma once

#include "ApiRequest.h"

#include <QNetworkRequest>
#include <QUrl>

namespace amodesk {

// The URL a request goes to: its path under the account's base URL, or a link the server gave
// (only on the account's own host, which is where the bearer token may go). False and *why when
// the link points elsewhere.
bool resolveRequestUrl(const QUrl &base, const ApiRequest &request, QUrl &url, QString *why);

// The request as it goes on the wire: token, accepted types, our name, no redirects followed.
QNetworkRequest outgoingRequest(const QUrl &url, const ApiRequest &request, const QString &accessToken);

} // namespace amodesk

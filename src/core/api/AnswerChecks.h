#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

class QJsonDocument;

namespace amodesk {

// What the pipeline reads off one attempt's answer before it decides to retry, fail or finish.

// A connection that was refused or a host not found: the request never reached the server.
bool neverReachedServer(QNetworkReply::NetworkError e);

// An answer that ended before the length it announced, though the network layer reported no
// error (seen when a server closes right after a partial body): no whole answer.
bool cutShort(const QNetworkReply *network, const QByteArray &body);

// Why a whole 2xx answer is not a JSON object, in words; empty when it is one (then in *json).
QString describeMalformed(const QString &contentType, const QByteArray &body, QJsonDocument *json);

// The server's Date header (RFC 7231's fixed form), invalid when absent or malformed.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace amodesk

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

struct HttpRequest {
    QByteArray method;
    QByteArray target;      // path and query as sent, still percent-encoded
    QByteArray path;        // decoded path without the query
    QByteArray query;       // raw query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString peerAddress;

    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

// What the connection does with a handled request: answer it, answer only part of the body
// and hang up, or hang up without a word. The delay models network and server latency.
struct HttpReply {
    enum class Action { Respond, Truncate, Drop };
    HttpResponse response;
    Action action = Action::Respond;
    int delayMs = 0;
};

// Takes the first whole request off the front of what a connection has received; its body framed
// by Content-Length or chunked. False when more bytes are needed (errorStatus 0; wantsContinue
// set when the client waits for "100 Continue" before its body) or the request is refused
// (errorStatus 400, 413, 417, 431 or 501).
bool takeHttpRequest(QByteArray &buffer, HttpRequest &request, int &errorStatus, bool *wantsContinue = nullptr);

QByteArray reasonPhrase(int status);

} // namespace sandbox

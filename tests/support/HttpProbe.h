#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace testing {

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonDocument document() const { return QJsonDocument::fromJson(body); }
};

// Plain synchronous HTTP for tests: a real QNetworkAccessManager over a real socket, with
// none of the client's request code, so that the sandbox is checked independently of it.
class HttpProbe
{
public:
    explicit HttpProbe(const QString &baseUrl, const QString &token = {});

    void setToken(const QString &token) { m_token = token; }
    HttpResult get(const QString &pathAndQuery);
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QByteArray &contentType = "application/json");
    QString baseUrl() const { return m_baseUrl; }

private:
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QString m_token;
};

// The ids of the first `count` entities of a type that are not deleted, lowest first (a test
// writing to entities must not pick one the history deleted). Retried, for sandboxes with faults.
QList<int> liveEntityIds(const QString &baseUrl, const QString &token, const QString &type, int count);

// Raw bytes over a socket, for requests no HTTP client would send.
QByteArray rawExchange(const QUrl &base, const QByteArray &bytes, int timeoutMs = 5000);

} // namespace testing

#include "HttpProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

namespace testing {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpProbe::HttpProbe(const QString &baseUrl, const QString &token) : m_baseUrl(baseUrl), m_token(token)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult HttpProbe::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

HttpResult HttpProbe::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const QByteArray &contentType)
{
    const QString target = pathAndQuery.startsWith(QStringLiteral("http")) ? pathAndQuery : m_baseUrl + pathAndQuery;
    QNetworkRequest request(QUrl::fromEncoded(target.toUtf8()));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (target.startsWith(QStringLiteral("https"))) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the run's own self-signed certificate
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(20000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

QByteArray rawExchange(const QUrl &base, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
        else if (socket.state() != QAbstractSocket::ConnectedState || answer.contains("\r\n\r\n"))
            break;
    }
    return answer;
}

QList<int> liveEntityIds(const QString &baseUrl, const QString &token, const QString &type, int count)
{
    HttpProbe http(baseUrl, token);
    QList<int> ids;
    for (int attempt = 0; attempt < 20 && ids.isEmpty(); ++attempt) {
        const HttpResult r = http.get(QStringLiteral("/api/v4/%1?limit=%2&order[id]=asc").arg(type).arg(count));
        for (const QJsonValue &e : r.json().value(QStringLiteral("_embedded"))[type].toArray())
            ids << e[QStringLiteral("id")].toInt();
    }
    return ids;
}

} // namespace testing

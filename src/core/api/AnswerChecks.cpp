#include "AnswerChecks.h"
#include "ApiClient.h"

#include <QJsonDocument>
#include <QLocale>

namespace amodesk {

bool neverReachedServer(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
}

bool cutShort(const QNetworkReply *network, const QByteArray &body)
{
    bool known = false;
    const qint64 announced = network->rawHeader("Content-Length").toLongLong(&known);
    const QByteArray encoding = network->rawHeader("Content-Encoding").trimmed().toLower();
    return known && (encoding.isEmpty() || encoding == "identity") && body.size() < announced;
}

QString describeMalformed(const QString &contentType, const QByteArray &body, QJsonDocument *json)
{
    if (body.trimmed().isEmpty())
        return ApiClient::tr("an empty answer where data belongs");
    if (contentType.contains(QStringLiteral("html"), Qt::CaseInsensitive))
        return ApiClient::tr("a web page where data belongs");
    QJsonParseError error;
    *json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiClient::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!json->isObject())
        return ApiClient::tr("%1 where an object belongs")
            .arg(json->isArray() ? ApiClient::tr("a list") : ApiClient::tr("a single value"));
    return {};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime d = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    d.setTimeSpec(Qt::UTC);
    return d;
}

} // namespace amodesk

#include "Responses.h"

#include <QJsonDocument>

namespace sandbox {

QByteArray phpJson(const QJsonValue &value)
{
    QByteArray compact;
    if (value.isObject())
        compact = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        compact = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(compact);
    QByteArray out;
    out.reserve(compact.size() + compact.size() / 4);
    // Outside strings JSON has neither '/' nor non-ASCII, so a flat pass is safe.
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == u'/') {
            out += "\\/";
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        }
    }
    return out;
}

HttpResponse hal(const QJsonObject &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/hal+json");
    r.body = phpJson(body);
    return r;
}

HttpResponse noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse problem(int status, const QString &detail, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body[QStringLiteral("title")] = QString::fromLatin1(reasonPhrase(status));
    body[QStringLiteral("type")] = QString(QStringLiteral("https://httpstatus.es/") + QString::number(status));
    body[QStringLiteral("status")] = status;
    body[QStringLiteral("detail")] = detail;
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/problem+json");
    r.body = phpJson(body);
    return r;
}

HttpResponse validationFailed(const QJsonArray &validationErrors)
{
    return problem(400, QStringLiteral("Request validation failed"),
                   QJsonObject{{QStringLiteral("validation-errors"), validationErrors}});
}

HttpResponse htmlPage(int status, const QString &title)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html");
    r.body = "<html>\r\n<head><title>" + QByteArray::number(status) + ' ' + title.toUtf8()
        + "</title></head>\r\n<body>\r\n<center><h1>" + QByteArray::number(status) + ' '
        + title.toUtf8() + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

QJsonObject fieldError(const QString &code, const QString &path, const QString &detail)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}};
}

QJsonObject requestErrors(const QString &requestId, const QJsonArray &errors)
{
    return {{QStringLiteral("request_id"), requestId}, {QStringLiteral("errors"), errors}};
}

QJsonObject selfLink(const QString &href)
{
    return {{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), href}}}};
}

} // namespace sandbox

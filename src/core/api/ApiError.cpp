#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ApiError) };
} // namespace

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

ApiError ApiError::fromAnswer(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.status = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const bool html = contentType.startsWith("text/html") || body.trimmed().startsWith('<');
    e.title = json.value(QStringLiteral("title")).toString();
    e.detail = json.value(QStringLiteral("detail")).toString();
    e.hint = json.value(QStringLiteral("hint")).toString();
    for (const QJsonValue &item : json.value(QStringLiteral("validation-errors")).toArray()) {
        const QString requestId = item.toObject().value(QStringLiteral("request_id")).toVariant().toString();
        for (const QJsonValue &f : item.toObject().value(QStringLiteral("errors")).toArray()) {
            const QJsonObject o = f.toObject();
            e.fields.append({requestId, o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("path")).toString(),
                             o.value(QStringLiteral("detail")).toString()});
        }
    }
    if (json.contains(QStringLiteral("retry_after")))
        e.retryAfterSeconds = qint64(json.value(QStringLiteral("retry_after")).toDouble(-1));
    bool ok = false;
    const qint64 headerRetry = retryAfterHeader.trimmed().toLongLong(&ok);
    if (ok && e.retryAfterSeconds < 0)
        e.retryAfterSeconds = headerRetry;

    switch (status) {
    case 400: e.kind = Kind::Validation; break;
    case 401: e.kind = Kind::Unauthorized; break;
    case 402: e.kind = Kind::PaymentRequired; break;
    case 403: e.kind = html || json.isEmpty() ? Kind::Blocked : Kind::Forbidden; break;
    case 404: e.kind = Kind::NotFound; break;
    case 422: e.kind = Kind::TooMany; break;
    case 429: e.kind = Kind::RateLimited; break;
    default: e.kind = status >= 500 ? Kind::Server : Kind::BadResponse; break;
    }
    return e;
}

QString ApiError::message() const
{
    QString base;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Rejected: base = Tr::tr("Not sent: %1").arg(detail); return base;
    case Kind::Network: base = Tr::tr("The account could not be reached"); break;
    case Kind::Timeout: base = Tr::tr("The account did not answer in time"); break;
    case Kind::Cancelled: return Tr::tr("Cancelled");
    case Kind::Unauthorized: base = Tr::tr("The account no longer accepts AmoDesk's sign-in; sign in to the account again"); break;
    case Kind::PaymentRequired: base = Tr::tr("The account is not paid for, or its plan does not include this feature"); break;
    case Kind::Forbidden: base = Tr::tr("Your user has no rights to do this in the account"); break;
    case Kind::Blocked:
        return Tr::tr("amoCRM has blocked access for exceeding the request limit too often (HTTP 403). "
                      "Only amoCRM support can lift the block; AmoDesk has stopped sending requests.");
    case Kind::NotFound: base = Tr::tr("Not found"); break;
    case Kind::RateLimited: base = Tr::tr("Too many requests: amoCRM asked to slow down"); break;
    case Kind::Validation: base = Tr::tr("amoCRM refused the data"); break;
    case Kind::TooMany: base = Tr::tr("Too many items in one request (at most 250)"); break;
    case Kind::Server: base = Tr::tr("amoCRM had an internal error (HTTP %1)").arg(status); break;
    case Kind::BadResponse: base = Tr::tr("amoCRM answered in an unexpected way (HTTP %1)").arg(status); break;
    case Kind::Secrets: base = Tr::tr("The system keychain failed"); break;
    }
    QStringList details;
    if (!detail.isEmpty() && detail != QStringLiteral("Request validation failed"))
        details << detail;
    if (!hint.isEmpty() && hint != detail)
        details << hint;
    for (const FieldProblem &f : fields)
        details << (f.path.isEmpty() ? f.detail : f.path + QStringLiteral(": ") + f.detail);
    if (maybeCommitted)
        details << Tr::tr("the change may have been made before the connection was lost");
    return details.isEmpty() ? base : base + QStringLiteral(" (") + details.join(QStringLiteral("; ")) + u')';
}

} // namespace amodesk

#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace amodesk {

// One entry of a problem+json "validation-errors" list.
struct FieldProblem {
    QString requestId;
    QString code;
    QString path;
    QString detail;
};

// Why a request did not succeed, read from the answer (problem+json, nginx HTML pages,
// network errors) or found before sending.
struct ApiError {
    enum class Kind {
        None,
        Rejected,        // refused before sending: the request broke a documented limit
        Network,         // no answer: refused, dropped, unreachable
        Timeout,
        Cancelled,
        Unauthorized,    // 401
        PaymentRequired, // 402
        Forbidden,       // 403 with problem+json: no rights
        Blocked,         // 403 HTML page: the account or IP is blocked for exceeding the rate limit
        NotFound,        // 404
        RateLimited,     // 429
        Validation,      // 400
        TooMany,         // 422: more than 250 entities in one write
        Server,          // 5xx
        BadResponse,     // an answer that is not what the API documents
        Secrets,         // the keychain failed
    };

    Kind kind = Kind::None;
    int status = 0;
    QString title;
    QString detail;
    QString hint;
    QList<FieldProblem> fields;
    qint64 retryAfterSeconds = -1; // as the server asked, however large: callers cap it
    bool maybeCommitted = false; // a write whose answer was lost: it may have been done

    bool isError() const { return kind != Kind::None; }
    QString message() const; // in words a user understands, translated

    static ApiError make(Kind kind, const QString &detail = {});
    // Reads an HTTP answer that is not a success.
    static ApiError fromAnswer(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &retryAfterHeader);
};

} // namespace amodesk
Q_DECLARE_METATYPE(amodesk::ApiError)

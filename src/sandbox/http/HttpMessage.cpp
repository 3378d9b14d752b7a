#include "HttpMessage.h"

namespace sandbox {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

bool takeHttpRequest(QByteArray &buffer, HttpRequest &request, int &errorStatus)
{
    // The head ends at the first empty line; lines may end in a bare LF, as RFC 9112 lets a
    // server accept.
    qsizetype headerEnd = -1, bodyStart = -1;
    for (qsizetype lf = buffer.indexOf('\n'); lf >= 0 && lf <= kMaxHeaderBytes; lf = buffer.indexOf('\n', lf + 1)) {
        const char next = lf + 1 < buffer.size() ? buffer.at(lf + 1) : '\0';
        const bool crlf = next == '\r' && lf + 2 < buffer.size() && buffer.at(lf + 2) == '\n';
        if (next == '\n' || crlf) {
            headerEnd = lf;
            bodyStart = lf + (crlf ? 3 : 2);
            break;
        }
    }
    if (headerEnd < 0 && buffer.size() > kMaxHeaderBytes) {
        errorStatus = 431;
        return false;
    }
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        errorStatus = 400;
        return false;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            errorStatus = 400;
            return false;
        }
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        errorStatus = 411;
        return false;
    }
    qsizetype lengths = 0;
    for (const auto &h : std::as_const(request.headers))
        lengths += h.first == "content-length";
    if (lengths > 1) { // which one frames the body is not for us to guess (request smuggling)
        errorStatus = 400;
        return false;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0) {
        errorStatus = 400;
        return false;
    }
    if (length > kMaxBodyBytes) {
        errorStatus = 413;
        return false;
    }
    const qsizetype total = bodyStart + length;
    if (buffer.size() < total)
        return false;
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, total);

    const qsizetype q = request.target.indexOf('?');
    request.path = QByteArray::fromPercentEncoding(q < 0 ? request.target : request.target.left(q));
    request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    default: return "Unknown";
    }
}

} // namespace sandbox

#include "HttpMessage.h"

#include <algorithm>

namespace sandbox {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
constexpr qsizetype kMaxChunkLineBytes = 1024;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

enum ChunkedEnd : qsizetype { kNeedMore = -1, kMalformed = -2, kTooLarge = -3 };

// The end of the line that starts at pos (its LF), kNeedMore, or kMalformed past maxBytes.
qsizetype lineEnd(const QByteArray &buffer, qsizetype pos, qsizetype maxBytes)
{
    const qsizetype lf = buffer.indexOf('\n', pos);
    if (lf >= 0 && lf - pos <= maxBytes)
        return lf;
    return buffer.size() - pos > maxBytes ? kMalformed : kNeedMore;
}

// Reads a chunked body (RFC 9112 7.1) that starts at pos: the position just after it (and its
// trailers), or a ChunkedEnd. Chunk extensions and trailer fields are read past and ignored.
qsizetype readChunked(const QByteArray &buffer, qsizetype pos, QByteArray &body)
{
    QList<QPair<qsizetype, qsizetype>> pieces; // copied once the whole body is here
    qsizetype total = 0;
    for (;;) {
        const qsizetype lf = lineEnd(buffer, pos, kMaxChunkLineBytes);
        if (lf < 0)
            return lf;
        QByteArray size = buffer.mid(pos, lf - pos);
        if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
            size.truncate(semicolon);
        size = size.trimmed();
        if (size.isEmpty() || size.size() > 15 || !std::all_of(size.cbegin(), size.cend(), isHexDigit))
            return kMalformed;
        const qsizetype length = size.toLongLong(nullptr, 16);
        if (total + length > kMaxBodyBytes)
            return kTooLarge;
        pos = lf + 1;
        if (length == 0)
            break;
        if (buffer.size() < pos + length + 1)
            return kNeedMore;
        pieces.append({pos, length});
        total += length;
        pos += length;
        if (buffer.at(pos) == '\r') {
            if (buffer.size() < pos + 2)
                return kNeedMore;
            ++pos;
        }
        if (buffer.at(pos) != '\n')
            return kMalformed;
        ++pos;
    }
    for (;;) { // trailer fields, up to an empty line
        const qsizetype lf = lineEnd(buffer, pos, kMaxHeaderBytes);
        if (lf < 0)
            return lf;
        const bool empty = lf == pos || (lf == pos + 1 && buffer.at(pos) == '\r');
        pos = lf + 1;
        if (empty)
            break;
    }
    body.reserve(total);
    for (const auto &[from, length] : pieces)
        body.append(buffer.constData() + from, length);
    return pos;
}
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

bool takeHttpRequest(QByteArray &buffer, HttpRequest &request, int &errorStatus, bool *wantsContinue)
{
    if (wantsContinue)
        *wantsContinue = false;
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
    const QByteArray expect = request.header("expect").toLower();
    if (!expect.isEmpty() && expect != "100-continue") {
        errorStatus = 417;
        return false;
    }
    qsizetype lengths = 0;
    for (const auto &h : std::as_const(request.headers))
        lengths += h.first == "content-length";
    const QByteArray transferEncoding = request.header("transfer-encoding").toLower();
    // Which one frames the body is not for us to guess (request smuggling).
    if (lengths > 1 || (lengths > 0 && !transferEncoding.isEmpty())) {
        errorStatus = 400;
        return false;
    }
    qsizetype end = 0;
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked") {
            errorStatus = 501;
            return false;
        }
        end = readChunked(buffer, bodyStart, request.body);
        if (end == kMalformed || end == kTooLarge) {
            errorStatus = end == kTooLarge ? 413 : 400;
            return false;
        }
    } else {
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
        end = buffer.size() < bodyStart + length ? qsizetype(kNeedMore) : bodyStart + length;
        if (end >= 0)
            request.body = buffer.mid(bodyStart, length);
    }
    if (end == kNeedMore) {
        if (wantsContinue)
            *wantsContinue = !expect.isEmpty();
        return false;
    }
    buffer.remove(0, end);

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
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    default: return "Unknown";
    }
}

} // namespace sandbox

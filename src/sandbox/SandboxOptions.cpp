#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace sandbox {

bool SandboxOptions::parse(const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("amodesk-sandbox: a local amoCRM API v4 for tests and demos"));
    p.addHelpOption();
    p.addVersionOption();
    auto opt = [&p](const char *name, const char *description, const char *valueName = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        p.addOption(o);
    };
    opt("port", "Port on 127.0.0.1 (0 = any free port)", "N");
    opt("seed", "Seed of the generated data and of fault injection", "N");
    opt("events", "Number of generated events (a few to 1000000)", "N");
    opt("users", "Number of users of the account (2 to 10000; default 12)", "N");
    opt("custom-fields", "Custom fields per entity, of every type, select-like ones with enums (1 to 1000; default: a few)", "N");
    opt("history-end", "When the generated history ends: now (default) or an ISO 8601 time", "WHEN");
    opt("latency-ms", "Delay before every answer", "MS");
    opt("jitter-ms", "Random extra delay of up to this much, either way", "MS");
    opt("arrival-jitter-ms", "Random delay of 0 to this much before a request is counted and handled, as a network path adds", "MS");
    opt("rate-limit", "Requests per second per integration before 429 (0 = off)", "N");
    opt("rate-limit-body", "Body of 429 answers: json or html", "KIND");
    opt("block-after", "Rate-limit violations before every request gets 403 (0 = never)", "N");
    opt("fault-rate", "Share of API requests that fail: dropped before or after commit, 500, truncated", "P");
    opt("fault-kinds", "Which faults --fault-rate injects, comma-separated: drop-before, drop-after, 500, truncate (default: all)", "LIST");
    opt("unpaid", "Answer 402 to every API request, as for an unpaid account");
    opt("not-admin", "The token's user is no administrator: installing and uninstalling widgets answer 403");
    opt("tls-cert", "PEM certificate: serve HTTPS", "FILE");
    opt("tls-key", "PEM private key for --tls-cert", "FILE");
    opt("token-lifetime", "Access token lifetime", "SECONDS");
    opt("client-id", "OAuth client_id of the integration", "ID");
    opt("client-secret", "OAuth client_secret of the integration", "SECRET");
    opt("redirect-uri", "Registered redirect URI of the integration", "URI");
    opt("deny-consent", "The consent page refuses (error=access_denied)");
    opt("print-long-lived-token", "Print a valid long-lived token on the second line");
    opt("exit-when-stdin-closes", "Quit when standard input reaches its end (the parent process is gone)");
    opt("drop-refresh-answers", "Drop the connection after the server answered the first N refresh-token requests", "N");
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("version"))) {
        if (helpShown)
            *helpShown = true;
        if (p.isSet(QStringLiteral("help")))
            p.showHelp(0);
        p.showVersion();
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: ") + p.positionalArguments().first();
        return false;
    }
    auto number = [&](const char *name, qint64 min, qint64 max, qint64 &out) {
        const QString key = QString::fromLatin1(name);
        if (!p.isSet(key))
            return true;
        bool ok = false;
        const qint64 v = p.value(key).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"").arg(key).arg(min).arg(max).arg(p.value(key));
            return false;
        }
        out = v;
        return true;
    };
    qint64 v = port;
    if (!number("port", 0, 65535, v)) return false;
    port = quint16(v);
    v = qint64(seed);
    if (!number("seed", 0, std::numeric_limits<qint64>::max(), v)) return false;
    seed = quint64(v);
    v = events;
    if (!number("events", 0, 1000000, v)) return false;
    events = int(v);
    v = users;
    if (!number("users", 2, 10000, v)) return false;
    users = int(v);
    v = customFields;
    if (!number("custom-fields", 1, 1000, v)) return false;
    customFields = int(v);
    const QString end = p.value(QStringLiteral("history-end"));
    if (end.isEmpty() || end == u"now") {
        historyEnd = QDateTime::currentSecsSinceEpoch();
    } else {
        QDateTime when = QDateTime::fromString(end, Qt::ISODateWithMs);
        if (when.isValid() && when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // a time without an offset is UTC, whatever the machine's zone
        if (!when.isValid()) {
            *error = QStringLiteral("--history-end must be now or an ISO 8601 time such as 2026-11-01T00:00:00Z, not \"%1\"").arg(end);
            return false;
        }
        historyEnd = when.toSecsSinceEpoch();
    }
    v = latencyMs;
    if (!number("latency-ms", 0, 60000, v)) return false;
    latencyMs = int(v);
    v = jitterMs;
    if (!number("jitter-ms", 0, 60000, v)) return false;
    jitterMs = int(v);
    v = arrivalJitterMs;
    if (!number("arrival-jitter-ms", 0, 10000, v)) return false;
    arrivalJitterMs = int(v);
    v = rateLimit;
    if (!number("rate-limit", 0, 100000, v)) return false;
    rateLimit = int(v);
    v = blockAfter;
    if (!number("block-after", 0, 1000000, v)) return false;
    blockAfter = int(v);
    if (!number("token-lifetime", 1, 10LL * 365 * 86400, tokenLifetime)) return false;
    v = dropRefreshAnswers;
    if (!number("drop-refresh-answers", 0, 1000, v)) return false;
    dropRefreshAnswers = int(v);
    if (p.isSet(QStringLiteral("rate-limit-body"))) {
        const QString kind = p.value(QStringLiteral("rate-limit-body"));
        if (kind != u"json" && kind != u"html") {
            *error = QStringLiteral("--rate-limit-body must be json or html, not \"%1\"").arg(kind);
            return false;
        }
        rateLimitHtml = kind == u"html";
    }
    if (p.isSet(QStringLiteral("fault-rate"))) {
        bool ok = false;
        faultRate = p.value(QStringLiteral("fault-rate")).toDouble(&ok);
        if (!ok || faultRate < 0.0 || faultRate > 1.0) {
            *error = QStringLiteral("--fault-rate must be a number from 0 to 1, not \"%1\"").arg(p.value(QStringLiteral("fault-rate")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("fault-kinds"))) {
        faultKinds.clear();
        for (const QString &kind : p.value(QStringLiteral("fault-kinds")).split(u',', Qt::SkipEmptyParts)) {
            const QString k = kind.trimmed();
            if (k == u"drop-before")
                faultKinds.append(FaultKind::DropBefore);
            else if (k == u"drop-after")
                faultKinds.append(FaultKind::DropAfter);
            else if (k == u"500")
                faultKinds.append(FaultKind::ServerError);
            else if (k == u"truncate")
                faultKinds.append(FaultKind::Truncate);
            else {
                *error = QStringLiteral("--fault-kinds: \"%1\" is none of drop-before, drop-after, 500, truncate").arg(k);
                return false;
            }
        }
        if (faultKinds.isEmpty()) {
            *error = QStringLiteral("--fault-kinds names no fault");
            return false;
        }
    }
    unpaid = p.isSet(QStringLiteral("unpaid"));
    notAdmin = p.isSet(QStringLiteral("not-admin"));
    denyConsent = p.isSet(QStringLiteral("deny-consent"));
    printLongLivedToken = p.isSet(QStringLiteral("print-long-lived-token"));
    exitWhenStdinCloses = p.isSet(QStringLiteral("exit-when-stdin-closes"));
    tlsCert = p.value(QStringLiteral("tls-cert"));
    tlsKey = p.value(QStringLiteral("tls-key"));
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    if (p.isSet(QStringLiteral("client-id"))) clientId = p.value(QStringLiteral("client-id"));
    if (p.isSet(QStringLiteral("client-secret"))) clientSecret = p.value(QStringLiteral("client-secret"));
    if (p.isSet(QStringLiteral("redirect-uri"))) redirectUri = p.value(QStringLiteral("redirect-uri"));
    return true;
}

} // namespace sandbox

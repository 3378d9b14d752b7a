#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

enum class FaultKind { DropBefore, DropAfter, ServerError, Truncate };

struct SandboxOptions {
    quint16 port = 0;
    quint64 seed = 1;
    int events = 5000;
    int users = 12;
    int customFields = 0;         // per entity; 0: the built-in few
    qint64 historyEnd = 0;        // seconds since the epoch; parse() makes "now" of the default
    int latencyMs = 0;
    int jitterMs = 0;
    int arrivalJitterMs = 0;      // a random 0..N ms before a request is counted and handled
    int rateLimit = 7;            // per second per integration of the account; 0 = off
    bool rateLimitHtml = false;   // 429 body: problem JSON or an nginx page
    int blockAfter = 0;           // violations before the account is blocked; 0 = never
    double faultRate = 0.0;
    QList<FaultKind> faultKinds{FaultKind::DropBefore, FaultKind::DropAfter, FaultKind::ServerError, FaultKind::Truncate};
    bool unpaid = false;
    bool notAdmin = false;            // the token's user lacks administrator rights
    QString tlsCert, tlsKey;
    qint64 tokenLifetime = 86400;
    QString clientId = QStringLiteral("5f2a9c1e-7b3d-4e8f-a6c2-0d9b8e7f6a51");
    QString clientSecret = QStringLiteral("sandbox-client-secret");
    QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    bool denyConsent = false;
    bool printLongLivedToken = false;
    int dropRefreshAnswers = 0;       // the first N refresh-grant answers are lost after the server acts
    bool exitWhenStdinCloses = false; // a parent that dies, however it dies, takes the sandbox along

    // Parses the command line; on error returns false with a message naming the option.
    bool parse(const QStringList &arguments, QString *error, bool *helpShown = nullptr);
};

} // namespace sandbox

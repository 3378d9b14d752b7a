#pragma once

#include "SandboxOptions.h"
#include "auth/TokenAuthority.h"
#include "data/AccountData.h"
#include "http/HttpMessage.h"
#include "RateLimiter.h"

#include <QObject>
#include <QRandomGenerator>
#include <memory>

namespace sandbox {

class HttpServer;

// A local amoCRM API v4: generated account data behind the documented endpoints, with the
// service's behaviour (tokens, rate limit, faults, latency) switchable by options.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error);
    quint16 port() const;
    QString baseUrl() const;
    QString issueLongLivedToken();
    AccountData &data() { return m_data; }

private:
    HttpReply handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse api(const HttpRequest &request);
    HttpResponse consentPage(const HttpRequest &request);
    HttpResponse tokenEndpoint(const HttpRequest &request);
    HttpResponse stats() const;
    HttpResponse writtenNotes() const;
    int delay();

    SandboxOptions m_options;
    AccountData m_data;
    TokenAuthority m_tokens;
    RateLimiter m_limiter;
    QRandomGenerator m_faults;
    QRandomGenerator m_arrivals;
    std::unique_ptr<HttpServer> m_server;
    struct Counters { qint64 requests = 0, limited = 0, blocked = 0, faults = 0, unauthorized = 0, droppedRefreshAnswers = 0; } m_counters;
};

} // namespace sandbox

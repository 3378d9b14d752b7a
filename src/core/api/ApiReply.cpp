#include "ApiClient.h"

namespace amodesk {

ApiReply::ApiReply(ApiClient *client, const ApiRequest &request)
    : QObject(client), m_client(client), m_request(request)
{
    m_backoff.setSingleShot(true);
    m_timeout.setSingleShot(true);
    // A coarse timer may fire 5 % early: a 15 s attempt would end at 14.25 s, leaving room
    // under the deadline for another attempt that should not start.
    m_timeout.setTimerType(Qt::PreciseTimer);
}

void ApiReply::abort()
{
    if (!m_finished)
        m_client->cancel(this);
}

void abortAll(QList<QPointer<ApiReply>> replies)
{
    for (const QPointer<ApiReply> &r : replies) {
        if (r && !r->isFinished())
            r->abort();
    }
}

} // namespace amodesk

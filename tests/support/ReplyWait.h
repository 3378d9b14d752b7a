#pragma once

#include "api/ApiClient.h"

#include <QSignalSpy>

namespace testing {

// Waits for a pipeline reply (at most timeoutMs) and takes its result; the reply is let go.
inline amodesk::ApiResult waitForReply(amodesk::ApiReply *reply, int timeoutMs = 60000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &amodesk::ApiReply::finished);
        spy.wait(timeoutMs);
    }
    amodesk::ApiResult r = reply->result();
    reply->deleteLater();
    return r;
}

} // namespace testing

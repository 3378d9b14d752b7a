#pragma once

#include "api/ApiClient.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

namespace testing {

// The result of a pipeline reply, taken when it finishes: the reply deletes itself after that,
// so a test holding several replies holds these instead.
class ReplyResult
{
public:
    explicit ReplyResult(amodesk::ApiReply *reply) : m_state(std::make_shared<State>())
    {
        if (reply->isFinished()) {
            m_state->result = reply->result();
            m_state->done = true;
            return;
        }
        QObject::connect(reply, &amodesk::ApiReply::finished, [state = m_state, reply] {
            state->result = reply->result();
            state->done = true;
        });
    }

    // Waits for the end (at most timeoutMs); a reply still under way then reads as not ok.
    amodesk::ApiResult wait(int timeoutMs = 60000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_state->done && !deadline.hasExpired())
            QTest::qWait(5);
        if (!m_state->done) {
            amodesk::ApiResult late;
            late.error = amodesk::ApiError::make(amodesk::ApiError::Kind::Timeout);
            return late;
        }
        return m_state->result;
    }

private:
    struct State {
        amodesk::ApiResult result;
        bool done = false;
    };
    std::shared_ptr<State> m_state;
};

// Waits for a pipeline reply (at most timeoutMs) and takes its result.
inline amodesk::ApiResult waitForReply(amodesk::ApiReply *reply, int timeoutMs = 60000)
{
    return ReplyResult(reply).wait(timeoutMs);
}

} // namespace testing

#pragma once

#include <QtGlobal>
#include <deque>

namespace amodesk {

// Spaces request starts so that no sliding one-second window holds more than the limit,
// the way amoCRM counts. A small margin absorbs the jitter between our start and the
// server's arrival time.
class RateGate
{
public:
    explicit RateGate(int perSecond = 7, int marginMs = 20);

    void setLimit(int perSecond);            // the account's configured limit
    int limit() const { return m_perSecond; } // the limit in force now (lowered after 429s)
    int configuredLimit() const { return m_configured; }
    // A 429 means the account allows less than we send (other integrations share its 50/s):
    // slow down at once, and creep back up a step a minute without one.
    void onThrottled(qint64 nowMs);
    qint64 nextSlot(qint64 nowMs); // the earliest moment the next request may start
    quint64 take(qint64 nowMs);    // returns the request's ticket
    // The request left later than it started (a new TLS connection first): the server counts
    // it from then, so the window does too.
    void sent(quint64 ticket, qint64 nowMs);
    void pauseUntil(qint64 ms);           // after a 429: nobody starts before then

private:
    void recover(qint64 nowMs);

    int m_configured;
    int m_perSecond;
    int m_marginMs;
    qint64 m_lastThrottle = 0;
    qint64 m_pausedUntil = 0;
    struct Start { quint64 ticket; qint64 ms; };
    std::deque<Start> m_starts;
    quint64 m_nextTicket = 1;
};

} // namespace amodesk

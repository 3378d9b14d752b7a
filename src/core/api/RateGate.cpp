#include "RateGate.h"

#include <algorithm>

namespace amodesk {

namespace {
constexpr qint64 kRecoveryStepMs = 60000;
}

RateGate::RateGate(int perSecond, int marginMs)
    : m_configured(qMax(1, perSecond)), m_perSecond(m_configured), m_marginMs(marginMs)
{
}

void RateGate::setLimit(int perSecond)
{
    m_configured = m_perSecond = qMax(1, perSecond);
}

void RateGate::onThrottled(qint64 nowMs)
{
    if (nowMs - m_lastThrottle > 1000) // one step per burst of 429s
        m_perSecond = qMax(1, m_perSecond * 2 / 3);
    m_lastThrottle = nowMs;
}

void RateGate::recover(qint64 nowMs)
{
    if (m_perSecond < m_configured && nowMs - m_lastThrottle > kRecoveryStepMs) {
        ++m_perSecond;
        m_lastThrottle = nowMs;
    }
}

qint64 RateGate::nextSlot(qint64 nowMs)
{
    recover(nowMs);
    qint64 slot = std::max(nowMs, m_pausedUntil);
    if (qsizetype(m_starts.size()) >= m_perSecond)
        slot = std::max(slot, m_starts[m_starts.size() - std::size_t(m_perSecond)].ms + 1000 + m_marginMs);
    return slot;
}

quint64 RateGate::take(qint64 nowMs)
{
    const quint64 ticket = m_nextTicket++;
    m_starts.push_back({ticket, nowMs});
    while (qsizetype(m_starts.size()) > m_perSecond)
        m_starts.pop_front();
    return ticket;
}

void RateGate::sent(quint64 ticket, qint64 nowMs)
{
    for (Start &s : m_starts) {
        if (s.ticket == ticket) {
            s.ms = std::max(s.ms, nowMs);
            return;
        }
    }
}

void RateGate::pauseUntil(qint64 ms)
{
    m_pausedUntil = std::max(m_pausedUntil, ms);
}

} // namespace amodesk

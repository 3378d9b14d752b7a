#include "RateLimiter.h"

namespace sandbox {

RateLimiter::Verdict RateLimiter::hit(const QString &key, qint64 nowMs)
{
    if (m_blocked)
        return Verdict::Blocked;
    if (m_perSecond <= 0)
        return Verdict::Allowed;
    std::deque<qint64> &window = m_windows[key];
    while (!window.empty() && window.front() <= nowMs - 1000)
        window.pop_front();
    if (int(window.size()) >= m_perSecond) {
        ++m_violations;
        if (m_blockAfter > 0 && m_violations >= m_blockAfter)
            m_blocked = true;
        return Verdict::Limited;
    }
    window.push_back(nowMs);
    return Verdict::Allowed;
}

} // namespace sandbox

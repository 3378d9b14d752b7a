#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace sandbox {

// Requests per second per key (an integration of the account) over a sliding one-second window. Repeated violations block
// the whole account, as amoCRM does: from then on every request answers 403.
class RateLimiter
{
public:
    RateLimiter(int perSecond, int blockAfter) : m_perSecond(perSecond), m_blockAfter(blockAfter) {}

    enum class Verdict { Allowed, Limited, Blocked };
    Verdict hit(const QString &key, qint64 nowMs);
    bool isBlocked() const { return m_blocked; }
    int violations() const { return m_violations; }

private:
    int m_perSecond;
    int m_blockAfter;
    int m_violations = 0;
    bool m_blocked = false;
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace sandbox

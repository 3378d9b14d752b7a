#pragma once

#include "RateWindow.h"

#include <QList>
#include <QPair>
#include <QString>
#include <memory>

class QLockFile;

namespace amodesk {

// One account's request budget, shared by every AmoDesk process that talks to the account on
// this machine: the window lives in a small file in the user's runtime folder, read and
// written under a lock file. A process killed while holding the lock does not wedge the
// others: its lock is taken over as stale. Without a usable folder the budget is this
// process's own.
class RateBudget
{
public:
    explicit RateBudget(int perSecond = 7);
    ~RateBudget();
    RateBudget(const RateBudget &) = delete;
    RateBudget &operator=(const RateBudget &) = delete;

    // From now on the window is the one of every process sharing `key` (see rateBudgetKey).
    void share(const QString &key);
    bool isShared() const { return !m_path.isEmpty(); }
    QString statePath() const { return m_path; }
    static QString statePathFor(const QString &key);

    void setLimit(int perSecond) { m_configured = qMax(1, perSecond); }
    int configuredLimit() const { return m_configured; }
    int limit() const { return m_inForce; } // as of the last call below (lower while 429s recur)

    struct Take {
        quint64 ticket = 0;   // 0: not now
        qint64 notBefore = 0; // when to ask again
    };
    Take take(qint64 nowMs, int unansweredMarginMs);
    void sent(quint64 ticket, qint64 nowMs);
    // Written at once: the other sharers need it before this process next takes a place.
    void answered(const QList<QPair<quint64, int>> &marginsByTicket);
    void throttled(qint64 sentMs, qint64 pauseUntilMs, qint64 nowMs);
    qint64 pausedUntil() const { return m_window.pausedUntil; }
    int lockFailures() const { return m_lockFailures; } // times the lock could not be had in time

private:
    template<typename Change> void update(Change change);

    int m_configured;
    int m_inForce;
    RateWindow m_window; // the window itself when not shared; the last one read when shared
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    int m_lockFailures = 0;
};

// The key amoCRM counts requests by: the integration (the token's audience) in the account,
// at the account's address. Tokens that are not JWTs count by address alone.
QString rateBudgetKey(const QString &baseUrl, const QString &accessToken);

} // namespace amodesk

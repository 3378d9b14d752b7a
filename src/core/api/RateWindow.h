#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace amodesk {

// What every sharer of one account's request budget knows: the recent request starts of all
// of them, a pause after a 429, and a limit lowered while 429s recur. The rules below are pure
// (time is an argument), so they are tested with a controlled clock.
struct RateWindow {
    struct Start {
        quint64 ticket = 0;
        qint64 ms = 0;      // when the request left (the server counts it from its arrival)
        int marginMs = -1;  // how late it may have arrived after leaving; -1 until its answer is in
    };
    QList<Start> starts;
    qint64 pausedUntil = 0;   // after a 429 nobody starts before this
    qint64 lastPauseEnd = 0;  // the end of the latest pause: a 429 of a request sent after it recurs
    int lowered = 0;          // a limit below the configured one while 429s recur; 0 = none
    qint64 loweredAt = 0;     // when it last moved

    static constexpr int kWindowMs = 1000;        // amoCRM counts a sliding second
    static constexpr qint64 kRecoveryStepMs = 2000; // a lowered limit climbs one step this often
    static constexpr qint64 kRecurrenceMs = 10000;  // a 429 this soon after a pause means the pause was not enough

    // The limit in force; a lowered one climbs back a step every kRecoveryStepMs without a 429.
    int limit(int configured, qint64 nowMs);
    // The earliest moment a request may start, given how late unanswered ones may arrive.
    qint64 nextSlot(int configured, int unansweredMarginMs, qint64 nowMs);
    quint64 take(quint64 ticket, qint64 nowMs);
    void sent(quint64 ticket, qint64 nowMs);
    void answered(quint64 ticket, int marginMs);
    // A 429 to a request that left at sentMs: everybody pauses until pauseUntilMs; if the
    // request left after the previous pause had ended, that pause was not enough: lower the limit.
    void throttled(int configured, qint64 sentMs, qint64 pauseUntilMs, qint64 nowMs);
    void forgetBefore(qint64 ms);

    QByteArray serialize() const;
    static RateWindow parse(const QByteArray &bytes); // damaged lines are skipped
};

} // namespace amodesk

#include "RateWindow.h"

#include <algorithm>

namespace amodesk {

namespace {
constexpr int kMaxStarts = 256;
}

int RateWindow::limit(int configured, qint64 nowMs)
{
    if (lowered <= 0 || lowered >= configured) {
        lowered = 0;
        return configured;
    }
    while (lowered > 0 && nowMs - loweredAt >= kRecoveryStepMs) {
        loweredAt += kRecoveryStepMs;
        if (++lowered >= configured)
            lowered = 0;
    }
    return lowered > 0 ? lowered : configured;
}

qint64 RateWindow::nextSlot(int configured, int unansweredMarginMs, qint64 nowMs)
{
    const int allowed = limit(configured, nowMs);
    qint64 slot = std::max(nowMs, pausedUntil);
    // A start holds its place until a second after its latest possible arrival.
    QList<qint64> expiries;
    expiries.reserve(starts.size());
    for (const Start &s : std::as_const(starts))
        expiries << s.ms + kWindowMs + (s.marginMs >= 0 ? s.marginMs : unansweredMarginMs) + 1;
    if (expiries.size() >= allowed) {
        std::nth_element(expiries.begin(), expiries.begin() + (allowed - 1), expiries.end(), std::greater<qint64>());
        slot = std::max(slot, expiries[allowed - 1]);
    }
    return slot;
}

quint64 RateWindow::take(quint64 ticket, qint64 nowMs)
{
    starts.append({ticket, nowMs, -1});
    if (starts.size() > kMaxStarts)
        starts.remove(0, starts.size() - kMaxStarts);
    return ticket;
}

void RateWindow::sent(quint64 ticket, qint64 nowMs)
{
    for (Start &s : starts) {
        if (s.ticket == ticket)
            s.ms = std::max(s.ms, nowMs);
    }
}

void RateWindow::answered(quint64 ticket, int marginMs)
{
    for (Start &s : starts) {
        if (s.ticket == ticket)
            s.marginMs = std::max(0, marginMs);
    }
}

void RateWindow::throttled(int configured, qint64 sentMs, qint64 pauseUntilMs, qint64 nowMs)
{
    if (lastPauseEnd > 0 && sentMs >= lastPauseEnd && sentMs - lastPauseEnd < kRecurrenceMs) {
        const int current = limit(configured, nowMs);
        lowered = std::max(1, current * 2 / 3);
        loweredAt = nowMs;
    }
    pausedUntil = std::max(pausedUntil, pauseUntilMs);
    lastPauseEnd = pausedUntil;
}

void RateWindow::forgetBefore(qint64 ms)
{
    starts.removeIf([ms](const Start &s) { return s.ms < ms; });
}

QByteArray RateWindow::serialize() const
{
    QByteArray out = "amodesk-rate-window 1\n";
    out += "pause " + QByteArray::number(pausedUntil) + ' ' + QByteArray::number(lastPauseEnd) + '\n';
    out += "lowered " + QByteArray::number(lowered) + ' ' + QByteArray::number(loweredAt) + '\n';
    for (const Start &s : starts)
        out += "start " + QByteArray::number(s.ticket) + ' ' + QByteArray::number(s.ms) + ' ' + QByteArray::number(s.marginMs) + '\n';
    return out;
}

RateWindow RateWindow::parse(const QByteArray &bytes)
{
    RateWindow w;
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        bool ok1 = false, ok2 = false, ok3 = false;
        if (f.size() == 3 && f[0] == "pause") {
            const qint64 until = f[1].toLongLong(&ok1), end = f[2].toLongLong(&ok2);
            if (ok1 && ok2) {
                w.pausedUntil = until;
                w.lastPauseEnd = end;
            }
        } else if (f.size() == 3 && f[0] == "lowered") {
            const int lowered = f[1].toInt(&ok1);
            const qint64 at = f[2].toLongLong(&ok2);
            if (ok1 && ok2 && lowered >= 0) {
                w.lowered = lowered;
                w.loweredAt = at;
            }
        } else if (f.size() == 4 && f[0] == "start") {
            const Start s{f[1].toULongLong(&ok1), f[2].toLongLong(&ok2), f[3].toInt(&ok3)};
            if (ok1 && ok2 && ok3 && w.starts.size() < kMaxStarts)
                w.starts.append(s);
        }
    }
    return w;
}

} // namespace amodesk

#include "RoundTrips.h"

#include <QtGlobal>
#include <algorithm>

namespace amodesk {

namespace {
constexpr int kArrivalSlopMs = 4; // timer and scheduling noise between our clock and the send
constexpr int kMinUnansweredMarginMs = 20;
constexpr int kSamples = 64;
constexpr qint64 kRecomputeMs = 3000; // places older than this no longer matter to the window
} // namespace

int RoundTrips::spreadMs() const
{
    if (m_samples.isEmpty())
        return 0;
    const auto [low, high] = std::minmax_element(m_samples.cbegin(), m_samples.cend());
    return *high - *low;
}

int RoundTrips::unansweredMarginMs() const
{
    return qMax(kMinUnansweredMarginMs, spreadMs() + kArrivalSlopMs);
}

QList<QPair<quint64, int>> RoundTrips::answered(quint64 ticket, qint64 sentMs, qint64 answeredMs, qint64 nowMs)
{
    const int roundTrip = int(qBound(qint64(0), answeredMs - sentMs, qint64(600000)));
    m_samples.append(roundTrip);
    if (m_samples.size() > kSamples)
        m_samples.removeFirst();
    m_answers.append({ticket, sentMs, roundTrip});
    m_answers.removeIf([nowMs](const Answer &a) { return a.sentMs < nowMs - kRecomputeMs; });
    // A request that took longer than the fastest one may have spent the difference on the
    // way there, so it may have been counted that much later than it left. The server's own
    // time after counting varies as well, the more on a path that varies: allow a quarter of
    // the spread. A new fastest round trip shows the earlier ones were later than thought:
    // every recent place is measured again.
    const int fastest = *std::min_element(m_samples.cbegin(), m_samples.cend());
    const int allowance = kArrivalSlopMs + spreadMs() / 4;
    QList<QPair<quint64, int>> margins;
    for (const Answer &a : std::as_const(m_answers))
        margins.append({a.ticket, a.roundTrip - fastest + allowance});
    return margins;
}

} // namespace amodesk

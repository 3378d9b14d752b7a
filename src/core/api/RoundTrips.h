#pragma once

#include <QList>
#include <QPair>

namespace amodesk {

// This process's recent round trips to the server. They tell the request budget how much later
// than it left a request may have been counted, answered or not.
class RoundTrips
{
public:
    // Records an answered request; returns the margin of each recent place, by ticket, for
    // RateBudget::answered().
    QList<QPair<quint64, int>> answered(quint64 ticket, qint64 sentMs, qint64 answeredMs, qint64 nowMs);
    // The margin to allow a request not answered yet.
    int unansweredMarginMs() const;

private:
    int spreadMs() const;

    QList<int> m_samples; // ms, the most recent ones
    struct Answer { quint64 ticket; qint64 sentMs; int roundTrip; };
    QList<Answer> m_answers;
};

} // namespace amodesk

#include "OutboxItem.h"

namespace amodesk {

QString outboxStateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending: return QStringLiteral("pending");
    case OutboxItem::State::Sent: return QStringLiteral("sent");
    case OutboxItem::State::Confirmed: return QStringLiteral("confirmed");
    case OutboxItem::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace amodesk

#include "PlanChecks.h"

#include "services/AccountDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(RevertPlan) };

// What of the value to restore the account no longer has, in words; empty when it has it all.
QString missingIn(const RevertChange &c, const AccountDirectory &d)
{
    if (c.field == u"status") {
        const qint64 stage = c.restore[QStringLiteral("status_id")].toInteger();
        if (c.entityType == u"customers")
            return d.customerStatuses().isEmpty() || d.customerStatuses().contains(stage) ? QString()
                                                                                           : Tr::tr("the account has no customer stage %1").arg(stage);
        const qint64 pipeline = c.restore[QStringLiteral("pipeline_id")].toInteger();
        if (d.pipelines().isEmpty())
            return {};
        if (!d.pipelines().contains(pipeline))
            return Tr::tr("the account has no pipeline %1").arg(pipeline);
        const auto stages = d.leadStatuses(pipeline);
        const bool known = std::any_of(stages.cbegin(), stages.cend(), [stage](const auto &s) { return s.first == stage; });
        return known ? QString() : Tr::tr("the stage %1 is not a stage of the pipeline «%2»").arg(stage).arg(d.pipelineName(pipeline));
    }
    if (c.field == u"responsible_user_id") {
        const qint64 user = c.restore.toInteger();
        return d.users().isEmpty() || d.users().contains(user) ? QString() : Tr::tr("the user %1 is not in the account (any more)").arg(user);
    }
    if (c.field.startsWith(QStringLiteral("custom_field:")) && !d.fields().isEmpty()) {
        const qint64 field = c.field.section(u':', 1).toLongLong();
        if (!d.fields().contains(field))
            return Tr::tr("the account has no field %1").arg(field);
        for (const QJsonValue &v : c.restore.toArray()) {
            const QJsonValue choice = v[QStringLiteral("enum_id")];
            if (choice.isDouble() && d.enumValue(choice.toInteger()).isEmpty())
                return Tr::tr("«%1» is not a choice of the field «%2»").arg(v[QStringLiteral("value")].toString(), d.fieldName(field));
        }
    }
    return {};
}
} // namespace

void checkAgainstAccount(QList<RevertChange> &plan, const AccountDirectory &directory)
{
    for (RevertChange &c : plan) {
        if (c.state != RevertChange::State::Ready && c.state != RevertChange::State::Conflict)
            continue;
        const QString missing = missingIn(c, directory);
        if (missing.isEmpty())
            continue;
        c.state = RevertChange::State::Unsupported;
        c.reason = missing;
        c.patch = {};
    }
}

} // namespace amodesk

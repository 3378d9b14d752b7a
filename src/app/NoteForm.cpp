#include "NoteForm.h"

namespace amodesk {

QList<NoteParamSpec> NoteForm::params(const QString &t)
{
    using K = NoteParamSpec::Kind;
    if (t == u"common")
        return {{QStringLiteral("text"), tr("Text"), K::Text}};
    if (t == u"call_in" || t == u"call_out")
        return {{QStringLiteral("phone"), tr("Phone"), K::Line, true, QStringLiteral("+79991234567")},
                {QStringLiteral("duration"), tr("Duration, seconds"), K::Number},
                {QStringLiteral("source"), tr("Source (telephony)"), K::Line, true, QStringLiteral("onlinePBX")},
                {QStringLiteral("link"), tr("Recording link"), K::Line, false, QStringLiteral("https://")},
                {QStringLiteral("uniq"), tr("Call ID"), K::Line},
                {QStringLiteral("call_responsible"), tr("Who took the call"), K::Line, false}};
    if (t == u"service_message" || t == u"extended_service_message")
        return {{QStringLiteral("service"), tr("Service name"), K::Line}, {QStringLiteral("text"), tr("Text"), K::Text}};
    if (t == u"message_cashier")
        return {{QStringLiteral("status"), tr("Status"), K::Choice}, {QStringLiteral("text"), tr("Text"), K::Text}};
    if (t == u"geolocation")
        return {{QStringLiteral("text"), tr("Text"), K::Line}, {QStringLiteral("address"), tr("Address"), K::Line},
                {QStringLiteral("latitude"), tr("Latitude"), K::Line, true, QStringLiteral("55.7558")},
                {QStringLiteral("longitude"), tr("Longitude"), K::Line, true, QStringLiteral("37.6173")}};
    if (t == u"sms_in" || t == u"sms_out")
        return {{QStringLiteral("phone"), tr("Phone"), K::Line, true, QStringLiteral("+79991234567")}, {QStringLiteral("text"), tr("Text"), K::Text}};
    if (t == u"attachment")
        return {{QStringLiteral("file_name"), tr("File name"), K::Line},
                {QStringLiteral("file_uuid"), tr("File UUID"), K::Line},
                {QStringLiteral("version_uuid"), tr("Version UUID"), K::Line, false}};
    return {};
}

QList<QPair<QString, QString>> NoteForm::cashierStatuses()
{
    return {{QStringLiteral("created"), tr("Created")}, {QStringLiteral("shown"), tr("Shown")}, {QStringLiteral("canceled"), tr("Canceled")}};
}

} // namespace amodesk

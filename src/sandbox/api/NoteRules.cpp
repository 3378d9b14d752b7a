#include "NoteRules.h"

#include "Responses.h"
#include "data/Catalog.h"

#include <QRegularExpression>
#include <QUrl>

namespace sandbox {

namespace {
bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}
} // namespace

QJsonArray checkNoteParams(const QString &type, const QJsonValue &paramsValue)
{
    QJsonArray errors;
    if (!writableNoteTypes().contains(type)) {
        errors.append(fieldError(QStringLiteral("NotSupportedChoice"), QStringLiteral("note_type"),
                                 QStringLiteral("The value you selected is not a valid choice.")));
        return errors;
    }
    if (!paramsValue.isObject()) {
        errors.append(fieldError(QStringLiteral("NotBlank"), QStringLiteral("params"), QStringLiteral("params must be an object")));
        return errors;
    }
    const QJsonObject p = paramsValue.toObject();
    auto requireString = [&](const char *key) {
        const QJsonValue v = p.value(QLatin1String(key));
        const QString path = QStringLiteral("params.") + QLatin1String(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            errors.append(fieldError(QStringLiteral("NotBlank"), path, QStringLiteral("This value should not be blank.")));
        else if (!v.isString())
            errors.append(fieldError(QStringLiteral("InvalidType"), path, QStringLiteral("This value should be of type string.")));
    };
    if (type == u"common") {
        requireString("text");
    } else if (type == u"call_in" || type == u"call_out") {
        requireString("uniq");
        requireString("source");
        requireString("phone");
        const QJsonValue d = p.value(QStringLiteral("duration"));
        if (!d.isDouble() || d.toDouble() < 0 || d.toDouble() != double(qint64(d.toDouble())))
            errors.append(fieldError(QStringLiteral("InvalidType"), QStringLiteral("params.duration"),
                                     QStringLiteral("This value should be a non-negative integer.")));
        const QJsonValue link = p.value(QStringLiteral("link"));
        if (!link.isUndefined() && !link.isNull()) {
            const QUrl url(link.toString(), QUrl::StrictMode);
            if (!link.isString() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
                errors.append(fieldError(QStringLiteral("InvalidUrl"), QStringLiteral("params.link"), QStringLiteral("This value is not a valid URL.")));
        }
    } else if (type == u"service_message" || type == u"extended_service_message") {
        requireString("service");
        requireString("text");
    } else if (type == u"message_cashier") {
        requireString("text");
        const QString status = p.value(QStringLiteral("status")).toString();
        if (status != u"created" && status != u"shown" && status != u"canceled")
            errors.append(fieldError(QStringLiteral("NotSupportedChoice"), QStringLiteral("params.status"),
                                     QStringLiteral("status must be created, shown or canceled")));
    } else if (type == u"geolocation") {
        requireString("text");
        requireString("address");
        // A number, not necessarily on the globe: seed 004's own example sends a latitude of
        // 91.423146 and succeeds.
        for (const char *key : {"longitude", "latitude"}) {
            const QJsonValue v = p.value(QLatin1String(key));
            bool ok = v.isDouble();
            if (!ok)
                v.toString().toDouble(&ok);
            if (!ok)
                errors.append(fieldError(QStringLiteral("InvalidType"), QStringLiteral("params.") + QLatin1String(key),
                                         QStringLiteral("This value should be a number.")));
        }
    } else if (type == u"sms_in" || type == u"sms_out") {
        requireString("text");
        requireString("phone");
    } else if (type == u"attachment") {
        requireString("file_name");
        if (!isUuid(p.value(QStringLiteral("file_uuid")).toString()))
            errors.append(fieldError(QStringLiteral("InvalidUuid"), QStringLiteral("params.file_uuid"), QStringLiteral("This is not a valid UUID.")));
        const QJsonValue version = p.value(QStringLiteral("version_uuid"));
        if (!version.isUndefined() && !isUuid(version.toString()))
            errors.append(fieldError(QStringLiteral("InvalidUuid"), QStringLiteral("params.version_uuid"), QStringLiteral("This is not a valid UUID.")));
    }
    return errors;
}

QJsonObject paramsAsStored(const QString &noteType, QJsonObject params)
{
    if (noteType == u"attachment") { // a file from the account's drive, named as it was sent
        const QJsonValue name = params.value(QStringLiteral("file_name"));
        if (!params.contains(QStringLiteral("original_name")))
            params.insert(QStringLiteral("original_name"), name);
        if (!params.contains(QStringLiteral("text")))
            params.insert(QStringLiteral("text"), name);
        if (!params.contains(QStringLiteral("is_drive_attachment")))
            params.insert(QStringLiteral("is_drive_attachment"), true);
    }
    return params;
}

QString noteEventType(const QString &noteType)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("common"), QStringLiteral("common_note_added")}, {QStringLiteral("call_in"), QStringLiteral("incoming_call")},
        {QStringLiteral("call_out"), QStringLiteral("outgoing_call")}, {QStringLiteral("sms_in"), QStringLiteral("incoming_sms")},
        {QStringLiteral("sms_out"), QStringLiteral("outgoing_sms")}, {QStringLiteral("service_message"), QStringLiteral("service_note_added")},
        {QStringLiteral("extended_service_message"), QStringLiteral("service_note_added")},
        {QStringLiteral("geolocation"), QStringLiteral("geo_note_added")}, {QStringLiteral("attachment"), QStringLiteral("attachment_note_added")},
        {QStringLiteral("message_cashier"), QStringLiteral("message_to_cashier_note_added")}};
    return map.value(noteType);
}

} // namespace sandbox

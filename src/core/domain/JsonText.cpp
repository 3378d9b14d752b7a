#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amodesk {

ParsedJson parseJson(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError)
        return {QJsonValue(QJsonValue::Undefined), e.errorString(), e.offset};
    return {doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), {}, 0};
}

} // namespace amodesk

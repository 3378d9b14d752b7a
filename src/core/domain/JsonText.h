#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace amodesk {

// JSON a user typed or a file holds: its value, or where and why it is not JSON.
struct ParsedJson {
    QJsonValue value; // an object or an array; undefined when the text is not JSON
    QString error;    // empty when the text is JSON
    int offset = 0;   // the character where it stopped being JSON

    bool ok() const { return error.isEmpty(); }
};

ParsedJson parseJson(const QByteArray &text);

} // namespace amodesk

#pragma once

#include "ApiRequest.h"

#include <QJsonArray>
#include <QString>
#include <functional>

namespace amodesk {

// What makes one item of a list unusable, in words; empty when it is fine.
using ItemCheck = std::function<QString(const QJsonObject &item)>;

// One page of a HAL list as amoCRM sends it: _embedded.<name> is a list of objects,
// _links.next.href the next page if there is one. A page of another shape is a problem,
// never an empty list.
struct ListPage {
    QJsonArray items;
    QString next;
    QString problem; // set when the page is not of the documented shape

    static ListPage read(const ApiResult &result, const QString &embeddedName, const ItemCheck &check = {});
};

// The kind of a JSON value in words ("a list", "a number", ...), for messages about shapes.
QString describeJsonKind(const QJsonValue &value);

} // namespace amodesk

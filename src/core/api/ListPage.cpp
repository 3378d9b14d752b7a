#include "ListPage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ListPage) };
}

QString describeJsonKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("true or false");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("text");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("missing");
}

ListPage ListPage::read(const ApiResult &result, const QString &embeddedName, const ItemCheck &check)
{
    ListPage page;
    if (result.isEmpty()) // 204: nothing (more) to list
        return page;
    const QJsonObject body = result.json.object();
    const QJsonValue embedded = body.value(QStringLiteral("_embedded"));
    if (!embedded.isObject()) {
        page.problem = Tr::tr("\"_embedded\" is %1 where an object belongs").arg(describeJsonKind(embedded));
        return page;
    }
    const QJsonValue list = embedded.toObject().value(embeddedName);
    if (!list.isArray()) {
        page.problem = Tr::tr("\"_embedded.%1\" is %2 where a list belongs").arg(embeddedName, describeJsonKind(list));
        return page;
    }
    page.items = list.toArray();
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        const QJsonValue item = page.items.at(i);
        const QString problem = !item.isObject() ? Tr::tr("%1 where an object belongs").arg(describeJsonKind(item))
                                : check         ? check(item.toObject())
                                                : QString();
        if (!problem.isEmpty()) {
            page.problem = Tr::tr("item %1 of \"%2\": %3").arg(i + 1).arg(embeddedName, problem);
            page.items = {};
            return page;
        }
    }
    page.next = body.value(QStringLiteral("_links")).toObject().value(QStringLiteral("next")).toObject().value(QStringLiteral("href")).toString();
    return page;
}

} // namespace amodesk

#include "EntityTypeNames.h"

#include <array>

namespace amodesk {

namespace {
struct Names { const char16_t *singular; const char16_t *plural; };
constexpr std::array<Names, 4> kNames{{{u"lead", u"leads"}, {u"contact", u"contacts"}, {u"company", u"companies"}, {u"customer", u"customers"}}};
} // namespace

QString pluralEntityType(const QString &either)
{
    const QString t = either.trimmed().toLower();
    for (const Names &n : kNames) {
        if (t == QStringView(n.singular) || t == QStringView(n.plural))
            return QString::fromUtf16(n.plural);
    }
    return {};
}

QString singularEntityType(const QString &either)
{
    const QString t = either.trimmed().toLower();
    for (const Names &n : kNames) {
        if (t == QStringView(n.singular) || t == QStringView(n.plural))
            return QString::fromUtf16(n.singular);
    }
    return either;
}

} // namespace amodesk

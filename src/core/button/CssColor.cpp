#include "CssColor.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace amodesk {

namespace {
// The CSS named colours (CSS Color Module Level 4).
const QHash<QString, quint32> &namedColors()
{
    struct Named { const char *name; quint32 rgb; };
    static const Named list[] = {
    {"aliceblue", 0xf0f8ff}, {"antiquewhite", 0xfaebd7}, {"aqua", 0x00ffff}, {"aquamarine", 0x7fffd4},
    {"azure", 0xf0ffff}, {"beige", 0xf5f5dc}, {"bisque", 0xffe4c4}, {"black", 0x000000},
    {"blanchedalmond", 0xffebcd}, {"blue", 0x0000ff}, {"blueviolet", 0x8a2be2}, {"brown", 0xa52a2a},
    {"burlywood", 0xdeb887}, {"cadetblue", 0x5f9ea0}, {"chartreuse", 0x7fff00}, {"chocolate", 0xd2691e},
    {"coral", 0xff7f50}, {"cornflowerblue", 0x6495ed}, {"cornsilk", 0xfff8dc}, {"crimson", 0xdc143c},
    {"cyan", 0x00ffff}, {"darkblue", 0x00008b}, {"darkcyan", 0x008b8b}, {"darkgoldenrod", 0xb8860b},
    {"darkgray", 0xa9a9a9}, {"darkgreen", 0x006400}, {"darkgrey", 0xa9a9a9}, {"darkkhaki", 0xbdb76b},
    {"darkmagenta", 0x8b008b}, {"darkolivegreen", 0x556b2f}, {"darkorange", 0xff8c00}, {"darkorchid", 0x9932cc},
    {"darkred", 0x8b0000}, {"darksalmon", 0xe9967a}, {"darkseagreen", 0x8fbc8f}, {"darkslateblue", 0x483d8b},
    {"darkslategray", 0x2f4f4f}, {"darkslategrey", 0x2f4f4f}, {"darkturquoise", 0x00ced1}, {"darkviolet", 0x9400d3},
    {"deeppink", 0xff1493}, {"deepskyblue", 0x00bfff}, {"dimgray", 0x696969}, {"dimgrey", 0x696969},
    {"dodgerblue", 0x1e90ff}, {"firebrick", 0xb22222}, {"floralwhite", 0xfffaf0}, {"forestgreen", 0x228b22},
    {"fuchsia", 0xff00ff}, {"gainsboro", 0xdcdcdc}, {"ghostwhite", 0xf8f8ff}, {"gold", 0xffd700},
    {"goldenrod", 0xdaa520}, {"gray", 0x808080}, {"green", 0x008000}, {"greenyellow", 0xadff2f}, {"grey", 0x808080},
    {"honeydew", 0xf0fff0}, {"hotpink", 0xff69b4}, {"indianred", 0xcd5c5c}, {"indigo", 0x4b0082},
    {"ivory", 0xfffff0}, {"khaki", 0xf0e68c}, {"lavender", 0xe6e6fa}, {"lavenderblush", 0xfff0f5},
    {"lawngreen", 0x7cfc00}, {"lemonchiffon", 0xfffacd}, {"lightblue", 0xadd8e6}, {"lightcoral", 0xf08080},
    {"lightcyan", 0xe0ffff}, {"lightgoldenrodyellow", 0xfafad2}, {"lightgray", 0xd3d3d3}, {"lightgreen", 0x90ee90},
    {"lightgrey", 0xd3d3d3}, {"lightpink", 0xffb6c1}, {"lightsalmon", 0xffa07a}, {"lightseagreen", 0x20b2aa},
    {"lightskyblue", 0x87cefa}, {"lightslategray", 0x778899}, {"lightslategrey", 0x778899},
    {"lightsteelblue", 0xb0c4de}, {"lightyellow", 0xffffe0}, {"lime", 0x00ff00}, {"limegreen", 0x32cd32},
    {"linen", 0xfaf0e6}, {"magenta", 0xff00ff}, {"maroon", 0x800000}, {"mediumaquamarine", 0x66cdaa},
    {"mediumblue", 0x0000cd}, {"mediumorchid", 0xba55d3}, {"mediumpurple", 0x9370db}, {"mediumseagreen", 0x3cb371},
    {"mediumslateblue", 0x7b68ee}, {"mediumspringgreen", 0x00fa9a}, {"mediumturquoise", 0x48d1cc},
    {"mediumvioletred", 0xc71585}, {"midnightblue", 0x191970}, {"mintcream", 0xf5fffa}, {"mistyrose", 0xffe4e1},
    {"moccasin", 0xffe4b5}, {"navajowhite", 0xffdead}, {"navy", 0x000080}, {"oldlace", 0xfdf5e6},
    {"olive", 0x808000}, {"olivedrab", 0x6b8e23}, {"orange", 0xffa500}, {"orangered", 0xff4500},
    {"orchid", 0xda70d6}, {"palegoldenrod", 0xeee8aa}, {"palegreen", 0x98fb98}, {"paleturquoise", 0xafeeee},
    {"palevioletred", 0xdb7093}, {"papayawhip", 0xffefd5}, {"peachpuff", 0xffdab9}, {"peru", 0xcd853f},
    {"pink", 0xffc0cb}, {"plum", 0xdda0dd}, {"powderblue", 0xb0e0e6}, {"purple", 0x800080},
    {"rebeccapurple", 0x663399}, {"red", 0xff0000}, {"rosybrown", 0xbc8f8f}, {"royalblue", 0x4169e1},
    {"saddlebrown", 0x8b4513}, {"salmon", 0xfa8072}, {"sandybrown", 0xf4a460}, {"seagreen", 0x2e8b57},
    {"seashell", 0xfff5ee}, {"sienna", 0xa0522d}, {"silver", 0xc0c0c0}, {"skyblue", 0x87ceeb},
    {"slateblue", 0x6a5acd}, {"slategray", 0x708090}, {"slategrey", 0x708090}, {"snow", 0xfffafa},
    {"springgreen", 0x00ff7f}, {"steelblue", 0x4682b4}, {"tan", 0xd2b48c}, {"teal", 0x008080}, {"thistle", 0xd8bfd8},
    {"tomato", 0xff6347}, {"turquoise", 0x40e0d0}, {"violet", 0xee82ee}, {"wheat", 0xf5deb3}, {"white", 0xffffff},
    {"whitesmoke", 0xf5f5f5}, {"yellow", 0xffff00}, {"yellowgreen", 0x9acd32},
    };
    static const QHash<QString, quint32> names = [] {
        QHash<QString, quint32> out;
        for (const Named &n : list)
            out.insert(QLatin1String(n.name), n.rgb);
        return out;
    }();
    return names;
}

CssRgba fromRgb(quint32 rgb, int alpha = 255)
{
    return {int((rgb >> 16) & 0xff), int((rgb >> 8) & 0xff), int(rgb & 0xff), alpha};
}

CssRgba fromHsl(double h, double s, double l, int alpha)
{
    auto f = [&](double n) {
        const double k = std::fmod(n + h / 30.0, 12.0);
        const double a = s * std::min(l, 1 - l);
        return l - a * std::max(-1.0, std::min({k - 3, 9 - k, 1.0}));
    };
    return {int(std::lround(f(0) * 255)), int(std::lround(f(8) * 255)), int(std::lround(f(4) * 255)), alpha};
}

// One channel of rgb(): 0-255 or a percentage; alpha: 0-1 or a percentage.
bool channel(const QString &text, double max, double &out)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(u'%');
    if (percent)
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return false;
    out = percent ? v / 100.0 * max : v;
    return out <= max + 1e-9;
}
} // namespace

std::optional<CssRgba> parseCssColor(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"transparent")
        return CssRgba{0, 0, 0, 0};
    if (text.startsWith(u'#')) {
        static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$"));
        if (!hex.match(text).hasMatch())
            return std::nullopt;
        QString digits = text.mid(1);
        if (digits.size() <= 4) { // #rgb(a) doubles each digit
            QString longForm;
            for (QChar c : digits)
                longForm += QString(2, c);
            digits = longForm;
        }
        return fromRgb(digits.left(6).toUInt(nullptr, 16), digits.size() == 8 ? digits.mid(6, 2).toInt(nullptr, 16) : 255);
    }
    static const QRegularExpression function(QStringLiteral("^(rgba?|hsla?)\\(([^()]*)\\)$"));
    const QRegularExpressionMatch m = function.match(text);
    if (m.hasMatch()) {
        QString args = m.captured(2);
        QStringList parts;
        if (args.contains(u',')) {
            parts = args.split(u',');
        } else { // the modern form: "rgb(0 0 0 / 50%)"
            const QStringList halves = args.split(u'/');
            parts = halves.first().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (halves.size() == 2)
                parts << halves.last();
            else if (halves.size() > 2)
                return std::nullopt;
        }
        if (parts.size() != 3 && parts.size() != 4)
            return std::nullopt;
        double alpha = 1.0;
        if (parts.size() == 4 && !channel(parts[3], 1.0, alpha))
            return std::nullopt;
        if (m.captured(1).startsWith(u"rgb")) {
            double r, g, b;
            if (!channel(parts[0], 255, r) || !channel(parts[1], 255, g) || !channel(parts[2], 255, b))
                return std::nullopt;
            return CssRgba{int(std::lround(r)), int(std::lround(g)), int(std::lround(b)), int(std::lround(alpha * 255))};
        }
        QString hue = parts[0].trimmed();
        if (hue.endsWith(QStringLiteral("deg")))
            hue.chop(3);
        bool ok = false;
        const double h = hue.toDouble(&ok);
        double s, l;
        if (!ok || !parts[1].trimmed().endsWith(u'%') || !parts[2].trimmed().endsWith(u'%') || !channel(parts[1], 1.0, s) || !channel(parts[2], 1.0, l))
            return std::nullopt;
        const double wrapped = std::fmod(std::fmod(h, 360.0) + 360.0, 360.0);
        return fromHsl(wrapped, s, l, int(std::lround(alpha * 255)));
    }
    const auto named = namedColors().constFind(text);
    if (named != namedColors().cend())
        return fromRgb(*named);
    return std::nullopt;
}

} // namespace amodesk

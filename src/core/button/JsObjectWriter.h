#pragma once

#include <QJsonValue>
#include <QString>

namespace amodesk {

// Writes JavaScript object literals the way the amoCRM docs print them: bare keys where they
// are identifiers, single-quoted strings, two-space indents. Strings are escaped for a <script>
// element too ("</script>" cannot end it early).
class JsObjectWriter
{
public:
    static QString literal(const QJsonValue &value, int indent = 0);
    static QString string(const QString &text);
    static QString key(const QString &name);
};

} // namespace amodesk

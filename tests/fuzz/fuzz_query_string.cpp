// The client's query-string builder, read back by the sandbox's PHP-style parser: one
// parameter's path and value survive the trip, whatever they contain.
#include "FuzzInput.h"
#include "api/PhpQuery.h"
#include "api/QueryString.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList fields = QString::fromUtf8(fuzzBytes(data, size)).split(u'\n');
    if (fields.size() < 2)
        return 0;
    const QString value = fields.last();
    const QStringList path = fields.mid(0, fields.size() - 1);
    amodesk::QueryString q;
    q.add(path, value);
    const QByteArray encoded = q.encode();
    FUZZ_CHECK(!encoded.contains('&') && !encoded.contains('#') && !encoded.contains(' '));
    // PHP cannot tell an empty key from an appended one, nor a key holding brackets: the trip
    // holds for the rest, up to PHP's 64 levels.
    bool plain = path.size() <= sandbox::PhpQuery::kMaxNesting && !path.first().isEmpty();
    for (const QString &segment : path)
        plain = plain && !segment.isEmpty() && !segment.contains(u'[') && !segment.contains(u']') && !segment.contains(QChar(0));
    if (plain) {
        const sandbox::PhpQuery parsed(encoded);
        FUZZ_CHECK(parsed.value(path) == value);
    }
    return 0;
}

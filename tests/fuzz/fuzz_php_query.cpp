// The sandbox's PHP-style query parser on any query string.
#include "FuzzInput.h"
#include "api/PhpQuery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sandbox::PhpQuery q(fuzzBytes(data, size));
    for (const QString &root : {QStringLiteral("filter"), QStringLiteral("order"), QStringLiteral("with")}) {
        (void)q.has({root});
        (void)q.values({root});
        (void)q.groups({root, QStringLiteral("value_after")});
        for (const QString &key : q.childKeys({root}))
            (void)q.value({root, key});
    }
    return 0;
}

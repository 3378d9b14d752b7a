// An answer that is not a success into ApiError: status, content type, body, Retry-After.
#include "FuzzInput.h"
#include "api/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 300 + (data[0] | (data[1] << 8)) % 300;
    const QList<QByteArray> parts = fuzzBytes(data + 2, size - 2).split('\n');
    const amodesk::ApiError e = amodesk::ApiError::fromAnswer(status, parts.value(0), parts.value(2), parts.value(1));
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(!e.message().isEmpty());
    return 0;
}

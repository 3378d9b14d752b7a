// The sandbox's HTTP/1.1 request parser on whatever a connection receives.
#include "FuzzInput.h"
#include "http/HttpMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer = fuzzBytes(data, size);
    for (;;) {
        const qsizetype before = buffer.size();
        sandbox::HttpRequest request;
        int status = 0;
        bool wantsContinue = false;
        if (!sandbox::takeHttpRequest(buffer, request, status, &wantsContinue)) {
            FUZZ_CHECK(status == 0 || status == 400 || status == 413 || status == 417 || status == 431 || status == 501);
            FUZZ_CHECK(!wantsContinue || status == 0);
            break;
        }
        FUZZ_CHECK(buffer.size() < before); // every request taken is taken off the buffer
        FUZZ_CHECK(!request.method.isEmpty());
    }
    return 0;
}

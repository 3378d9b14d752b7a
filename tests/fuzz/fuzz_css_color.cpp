// CSS colours of the chat button's settings.
#include "FuzzInput.h"
#include "button/CssColor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (const auto colour = amodesk::parseCssColor(QString::fromUtf8(fuzzBytes(data, size)))) {
        for (const int channel : {colour->r, colour->g, colour->b, colour->a})
            FUZZ_CHECK(channel >= 0 && channel <= 255);
    }
    return 0;
}

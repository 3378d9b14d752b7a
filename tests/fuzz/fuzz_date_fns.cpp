// date-fns format strings of the chat button's settings.
#include "FuzzInput.h"
#include "button/ChatButtonConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)amodesk::checkDateFnsFormat(QString::fromUtf8(fuzzBytes(data, size)));
    return 0;
}

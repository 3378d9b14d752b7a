#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What the fuzzer hands a target, as Qt bytes; and a check that stops the run like a crash.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            std::abort(); \
    } while (false)

// CSV import (entity ids and notes from a file).
#include "FuzzInput.h"
#include "domain/CsvTable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    amodesk::CsvTable table;
    QString error;
    if (!amodesk::CsvTable::parse(QString::fromUtf8(fuzzBytes(data, size)), table, &error))
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}

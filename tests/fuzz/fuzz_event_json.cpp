// Event JSON from the server into the domain type, and list pages of events.
#include "FuzzInput.h"
#include "api/ListPage.h"
#include "domain/Event.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    amodesk::ApiResult result;
    result.status = 200;
    result.json = QJsonDocument::fromJson(fuzzBytes(data, size));
    const amodesk::ListPage page = amodesk::ListPage::read(result, QStringLiteral("events"), &amodesk::Event::problemIn);
    FUZZ_CHECK(page.problem.isEmpty() || page.items.isEmpty());
    for (const QJsonValue &item : page.items) {
        const amodesk::Event e = amodesk::Event::fromJson(item.toObject());
        FUZZ_CHECK(!e.id.isEmpty() && e.createdAt > 0);
        (void)e.changeSummary();
        (void)e.isAboutNote();
    }
    if (result.json.isObject()) { // a single event, as GET /api/v4/events/{id} answers
        const amodesk::Event e = amodesk::Event::fromJson(result.json.object());
        (void)e.changeSummary();
    }
    return 0;
}

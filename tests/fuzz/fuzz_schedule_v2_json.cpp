// The schedule v2 draft through its own reader: any JSON object, whatever its shape.
#include "FuzzSupport.h"
#include "feeds/ImportContext.h"
#include "feeds/ScheduleV2JsonReader.h"

#include <QJsonDocument>

LANYARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzSupport::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    const ImportOptions options = FuzzSupport::optionsFor(size);
    Schedule schedule;
    schedule.format = FeedImporter::formatName(FeedImporter::Format::ScheduleV2Json);
    ImportContext context(options, schedule);
    if (const auto error = ScheduleV2JsonReader(context).read(document.object())) {
        if (error->message.isEmpty())
            FuzzSupport::broken("an error says what", error->toString());
        return 0;
    }
    FuzzSupport::finish(schedule);
    return 0;
}

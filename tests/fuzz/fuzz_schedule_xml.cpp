// schedule.xml through its own reader (the format forced, whatever the content looks like).
#include "FuzzSupport.h"
#include "feeds/ImportContext.h"
#include "feeds/ScheduleXmlReader.h"

LANYARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytesOf(data, size);
    const ImportOptions options = FuzzSupport::optionsFor(size);
    Schedule schedule;
    schedule.format = FeedImporter::formatName(FeedImporter::Format::ScheduleXml);
    ImportContext context(options, schedule);
    if (const auto error = ScheduleXmlReader(context).read(bytes)) {
        if (error->message.isEmpty())
            FuzzSupport::broken("an error says what", error->toString());
        return 0;
    }
    FuzzSupport::finish(schedule);
    return 0;
}

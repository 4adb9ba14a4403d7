// The importer as every caller uses it: format detection from content, the UTF-8 checks, the
// reader it picks, stable ids. Whatever the bytes, a full schedule or an error, never half.
#include "FuzzSupport.h"

LANYARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytesOf(data, size);
    const ImportResult result = FeedImporter::import(bytes, FuzzSupport::optionsFor(size));
    if (!result.ok()) {
        if (result.error->message.isEmpty())
            FuzzSupport::broken("an error says what", result.error->toString());
        return 0;
    }
    if (FeedImporter::detect(bytes) == FeedImporter::Format::Unknown)
        FuzzSupport::broken("only a detected format imports", result.schedule.format);
    FuzzSupport::checkSchedule(result.schedule);
    return 0;
}

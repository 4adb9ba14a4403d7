// Sessionize's three views through their reader: any JSON object or array, whatever its shape.
#include "FuzzSupport.h"
#include "feeds/ImportContext.h"
#include "feeds/SessionizeReader.h"

#include <QJsonDocument>

LANYARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzSupport::bytesOf(data, size));
    if (document.isNull() || !SessionizeReader::detect(document))
        return 0;
    const ImportOptions options = FuzzSupport::optionsFor(size);
    Schedule schedule;
    schedule.format = FeedImporter::formatName(FeedImporter::Format::Sessionize);
    ImportContext context(options, schedule);
    if (const auto error = SessionizeReader(context).read(document)) {
        if (error->message.isEmpty())
            FuzzSupport::broken("an error says what", error->toString());
        return 0;
    }
    FuzzSupport::finish(schedule);
    return 0;
}

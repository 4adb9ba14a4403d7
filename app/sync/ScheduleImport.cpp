#include "ScheduleImport.h"

#include "core/EventIdentity.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

QString ImportOutcome::summary() const
{
    if (!ok())
        return error;
    QString state;
    if (applied.firstImport)
        state = u"imported"_s;
    else if (applied.unchanged)
        state = u"unchanged"_s;
    else
        state = u"updated, %1 changes"_s.arg(applied.changes.size());
    return u"%1 (%2): %3 days, %4 rooms, %5 events, %6 warnings; %7"_s.arg(conference.title, conference.id)
        .arg(dayCount)
        .arg(roomCount)
        .arg(eventCount)
        .arg(warnings.size())
        .arg(state);
}

namespace ScheduleImport
{

namespace
{
ImportOutcome store(ScheduleStore &store, ImportResult parsed, const ImportOptions &options, const QString &source, const QDateTime &now,
                    const QString &conferenceId)
{
    ImportOutcome outcome;
    if (!parsed.ok()) {
        outcome.error = parsed.error->toString();
        return outcome;
    }
    if (!conferenceId.isEmpty() && parsed.schedule.conference.id != conferenceId) {
        // Event ids derive from the conference id: recompute them for the kept conference.
        parsed.schedule.conference.id = conferenceId;
        EventIdentity::assign(parsed.schedule);
    }
    const Schedule &schedule = parsed.schedule;
    outcome.conference = schedule.conference;
    outcome.dayCount = int(schedule.days.size());
    outcome.roomCount = int(schedule.rooms.size());
    outcome.eventCount = int(schedule.events.size());
    outcome.warnings = schedule.warnings;

    ApplyOptions applyOptions;
    applyOptions.source = source;
    applyOptions.now = now;
    outcome.applied = store.apply(schedule, applyOptions);
    if (!outcome.applied.ok())
        outcome.error = u"%1: could not store the programme: %2"_s.arg(options.sourceName, outcome.applied.error);
    return outcome;
}
} // namespace

ImportOutcome importBytes(ScheduleStore &store, QByteArray bytes, const ImportOptions &options, const QString &source, const QDateTime &now,
                          const QString &conferenceId)
{
    ImportResult parsed = FeedImporter::import(bytes, options);
    // The parsed programme holds its own copies: the feed's bytes (as large as the programme's
    // text again) are not kept while it is stored.
    bytes = QByteArray();
    return ScheduleImport::store(store, std::move(parsed), options, source, now, conferenceId);
}

ImportOutcome importFile(ScheduleStore &store, const QString &path, const QString &timeZone, const QDateTime &now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportOutcome outcome;
        outcome.error = u"%1: cannot read the file: %2"_s.arg(path, file.errorString());
        return outcome;
    }
    ImportOptions options;
    options.sourceName = path;
    options.timeZone = timeZone;
    // Parsed as it is read: a large file is not held whole beside its programme.
    ImportResult parsed = FeedImporter::import(file, options);
    file.close();
    return ScheduleImport::store(store, std::move(parsed), options, QFileInfo(path).absoluteFilePath(), now, {});
}

} // namespace ScheduleImport

#pragma once

#include "feeds/FeedImporter.h"
#include "store/ScheduleStore.h"

#include <QByteArray>
#include <QString>

/** What importing one feed did, for a one-line summary and the import report. */
struct ImportOutcome
{
    /** Set when the feed was rejected or could not be stored; nothing was changed then. */
    QString error;
    Conference conference;
    int dayCount = 0;
    int roomCount = 0;
    int eventCount = 0;
    QStringList warnings;
    ApplyResult applied;
    bool ok() const { return error.isEmpty(); }
    /** "PyCon Australia 2013 (pyconau2013): 3 days, 10 rooms, 84 events, 0 warnings". */
    QString summary() const;
};

/**
 * The one path from feed bytes to the database, shared by file import, sync and the bundled
 * programme: parse completely, then apply in one transaction, or change nothing.
 */
namespace ScheduleImport
{
/**
 * `conferenceId`, when given, is the conference the bytes belong to whatever the feed's own
 * acronym says (a subscription whose URL changed keeps filling the same conference).
 *
 * The bytes are let go once parsed, before the programme is stored: hand them over
 * (std::move) and a large feed is not held twice at the import's peak.
 */
ImportOutcome importBytes(ScheduleStore &store, QByteArray bytes, const ImportOptions &options, const QString &source, const QDateTime &now,
                          const QString &conferenceId = {});
/** Reads a file and imports it; a missing or unreadable file is an error naming the path. */
ImportOutcome importFile(ScheduleStore &store, const QString &path, const QString &timeZone, const QDateTime &now);
} // namespace ScheduleImport

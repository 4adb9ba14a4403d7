#pragma once

#include "store/UserDataStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class ScheduleStore;

/** What a restore did (or, with `error` set, why it did nothing). */
struct RestoreReport
{
    QString error;
    /** Events that had no user data here before. */
    int added = 0;
    /** Events whose data here was merged with the backup's and changed. */
    int updated = 0;
    /** Entries that changed nothing (restoring twice: all of them). */
    int unchanged = 0;
    /** Entries for events not (yet) in the programme: kept, they apply when the event appears. */
    int waiting = 0;
    /** Anything else worth saying (e.g. parts of the backup this version cannot restore). */
    QStringList notes;

    bool ok() const { return error.isEmpty(); }
    /** "3 added, 1 updated, 0 unchanged; 2 wait for their events to appear in a programme". */
    QString summary() const;
};

/**
 * The JSON backup of everything the user made: bookmarks with priority, notes, ratings, watched,
 * seen and dismissed marks (and trips, once they exist, in "trips"), keyed by stable event ids
 * and the conference's identity, so it can be restored into any database, e.g. on a second
 * laptop. Restoring merges: a value only one side has is kept; where both differ, the more
 * recently changed row wins. Restoring the same backup twice changes nothing.
 *
 * {"format": "lanyard-backup", "version": 1, "createdAt": ISO, "generator": "Lanyard x.y.z",
 *  "conferences": [{id, title, acronym, timezone, start, end}],
 *  "events": [{event, conference, title, start, priority: "must"|"maybe"|null, bookmarkedAt,
 *              note, rating: 1..5|null, watchedAt, seenAt, dismissedAt, updatedAt}],
 *  "trips": []}
 */
namespace UserDataBackup
{
inline constexpr int kVersion = 1;

/** The backup of one conference's user data, or of all when `conferenceId` is empty. */
QJsonObject create(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                   const QDateTime &now);
QByteArray createBytes(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                       const QDateTime &now);

/** Whether the bytes look like a Lanyard backup (a JSON object), as opposed to an .ics file. */
bool looksLikeBackup(const QByteArray &bytes);

/** Reads and checks a whole backup first, then merges it in one transaction; nothing changes on error. */
RestoreReport restore(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule,
                      UserDataStore &userData);

/** The merge rule: a value one side lacks comes from the other; where both differ, the newer row wins. */
EventUserData merge(const EventUserData &local, const EventUserData &incoming);
/** Equal as user data (ignores updatedAt, which only orders changes). */
bool sameData(const EventUserData &a, const EventUserData &b);
} // namespace UserDataBackup

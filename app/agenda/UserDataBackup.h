#pragma once

#include "TripSources.h"
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
    /** The same for the trips and the user's own places in the backup, matched by their ids. */
    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        bool any() const { return added + updated + unchanged > 0; }
    };
    Counts trips;
    Counts places;
    /** Friends, matched by name: a newer copy of their calendar replaces an older one. */
    Counts friends;
    /** Anything else worth saying (e.g. parts of the backup this version cannot restore). */
    QStringList notes;

    bool ok() const { return error.isEmpty(); }
    /**
     * "3 added, 1 updated, 0 unchanged; 2 wait for their events to appear in a programme", then
     * "; trips: 1 added, 0 updated, 0 unchanged" and the same for places when the backup had any.
     */
    QString summary() const;
};

/**
 * The JSON backup of everything the user made: bookmarks with priority, notes, ratings, watched,
 * seen and dismissed marks, side trips and the user's own places, keyed by stable event ids,
 * trip and place ids and the conference's identity, so it can be restored into any database,
 * e.g. on a second laptop. Restoring merges: a value only one side has is kept; where both
 * differ, the more recently changed row wins. Restoring the same backup twice changes nothing.
 *
 * {"format": "lanyard-backup", "version": 1, "createdAt": ISO, "generator": "Lanyard x.y.z",
 *  "conferences": [{id, title, acronym, timezone, start, end}],
 *  "events": [{event, conference, title, start, priority: "must"|"maybe"|null, bookmarkedAt,
 *              note, rating: 1..5|null, watchedAt, seenAt, dismissedAt, updatedAt}],
 *  "places": [{id, conference, name, category, lat, lon, notes, createdAt, updatedAt}],
 *  "trips": [{id, conference, title, place, placeName, start, end, notes, who, createdAt, updatedAt}],
 *  "friends": [{name, source, calendar (the .ics text), refreshedAt, addedAt}]}
 *
 * Backups without "friends" (written before friends existed) restore as before.
 *
 * Instants are UTC ("2013-07-07T00:00:00Z"); lat and lon are numbers or both null; placeName is
 * for people reading the file (restore goes by the place's id).
 */
namespace UserDataBackup
{
inline constexpr int kVersion = 1;

/** The backup of one conference's user data, or of all when `conferenceId` is empty. */
QJsonObject create(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId, const QDateTime &now,
                   const TripSources &trips = {});
QByteArray createBytes(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId, const QDateTime &now,
                       const TripSources &trips = {});

/** Whether the bytes look like a Lanyard backup (a JSON object), as opposed to an .ics file. */
bool looksLikeBackup(const QByteArray &bytes);

/**
 * Reads and checks a whole backup first, then merges it (places, trips, then events) in one
 * transaction; nothing changes on error. Without trip sources, trips and places are reported as
 * not restored.
 */
RestoreReport restore(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                      const TripSources &trips = {});

/** The merge rule: a value one side lacks comes from the other; where both differ, the newer row wins. */
EventUserData merge(const EventUserData &local, const EventUserData &incoming);
/** Equal as user data (ignores updatedAt, which only orders changes). */
bool sameData(const EventUserData &a, const EventUserData &b);
} // namespace UserDataBackup

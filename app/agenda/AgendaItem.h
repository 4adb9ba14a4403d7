#pragma once

#include "core/Event.h"
#include "core/Geo.h"
#include "store/UserDataStore.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One entry of the personal agenda: a bookmarked event, or a side trip. The
 * fields every view and exporter needs are generic, so a new kind joins by filling them in; the
 * full Event stays available for kind Event (the CLI's event object is built from it).
 */
struct AgendaItem
{
    enum class Kind { Event, Trip };

    Kind kind = Kind::Event;
    /** The event's stable id, or the trip's id: unique within one agenda. */
    QString id;
    QString conferenceId;
    QString title;
    QString subtitle;
    QDateTime start;
    QDateTime end;
    /** The conference day the item belongs to (after-midnight talks belong to the day before). */
    QDate day;
    /** Where: the room of a talk, the place of a trip. */
    QString location;
    QString track;
    QStringList speakers;
    QString url;
    /** Recording links (http/https). */
    QStringList videos;
    /** The feed opts the talk out of recording: whatever its links say, no recording is promised. */
    bool notRecorded = false;
    /** Where a trip goes, when its place has a location. */
    std::optional<GeoPoint> geo;
    /** The place's id (trips with a place). */
    QString placeId;
    /** Who is going (trips): free text. */
    QString who;

    // What the user made of it.
    Priority priority = Priority::None;
    QString note;
    int rating = 0;
    QDateTime watchedAt;

    /** The event vanished from its feed; shown, marked, until the user dismisses it. */
    bool cancelled = false;

    // Worked out by the agenda from the items of the same day (see Agenda::annotate).
    /** Ids of the other items this one overlaps (half-open intervals), in their start order. */
    QStringList conflicts;
    /** Seconds between the end of everything before it that day and its start; 0 for the first or an overlap. */
    qint64 gapBeforeSeconds = 0;
    /**
     * The room of the event before it that day when that differs and the two do not overlap (a room
     * change). Events only: a trip's place is no room, and the way there is part of the trip.
     */
    QString previousLocation;
    /** Whether it is the first (not cancelled) item of its day. */
    bool firstOfDay = false;

    /** The event as the feed describes it (kind Event only). */
    Event event;

    bool isWatched() const { return watchedAt.isValid(); }
    bool roomChange() const { return !previousLocation.isEmpty(); }
    /** "event" or "trip": the `kind` of the CLI's agenda objects. */
    static QString kindName(Kind kind);
    /** "must", "maybe", or empty for none. */
    static QString priorityName(Priority priority);
    /** The inverse of priorityName ("must", "must-see", "maybe"); nothing for anything else. */
    static std::optional<Priority> priorityFromName(const QString &name);

    bool operator==(const AgendaItem &other) const = default;
};

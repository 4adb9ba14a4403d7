#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

/**
 * The roles every event list shares (My agenda, Catch up, Trips, a day, a room, Now & Next,
 * search, a speaker's talks), under one name each, so that one row delegate reads any of them and
 * a name means the same thing everywhere. A model brings these in with `using enum EventRoles::Role;`
 * and numbers its own roles from FirstOwnRole on. QML reads them as EventRoles.TitleRole.
 */
namespace EventRoles
{
Q_NAMESPACE
QML_ELEMENT

enum Role {
    IdRole = Qt::UserRole + 1,
    ConferenceIdRole,
    ConferenceTitleRole,
    /** The conference's IANA time zone id, for times shown in its own zone. */
    TimeZoneRole,
    TitleRole,
    SubtitleRole,
    StartRole,
    EndRole,
    /** ISO date of the conference day. */
    DayRole,
    /** The list section the row falls under (a day, "now" or "next"). */
    SectionRole,
    RoomRole,
    TrackRole,
    TrackColorRole,
    /** The programme's event type (talk, workshop…). */
    TypeRole,
    SpeakersRole,
    BookmarkedRole,
    PriorityRole,
    CancelledRole,
    HasVideoRole,
    /** Bookmarked (or a trip) and overlapping another item of the agenda. */
    ConflictingRole,
    /** The titles of the items it overlaps. */
    ConflictTitlesRole,
    /** "new" or "changed" by the last programme update, until seen; else "". */
    MarkRole,
    /** "event" or "trip". */
    KindRole,
    /** Trips: who goes along. */
    WhoRole,
    /** The names of the friends who go, sorted (empty for trips). */
    FriendsRole,
    FirstOwnRole = Qt::UserRole + 64,
};
Q_ENUM_NS(Role)

/** The shared roles' names, for a model's roleNames() to add its own to. */
QHash<int, QByteArray> names();

/** A typed empty value for a shared role a model has nothing for (false, 0, "", []); invalid for other roles. */
QVariant fallback(int role);
} // namespace EventRoles

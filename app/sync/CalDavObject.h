#pragma once

#include "core/Trip.h"
#include "store/UserDataStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Agenda;
struct AgendaItem;

/** The time each of an event's user fields last changed (invalid: never). */
struct EventFieldTimes
{
    QDateTime priority;
    QDateTime note;
    QDateTime rating;
    QDateTime watched;
    QDateTime dismissed;
};

/**
 * What Lanyard keeps of one agenda item in its calendar object: the user's fields with their
 * change times (events) or the whole trip (trips). Read back exactly from X-LANYARD-* properties.
 */
struct CalDavEntry
{
    enum class Kind { Event, Trip };
    Kind kind = Kind::Event;
    QString uid;
    /** SUMMARY, for messages. */
    QString summary;
    /** Kind Event: the user's fields (eventId, conferenceId, priority, note, rating, watchedAt, dismissedAt). */
    EventUserData userData;
    EventFieldTimes times;
    /** Kind Trip. */
    Trip trip;
    /** fingerprint() of the object it was read from. */
    QString fingerprint;

    QString localId() const { return kind == Kind::Trip ? trip.id : userData.eventId; }
    QString kindName() const { return kind == Kind::Trip ? QStringLiteral("trip") : QStringLiteral("event"); }
};

/**
 * An agenda item as a CalDAV calendar object resource (one VCALENDAR with one VEVENT, written by
 * IcsExporter so that the UID, times, LOCATION, GEO, DESCRIPTION and STATUS are those of the .ics
 * export), plus Lanyard's own fields as X-LANYARD-* properties; and the way back.
 */
namespace CalDavObject
{
/** The calendar object for `item` of `agenda`; `times` are the event's field change times. */
QByteArray write(const Agenda &agenda, const AgendaItem &item, const EventUserData &userData, const EventFieldTimes &times,
                 const Trip *trip);
/** Reads the first VEVENT; nothing when the object is not one Lanyard wrote (no X-LANYARD-KIND). */
std::optional<CalDavEntry> read(const QByteArray &object, QString *errorMessage = nullptr);
/**
 * What identifies the content of an object regardless of how a server re-serialises it: a hash
 * of its VEVENT's unfolded UID, SUMMARY, DTSTART, DTEND, LOCATION, GEO, DESCRIPTION, STATUS,
 * PRIORITY, URL, CATEGORIES and X-LANYARD-* values (DTSTAMP and server additions left out, and
 * the change times: two objects with the same values need no write, whoever changed them last).
 */
QString fingerprint(const QByteArray &object);
/** "2013-07-06T00:00:00.000Z"; empty for an invalid instant. */
QString instantText(const QDateTime &instant);
QDateTime instantFromText(const QString &text);
} // namespace CalDavObject

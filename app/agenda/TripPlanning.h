#pragma once

#include "AgendaItem.h"
#include "TripSources.h"
#include "core/Conference.h"
#include "core/Place.h"
#include "core/Trip.h"

#include <QDateTime>
#include <QList>

#include <optional>

class ScheduleStore;

/**
 * Side trips on the agenda's timeline, and the arithmetic of planning one: which conference day
 * a trip belongs to, the agenda item it becomes (so that it takes part in conflicts, gaps and
 * every export), and how long one can stay somewhere in a free slot once getting there and back
 * is counted.
 */
namespace TripPlanning
{
/** Minutes kept free at the end of a slot to be back in a seat before the next item. */
inline constexpr int kDefaultBufferMinutes = 10;
/** A trip with less time than this at the place is not worth suggesting. */
inline constexpr int kMinimumStayMinutes = 15;
/** The default travel speed: driving around town (km/h). */
inline constexpr double kDrivingKmh = 40.0;
inline constexpr double kWalkingKmh = 5.0;

/** The conference day of an instant: its local date, the day before when earlier than the day change. */
QDate conferenceDay(const QDateTime &instant, const Conference &conference);

/** The agenda item for a trip: location and geo from its place (when it has one), the trip's notes as note. */
AgendaItem agendaItem(const Trip &trip, const std::optional<Place> &place, const Conference *conference);
/** The trips of a conference (every conference when empty) as agenda items. */
QList<AgendaItem> agendaItems(const TripSources &sources, const ScheduleStore &schedule, const QString &conferenceId);

struct Suggestion
{
    /** Whether at least the minimum stay fits. */
    bool fits = false;
    /** The trip: leave at the slot's start, be back `bufferMinutes` before its end. */
    QDateTime start;
    QDateTime end;
    /** One way. */
    int travelMinutes = 0;
    /** Time at the place: the trip's length less the way there and back. */
    int stayMinutes = 0;
    int bufferMinutes = kDefaultBufferMinutes;
};
/**
 * A trip for a free slot [slotStart, slotEnd) to a place `travelMinutes` away (one way): from
 * the slot's start to `bufferMinutes` before its end, travelling both ways within it.
 */
Suggestion suggest(const QDateTime &slotStart, const QDateTime &slotEnd, int travelMinutes, int bufferMinutes = kDefaultBufferMinutes,
                   int minimumStayMinutes = kMinimumStayMinutes);
} // namespace TripPlanning

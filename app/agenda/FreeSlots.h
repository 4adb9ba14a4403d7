#pragma once

#include "Conflicts.h"
#include "TripSources.h"

#include <QDate>
#include <QDateTime>
#include <QList>

class ScheduleStore;
class UserDataStore;

/**
 * The free time of a conference day: the gaps of at least N minutes between the user's agenda
 * items (bookmarked events that will happen, and trips) within the day's hours. The day's hours
 * are the feed's window for the day where it gives one, else its first start to its last end.
 * Items are half-open like conflicts: one ending at 10:00 and the next starting at 10:00 leave
 * no gap; a day with nothing on the agenda is one free slot from its start to its end.
 */
namespace FreeSlots
{
struct Slot
{
    QDateTime start;
    QDateTime end;
    int minutes() const { return int(start.secsTo(end) / 60); }
    bool operator==(const Slot &other) const = default;
};

struct Window
{
    QDateTime start;
    QDateTime end;
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
};

/** Gaps in [windowStart, windowEnd) not covered by any busy interval, each at least `minMinutes` long. */
QList<Slot> find(const QDateTime &windowStart, const QDateTime &windowEnd, QList<Conflicts::Interval> busy, int minMinutes);

/** The hours of a conference day; invalid when the conference has no such day (or it is empty). */
Window dayWindow(const ScheduleStore &schedule, const QString &conferenceId, QDate day);

struct Query
{
    QString conferenceId;
    QDate day;
    int minMinutes = 30;
    /** An agenda item to leave out (the trip being edited: its own time is free to move in). */
    QString ignoreItemId;
    /** When the others the user plans with are busy (friends): a slot is free only when all are. */
    QList<Conflicts::Interval> othersBusy = {};
};
/** The free slots of one conference day, from the agenda's bookmarks and trips. */
QList<Slot> forDay(const ScheduleStore &schedule, const UserDataStore &userData, const TripSources &trips, const Query &query);
} // namespace FreeSlots

#include "FreeSlots.h"

#include "Agenda.h"
#include "TripPlanning.h"
#include "store/ScheduleStore.h"

#include <algorithm>

namespace FreeSlots
{

QList<Slot> find(const QDateTime &windowStart, const QDateTime &windowEnd, QList<Conflicts::Interval> busy, int minMinutes)
{
    QList<Slot> result;
    if (!windowStart.isValid() || !windowEnd.isValid() || windowEnd <= windowStart)
        return result;
    const qint64 minimumSeconds = qint64(std::max(0, minMinutes)) * 60;
    // Only what occupies time inside the window counts; it is clipped to the window.
    busy.removeIf([&](const Conflicts::Interval &interval) {
        return !interval.start.isValid() || !interval.end.isValid() || interval.end <= interval.start || interval.end <= windowStart
            || interval.start >= windowEnd;
    });
    std::sort(busy.begin(), busy.end(), [](const Conflicts::Interval &a, const Conflicts::Interval &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    QDateTime cursor = windowStart;
    auto offer = [&](const QDateTime &until) {
        // A gap of no length (edges touching) is no gap, whatever the minimum.
        if (cursor < until && cursor.secsTo(until) >= minimumSeconds)
            result.append(Slot{cursor, until});
    };
    for (const Conflicts::Interval &interval : std::as_const(busy)) {
        if (interval.start > cursor)
            offer(interval.start);
        cursor = std::max(cursor, std::min(interval.end, windowEnd));
    }
    offer(windowEnd);
    return result;
}

Window dayWindow(const ScheduleStore &schedule, const QString &conferenceId, QDate day)
{
    for (const Day &candidate : schedule.days(conferenceId)) {
        if (candidate.date != day)
            continue;
        if (candidate.start.isValid() && candidate.end.isValid() && candidate.start < candidate.end)
            return {candidate.start, candidate.end};
        break;
    }
    Window window;
    const QHash<QString, QDateTime> cancelled = schedule.cancelledEvents(conferenceId);
    for (const Event &event : schedule.events(conferenceId, day)) {
        if (cancelled.contains(event.id))
            continue;
        if (!window.start.isValid() || event.start < window.start)
            window.start = event.start;
        if (!window.end.isValid() || event.end > window.end)
            window.end = event.end;
    }
    return window;
}

QList<Slot> forDay(const ScheduleStore &schedule, const UserDataStore &userData, const TripSources &trips, const Query &query)
{
    const Window window = dayWindow(schedule, query.conferenceId, query.day);
    if (!window.isValid())
        return {};
    Agenda::Options options;
    options.conferenceId = query.conferenceId;
    options.otherItems = TripPlanning::agendaItems(trips, schedule, query.conferenceId);
    const Agenda agenda = Agenda::build(schedule, userData, options);
    QList<Conflicts::Interval> busy;
    // Every item of the conference that takes time inside the window, whichever day it is filed under.
    for (const AgendaItem &item : agenda.items()) {
        if (!item.cancelled && item.id != query.ignoreItemId)
            busy.append({item.id, item.start, item.end});
    }
    busy.append(query.othersBusy);
    return find(window.start, window.end, busy, query.minMinutes);
}

} // namespace FreeSlots

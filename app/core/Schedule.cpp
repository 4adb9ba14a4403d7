#include "Schedule.h"

#include <QSet>

#include <algorithm>

void Schedule::completeDerivedData()
{
    QSet<QString> knownRooms(rooms.cbegin(), rooms.cend());
    QSet<QString> knownTracks;
    for (const Track &track : std::as_const(tracks))
        knownTracks.insert(track.name);
    QSet<QDate> knownDays;
    for (const Day &day : std::as_const(days))
        knownDays.insert(day.date);

    for (const Event &event : std::as_const(events)) {
        if (!event.room.isEmpty() && !knownRooms.contains(event.room)) {
            knownRooms.insert(event.room);
            rooms.append(event.room);
        }
        if (!event.track.isEmpty() && !knownTracks.contains(event.track)) {
            knownTracks.insert(event.track);
            tracks.append(Track{event.track, {}});
        }
        if (event.day.isValid() && !knownDays.contains(event.day)) {
            knownDays.insert(event.day);
            days.append(Day{0, event.day, {}, {}});
        }
    }

    std::sort(days.begin(), days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    for (qsizetype i = 0; i < days.size(); ++i)
        days[i].index = int(i) + 1;

    if (!days.isEmpty()) {
        if (!conference.start.isValid() || conference.start > days.constFirst().date)
            conference.start = days.constFirst().date;
        if (!conference.end.isValid() || conference.end < days.constLast().date)
            conference.end = days.constLast().date;
    }
}

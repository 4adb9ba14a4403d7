#include "TripPlanning.h"

#include "core/TimeRules.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"

#include <QHash>

namespace TripPlanning
{

QDate conferenceDay(const QDateTime &instant, const Conference &conference)
{
    const QTimeZone zone = conference.timeZone();
    const QDateTime local = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    if (conference.dayChange.isValid() && local.time() < conference.dayChange)
        return local.date().addDays(-1);
    return local.date();
}

AgendaItem agendaItem(const Trip &trip, const std::optional<Place> &place, const Conference *conference)
{
    AgendaItem item;
    item.kind = AgendaItem::Kind::Trip;
    item.id = trip.id;
    item.conferenceId = trip.conferenceId;
    item.title = trip.title;
    item.start = trip.start;
    item.end = trip.end;
    item.day = conference ? conferenceDay(trip.start, *conference) : trip.start.toUTC().date();
    item.placeId = trip.placeId;
    if (place) {
        item.location = place->name;
        item.geo = place->location;
    }
    item.note = trip.notes;
    item.who = trip.who;
    return item;
}

QList<AgendaItem> agendaItems(const TripSources &sources, const ScheduleStore &schedule, const QString &conferenceId)
{
    QList<AgendaItem> items;
    if (!sources.trips)
        return items;
    const QList<Trip> trips = sources.trips->trips(conferenceId);
    if (trips.isEmpty())
        return items;
    QHash<QString, std::optional<Conference>> conferences;
    for (const Trip &trip : trips) {
        auto found = conferences.find(trip.conferenceId);
        if (found == conferences.end())
            found = conferences.insert(trip.conferenceId, schedule.conference(trip.conferenceId));
        std::optional<Place> place;
        if (sources.places && !trip.placeId.isEmpty())
            place = sources.places->place(trip.conferenceId, trip.placeId);
        items.append(agendaItem(trip, place, found->has_value() ? &found->value() : nullptr));
    }
    return items;
}

Suggestion suggest(const QDateTime &slotStart, const QDateTime &slotEnd, int travelMinutes, int bufferMinutes, int minimumStayMinutes)
{
    Suggestion suggestion;
    suggestion.travelMinutes = std::max(0, travelMinutes);
    suggestion.bufferMinutes = std::max(0, bufferMinutes);
    if (!slotStart.isValid() || !slotEnd.isValid() || slotEnd <= slotStart)
        return suggestion;
    const int slotMinutes = int(slotStart.secsTo(slotEnd) / 60);
    const int length = slotMinutes - suggestion.bufferMinutes;
    suggestion.start = slotStart;
    suggestion.end = slotStart.addSecs(qint64(std::max(0, length)) * 60);
    suggestion.stayMinutes = length - 2 * suggestion.travelMinutes;
    suggestion.fits = length > 0 && suggestion.stayMinutes >= minimumStayMinutes;
    return suggestion;
}

} // namespace TripPlanning

#include "TripController.h"

#include "AppController.h"
#include "TimeFormat.h"
#include "agenda/TripPlanning.h"
#include "core/Geo.h"
#include "core/TimeRules.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"

#include <QRegularExpression>
#include <QSettings>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kSpeedKey = u"trips/speedKmh"_s;

/** "-42.896, 147.237306": two decimal numbers separated by a comma, semicolon or spaces. */
std::optional<GeoPoint> parseCoordinates(const QString &text, bool *given)
{
    static const QRegularExpression separator(u"\\s*[,;]\\s*|\\s+"_s);
    const QStringList parts = text.trimmed().split(separator, Qt::SkipEmptyParts);
    *given = !parts.isEmpty();
    if (parts.size() != 2)
        return std::nullopt;
    bool latOk = false;
    bool lonOk = false;
    const double lat = parts[0].toDouble(&latOk);
    const double lon = parts[1].toDouble(&lonOk);
    if (!latOk || !lonOk)
        return std::nullopt;
    return Geo::point(lat, lon);
}

QVariantMap outcome(bool ok, const QString &id, const QString &error)
{
    return {{u"ok"_s, ok}, {u"id"_s, id}, {u"error"_s, error}};
}
} // namespace

TripController::TripController(TripStore *trips, PlaceStore *places, AppController *app, QObject *parent)
    : QObject(parent)
    , m_trips(trips)
    , m_places(places)
    , m_app(app)
{
    const double stored = QSettings().value(kSpeedKey, TripPlanning::kDrivingKmh).toDouble();
    m_speedKmh = stored > 0 && stored <= 1000 ? stored : TripPlanning::kDrivingKmh;
    if (m_trips) {
        for (auto signal : {&TripStore::tripAdded, &TripStore::tripChanged, &TripStore::tripRemoved})
            connect(m_trips, signal, this, &TripController::dataChanged);
        connect(m_trips, &TripStore::reset, this, &TripController::dataChanged);
    }
    if (m_places) {
        for (auto signal : {&PlaceStore::placeAdded, &PlaceStore::placeChanged, &PlaceStore::placeRemoved})
            connect(m_places, signal, this, &TripController::dataChanged);
        connect(m_places, &PlaceStore::reset, this, [this] {
            Q_EMIT venueChanged();
            Q_EMIT dataChanged();
        });
    }
    if (m_app)
        connect(m_app, &AppController::conferenceChanged, this, &TripController::venueChanged);
}

TripController::TripController(TripStore *trips, PlaceStore *places, QObject *parent)
    : TripController(trips, places, nullptr, parent)
{
}

TripController::~TripController() = default;

TripController *TripController::standIn()
{
    return new TripController(nullptr, nullptr, nullptr, nullptr);
}

QString TripController::conferenceId() const
{
    return m_app ? m_app->conferenceId() : QString();
}

void TripController::setSpeedKmh(double kmh)
{
    if (!(kmh > 0) || kmh > 1000 || qFuzzyCompare(kmh, m_speedKmh))
        return;
    m_speedKmh = kmh;
    QSettings().setValue(kSpeedKey, kmh);
    Q_EMIT speedChanged();
}

QString TripController::venueName() const
{
    if (!m_places)
        return {};
    const auto venue = m_places->venue(conferenceId());
    return venue ? venue->name : QString();
}

bool TripController::isTrip(const QString &itemId) const
{
    return m_trips && m_trips->trip(itemId).has_value();
}

QVariantMap TripController::trip(const QString &tripId) const
{
    const auto found = m_trips ? m_trips->trip(tripId) : std::nullopt;
    const AppController *app = m_app;
    if (!found || !app)
        return {};
    const auto conference = app->scheduleStore().conference(found->conferenceId);
    const QTimeZone zone = conference && conference->timeZone().isValid() ? conference->timeZone() : QTimeZone::utc();
    const QDateTime start = found->start.toTimeZone(zone);
    const QDateTime end = found->end.toTimeZone(zone);
    return {
        {u"id"_s, found->id},
        {u"title"_s, found->title},
        {u"placeId"_s, found->placeId},
        {u"day"_s, (conference ? TripPlanning::conferenceDay(found->start, *conference) : start.date()).toString(Qt::ISODate)},
        {u"startTime"_s, start.toString(u"HH:mm"_s)},
        {u"endTime"_s, end.toString(u"HH:mm"_s)},
        {u"endsNextDay"_s, end.date() > start.date()},
        {u"who"_s, found->who},
        {u"notes"_s, found->notes},
    };
}

QVariantMap TripController::saveTrip(const QString &tripId, const QVariantMap &fields)
{
    const AppController *app = m_app;
    if (!m_trips || !app)
        return outcome(false, {}, tr("Trips cannot be stored here."));
    Trip trip;
    if (!tripId.isEmpty()) {
        const auto existing = m_trips->trip(tripId);
        if (!existing)
            return outcome(false, tripId, tr("This trip no longer exists."));
        trip = *existing;
    } else {
        trip.conferenceId = conferenceId();
    }
    const auto conference = app->scheduleStore().conference(trip.conferenceId);
    if (!conference)
        return outcome(false, tripId, tr("Choose a conference first: a trip is planned around one."));

    const QString dayText = fields.value(u"day"_s).toString();
    const QDate day = QDate::fromString(dayText, Qt::ISODate);
    if (!day.isValid())
        return outcome(false, tripId, tr("Choose the day of the trip."));
    const QString startText = fields.value(u"startTime"_s).toString().trimmed();
    const QString endText = fields.value(u"endTime"_s).toString().trimmed();
    const auto startTime = TimeRules::parseClockTime(startText);
    if (!startTime)
        return outcome(false, tripId, tr("The start \"%1\" is not a time of day: write it as HH:MM, e.g. 09:30.").arg(startText));
    const auto endTime = TimeRules::parseClockTime(endText);
    if (!endTime)
        return outcome(false, tripId, tr("The end \"%1\" is not a time of day: write it as HH:MM, e.g. 12:45.").arg(endText));
    const QTimeZone zone = conference->timeZone();
    // After-midnight trips: a time before the day change belongs to the next calendar date.
    const bool afterMidnight = conference->dayChange.isValid() && *startTime < conference->dayChange;
    const QDate startDate = afterMidnight ? day.addDays(1) : day;
    trip.start = TimeRules::localToUtc(startDate, *startTime, zone);
    QDate endDate = startDate;
    if (*endTime < *startTime && fields.value(u"endsNextDay"_s).toBool())
        endDate = startDate.addDays(1);
    trip.end = TimeRules::localToUtc(endDate, *endTime, zone);
    trip.title = fields.value(u"title"_s).toString();
    trip.placeId = fields.value(u"placeId"_s).toString();
    trip.who = fields.value(u"who"_s).toString();
    trip.notes = fields.value(u"notes"_s).toString();

    QString error;
    if (trip.id.isEmpty()) {
        const auto id = m_trips->add(trip, &error);
        if (!id)
            return outcome(false, {}, tr("The trip was not saved: %1.").arg(error));
        return outcome(true, *id, {});
    }
    if (!m_trips->update(trip, &error))
        return outcome(false, trip.id, tr("The trip was not saved: %1.").arg(error));
    return outcome(true, trip.id, {});
}

QString TripController::removeTrip(const QString &tripId)
{
    QString error;
    if (!m_trips || !m_trips->remove(tripId, &error))
        return tr("The trip was not removed: %1.").arg(error);
    return {};
}

QVariantMap TripController::place(const QString &placeId) const
{
    if (!m_places)
        return {};
    const auto found = m_places->place(conferenceId(), placeId);
    if (!found)
        return {};
    return {
        {u"id"_s, found->id},
        {u"name"_s, found->name},
        {u"category"_s, found->category},
        {u"coordinates"_s,
         found->location ? Geo::coordinate(found->location->latitude) + u", "_s + Geo::coordinate(found->location->longitude) : QString()},
        {u"notes"_s, found->notes},
        {u"userMade"_s, found->userMade},
    };
}

QVariantMap TripController::savePlace(const QString &placeId, const QVariantMap &fields)
{
    if (!m_places)
        return outcome(false, {}, tr("Places cannot be stored here."));
    Place place;
    if (!placeId.isEmpty()) {
        const auto existing = m_places->place(conferenceId(), placeId);
        if (!existing || !existing->userMade)
            return outcome(false, placeId, tr("Only your own places can be changed."));
        place = *existing;
    } else {
        place.conferenceId = conferenceId();
    }
    place.name = fields.value(u"name"_s).toString();
    place.category = fields.value(u"category"_s).toString().trimmed();
    place.notes = fields.value(u"notes"_s).toString();
    bool given = false;
    const QString coordinates = fields.value(u"coordinates"_s).toString();
    place.location = parseCoordinates(coordinates, &given);
    if (given && !place.location)
        return outcome(false, placeId,
                       tr("\"%1\" is not a location: write latitude and longitude in decimal degrees, e.g. -42.8869, "
                          "147.3324 (south and west are negative), or leave it empty.")
                           .arg(coordinates.trimmed()));
    QString error;
    if (placeId.isEmpty()) {
        const auto id = m_places->add(place, &error);
        if (!id)
            return outcome(false, {}, tr("The place was not saved: %1.").arg(error));
        return outcome(true, *id, {});
    }
    if (!m_places->update(place, &error))
        return outcome(false, placeId, tr("The place was not saved: %1.").arg(error));
    return outcome(true, placeId, {});
}

QString TripController::removePlace(const QString &placeId)
{
    QString error;
    if (!m_places || !m_places->remove(placeId, &error))
        return tr("The place was not removed: %1.").arg(error);
    return {};
}

QString TripController::openStreetMapUrl(const QString &placeId) const
{
    const auto found = m_places ? m_places->place(conferenceId(), placeId) : std::nullopt;
    return found && found->location ? Geo::openStreetMapUrl(*found->location) : QString();
}

double TripController::distanceFromVenue(const QString &conference, const QString &placeId) const
{
    if (!m_places || placeId.isEmpty())
        return -1;
    const auto found = m_places->place(conference, placeId);
    const auto distance = found ? m_places->distanceFromVenueKm(*found) : std::nullopt;
    return distance ? *distance : -1;
}

QVariantMap TripController::travel(const QString &placeId) const
{
    const auto found = m_places ? m_places->place(conferenceId(), placeId) : std::nullopt;
    const double km = distanceFromVenue(conferenceId(), placeId);
    if (!found || km < 0) {
        QString text;
        if (found && !found->location)
            text = tr("No location known for this place: travel time unknown.");
        else if (found && !m_places->venue(conferenceId()))
            text = tr("The conference has no venue location to measure from.");
        return {{u"known"_s, false}, {u"distanceKm"_s, -1}, {u"minutes"_s, 0}, {u"text"_s, text}};
    }
    const int minutes = Geo::travelMinutes(km, m_speedKmh);
    const QString distance = km < 100 ? QString::number(km, 'f', 1) : QString::number(km, 'f', 0);
    return {
        {u"known"_s, true},
        {u"distanceKm"_s, km},
        {u"minutes"_s, minutes},
        {u"text"_s,
         found->isVenue ? tr("The conference venue.")
                        : tr("%1 km from the venue in a straight line, about %2 each way at %3 km/h")
                              .arg(distance)
                              .arg(TimeFormat::minutes(minutes))
                              .arg(QString::number(m_speedKmh, 'g', 4))},
    };
}

QVariantMap TripController::suggestion(const QDateTime &slotStart, const QDateTime &slotEnd, const QString &placeId) const
{
    const QVariantMap way = travel(placeId);
    const int minutes = way.value(u"known"_s).toBool() ? way.value(u"minutes"_s).toInt() : 0;
    const TripPlanning::Suggestion suggested = TripPlanning::suggest(slotStart, slotEnd, minutes);
    const AppController *app = m_app;
    const auto conference = app ? app->scheduleStore().conference(conferenceId()) : std::nullopt;
    const QTimeZone zone = conference && conference->timeZone().isValid() ? conference->timeZone() : QTimeZone::utc();
    QString text;
    // Durations from an hour on in hours and minutes ("2 h 39 min to stay", not "159 min").
    const auto span = [](int count) { return TimeFormat::minutes(count); };
    if (!suggested.fits)
        text = tr("Too short: with %1 each way there is no time left to stay.").arg(span(suggested.travelMinutes));
    else if (suggested.travelMinutes > 0)
        text = tr("%1 there, %2 to stay, %3 back, back %4 before the next item.")
                   .arg(span(suggested.travelMinutes), span(suggested.stayMinutes), span(suggested.travelMinutes),
                        span(suggested.bufferMinutes));
    else
        text = tr("%1, back %2 before the next item.").arg(span(suggested.stayMinutes), span(suggested.bufferMinutes));
    return {
        {u"fits"_s, suggested.fits},
        {u"start"_s, suggested.start},
        {u"end"_s, suggested.end},
        {u"startTime"_s, suggested.start.toTimeZone(zone).toString(u"HH:mm"_s)},
        {u"endTime"_s, suggested.end.toTimeZone(zone).toString(u"HH:mm"_s)},
        // The conference day the slot starts on, for a trip planned from outside the editor.
        {u"day"_s, slotStart.toTimeZone(zone).date().toString(Qt::ISODate)},
        {u"stayMinutes"_s, suggested.stayMinutes},
        {u"travelMinutes"_s, suggested.travelMinutes},
        {u"text"_s, text},
    };
}

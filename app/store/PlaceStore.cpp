#include "PlaceStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<GeoPoint> pointFrom(const QVariant &lat, const QVariant &lon)
{
    if (lat.isNull() || lon.isNull())
        return std::nullopt;
    return Geo::point(lat.toDouble(), lon.toDouble());
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

bool byName(const Place &a, const Place &b)
{
    const int order = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}
} // namespace

PlaceStore::PlaceStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool PlaceStore::load(QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!Sql::exec(query, uR"(SELECT conference_id, id, name, category, locality, lat, lon, elevation_m, precision,
            is_venue FROM places)"_s,
                   {}, errorMessage))
        return false;
    QHash<QString, QList<Place>> catalogue;
    while (query.next()) {
        Place place;
        place.conferenceId = query.value(0).toString();
        place.id = query.value(1).toString();
        place.name = query.value(2).toString();
        place.category = query.value(3).toString();
        place.locality = query.value(4).toString();
        place.location = pointFrom(query.value(5), query.value(6));
        if (!query.value(7).isNull())
            place.elevationMetres = query.value(7).toDouble();
        place.precision = query.value(8).toString();
        place.isVenue = query.value(9).toBool();
        catalogue[place.conferenceId].append(place);
    }
    for (QList<Place> &places : catalogue)
        std::sort(places.begin(), places.end(), byName);

    if (!Sql::exec(query, uR"(SELECT id, conference_id, name, category, lat, lon, notes, created_at, updated_at
            FROM user_places)"_s,
                   {}, errorMessage))
        return false;
    QHash<QString, Place> userPlaces;
    while (query.next()) {
        Place place;
        place.id = query.value(0).toString();
        place.conferenceId = query.value(1).toString();
        place.name = query.value(2).toString();
        place.category = query.value(3).toString();
        place.location = pointFrom(query.value(4), query.value(5));
        place.notes = query.value(6).toString();
        place.createdAt = instantOrInvalid(query.value(7));
        place.updatedAt = instantOrInvalid(query.value(8));
        place.userMade = true;
        userPlaces.insert(place.id, place);
    }
    m_catalogue = std::move(catalogue);
    m_userPlaces = std::move(userPlaces);
    Q_EMIT reset();
    return true;
}

QList<Place> PlaceStore::places(const QString &conferenceId) const
{
    QList<Place> result;
    const QList<Place> catalogue = m_catalogue.value(conferenceId);
    for (const Place &place : catalogue) {
        if (place.isVenue)
            result.append(place);
    }
    for (const Place &place : catalogue) {
        if (!place.isVenue)
            result.append(place);
    }
    result.append(userPlaces(conferenceId));
    return result;
}

std::optional<Place> PlaceStore::place(const QString &conferenceId, const QString &placeId) const
{
    for (const Place &place : m_catalogue.value(conferenceId)) {
        if (place.id == placeId)
            return place;
    }
    if (const Place *own = findUserPlace(placeId); own && own->conferenceId == conferenceId)
        return *own;
    return std::nullopt;
}

std::optional<Place> PlaceStore::venue(const QString &conferenceId) const
{
    for (const Place &place : m_catalogue.value(conferenceId)) {
        if (place.isVenue)
            return place;
    }
    return std::nullopt;
}

QList<Place> PlaceStore::userPlaces(const QString &conferenceId) const
{
    QList<Place> result;
    for (const Place &place : m_userPlaces) {
        if (conferenceId.isEmpty() || place.conferenceId == conferenceId)
            result.append(place);
    }
    std::sort(result.begin(), result.end(), byName);
    return result;
}

std::optional<double> PlaceStore::distanceFromVenueKm(const Place &place) const
{
    const auto centre = venue(place.conferenceId);
    if (!centre || !centre->location || !place.location)
        return std::nullopt;
    return Geo::distanceKm(*centre->location, *place.location);
}

const Place *PlaceStore::findUserPlace(const QString &placeId) const
{
    const auto found = m_userPlaces.constFind(placeId);
    return found == m_userPlaces.constEnd() ? nullptr : &*found;
}

QString PlaceStore::validate(const Place &place)
{
    if (place.conferenceId.trimmed().isEmpty())
        return u"a place belongs to a conference; none was given"_s;
    if (place.name.trimmed().isEmpty())
        return u"a place needs a name"_s;
    if (place.location && !Geo::isValid(place.location->latitude, place.location->longitude))
        return u"%1, %2 is not a location: latitude runs from -90 to 90 and longitude from -180 to 180"_s.arg(place.location->latitude)
            .arg(place.location->longitude);
    return {};
}

bool PlaceStore::writeUserPlace(const Place &place, QString *errorMessage)
{
    return Sql::exec(m_database.connection(), uR"(INSERT INTO user_places (id, conference_id, name, category, lat, lon,
            notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET conference_id = excluded.conference_id, name = excluded.name,
              category = excluded.category, lat = excluded.lat, lon = excluded.lon, notes = excluded.notes,
              created_at = excluded.created_at, updated_at = excluded.updated_at)"_s,
                     {place.id, place.conferenceId, place.name, place.category,
                      realOrNull(place.location ? std::optional<double>(place.location->latitude) : std::nullopt),
                      realOrNull(place.location ? std::optional<double>(place.location->longitude) : std::nullopt), place.notes,
                      place.createdAt.toSecsSinceEpoch(), place.updatedAt.toSecsSinceEpoch()},
                     errorMessage);
}

std::optional<QString> PlaceStore::add(Place place, QString *errorMessage)
{
    place.name = place.name.trimmed();
    place.userMade = true;
    place.isVenue = false;
    if (const QString problem = validate(place); !problem.isEmpty()) {
        fail(errorMessage, problem);
        return std::nullopt;
    }
    do {
        place.id = u"place-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    } while (this->place(place.conferenceId, place.id) || findUserPlace(place.id));
    place.createdAt = m_now();
    place.updatedAt = place.createdAt;
    if (!writeUserPlace(place, errorMessage))
        return std::nullopt;
    m_userPlaces.insert(place.id, place);
    Q_EMIT placeAdded(place.conferenceId, place.id);
    return place.id;
}

bool PlaceStore::update(const Place &changed, QString *errorMessage)
{
    const Place *existing = findUserPlace(changed.id);
    if (!existing) {
        const bool inCatalogue = place(changed.conferenceId, changed.id).has_value();
        return fail(errorMessage,
                    inCatalogue ? u"\"%1\" comes with the conference; only your own places can be changed"_s.arg(changed.id)
                                : u"no place of yours with id \"%1\""_s.arg(changed.id));
    }
    Place place = changed;
    place.name = place.name.trimmed();
    place.conferenceId = existing->conferenceId;
    place.userMade = true;
    place.isVenue = false;
    place.createdAt = existing->createdAt;
    if (const QString problem = validate(place); !problem.isEmpty())
        return fail(errorMessage, problem);
    place.updatedAt = existing->updatedAt;
    if (place == *existing)
        return true;
    place.updatedAt = m_now();
    if (!writeUserPlace(place, errorMessage))
        return false;
    m_userPlaces.insert(place.id, place);
    Q_EMIT placeChanged(place.conferenceId, place.id);
    return true;
}

bool PlaceStore::remove(const QString &placeId, QString *errorMessage)
{
    const Place *existing = findUserPlace(placeId);
    if (!existing)
        return fail(errorMessage, u"no place of yours with id \"%1\""_s.arg(placeId));
    const QSqlDatabase db = m_database.connection();
    QSqlQuery trips(db);
    if (!Sql::exec(trips, u"SELECT title FROM trips WHERE place_id = ? AND conference_id = ? ORDER BY start_utc"_s,
                   {placeId, existing->conferenceId}, errorMessage))
        return false;
    QStringList titles;
    while (trips.next())
        titles.append(u"\""_s + trips.value(0).toString() + u'"');
    if (!titles.isEmpty())
        return fail(errorMessage,
                    u"\"%1\" is where %2 %3; change or remove the trip first"_s.arg(existing->name, titles.join(u", "_s),
                                                                                    titles.size() == 1 ? u"goes"_s : u"go"_s));
    if (!Sql::exec(db, u"DELETE FROM user_places WHERE id = ?"_s, {placeId}, errorMessage))
        return false;
    const QString conferenceId = existing->conferenceId;
    m_userPlaces.remove(placeId);
    Q_EMIT placeRemoved(conferenceId, placeId);
    return true;
}

bool PlaceStore::putAll(const QList<Place> &places, QString *errorMessage)
{
    if (places.isEmpty())
        return true;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    for (Place place : places) {
        place.userMade = true;
        place.isVenue = false;
        if (place.id.isEmpty())
            return fail(errorMessage, u"a place to restore has no id"_s);
        if (const QString problem = validate(place); !problem.isEmpty())
            return fail(errorMessage, u"place %1: %2"_s.arg(place.id, problem));
        if (!place.createdAt.isValid())
            place.createdAt = m_now();
        if (!place.updatedAt.isValid())
            place.updatedAt = place.createdAt;
        if (!writeUserPlace(place, errorMessage))
            return false;
    }
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    for (Place place : places) {
        place.userMade = true;
        place.isVenue = false;
        if (!place.createdAt.isValid())
            place.createdAt = m_now();
        if (!place.updatedAt.isValid())
            place.updatedAt = place.createdAt;
        m_userPlaces.insert(place.id, place);
    }
    Q_EMIT reset();
    return true;
}

bool PlaceStore::replaceCatalogue(const Database &database, const QString &conferenceId, const QList<Place> &places, QString *errorMessage)
{
    const QSqlDatabase db = database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    if (!Sql::exec(db, u"DELETE FROM places WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    QSqlQuery insert(db);
    if (!insert.prepare(uR"(INSERT INTO places (conference_id, id, name, category, locality, lat, lon, elevation_m,
            precision, is_venue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s))
        return fail(errorMessage, Sql::describeError(insert, u"cannot prepare the places insert"_s));
    for (const Place &place : places) {
        if (!Sql::run(insert,
                      {conferenceId, place.id, place.name, place.category, place.locality,
                       realOrNull(place.location ? std::optional<double>(place.location->latitude) : std::nullopt),
                       realOrNull(place.location ? std::optional<double>(place.location->longitude) : std::nullopt),
                       realOrNull(place.elevationMetres), place.precision, place.isVenue ? 1 : 0},
                      errorMessage))
            return false;
    }
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    return true;
}

#include "TripStore.h"

#include "Database.h"
#include "PlaceStore.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kIdPrefix = u"trip-"_s;

QDateTime instant(const QVariant &value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}
} // namespace

TripStore::TripStore(Database &database, const PlaceStore &places, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_places(places)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_changeClock([] { return QDateTime::currentDateTimeUtc(); })
{
}

std::optional<QHash<QString, Trip>> TripStore::readAll(QString *errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Sql::exec(query, uR"(SELECT id, conference_id, title, place_id, start_utc, end_utc, notes, who, created_at,
            updated_at, changed_ms FROM trips)"_s,
                   {}, errorMessage))
        return std::nullopt;
    QHash<QString, Trip> trips;
    while (query.next()) {
        Trip trip;
        trip.id = query.value(0).toString();
        trip.conferenceId = query.value(1).toString();
        trip.title = query.value(2).toString();
        trip.placeId = query.value(3).toString();
        trip.start = instant(query.value(4));
        trip.end = instant(query.value(5));
        trip.notes = query.value(6).toString();
        trip.who = query.value(7).toString();
        trip.createdAt = instant(query.value(8));
        trip.updatedAt = instant(query.value(9));
        trip.changedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), QTimeZone::utc());
        trips.insert(trip.id, trip);
    }
    return trips;
}

bool TripStore::load(QString *errorMessage)
{
    auto trips = readAll(errorMessage);
    if (!trips)
        return false;
    m_trips = std::move(*trips);
    Q_EMIT reset();
    return true;
}

bool TripStore::refreshFromDatabase(QString *errorMessage)
{
    auto fresh = readAll(errorMessage);
    if (!fresh)
        return false;
    QHash<QString, Trip> old = std::exchange(m_trips, std::move(*fresh));
    for (auto it = m_trips.constBegin(); it != m_trips.constEnd(); ++it) {
        const auto before = old.constFind(it.key());
        if (before == old.constEnd()) {
            Q_EMIT tripAdded(it->conferenceId, it->id);
        } else if (!(*before == *it)) {
            if (before->conferenceId != it->conferenceId)
                Q_EMIT tripRemoved(before->conferenceId, it->id);
            Q_EMIT tripChanged(it->conferenceId, it->id);
        }
    }
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (!m_trips.contains(it.key()))
            Q_EMIT tripRemoved(it->conferenceId, it->id);
    }
    return true;
}

QList<Trip> TripStore::trips(const QString &conferenceId) const
{
    QList<Trip> result;
    for (const Trip &trip : m_trips) {
        if (conferenceId.isEmpty() || trip.conferenceId == conferenceId)
            result.append(trip);
    }
    std::sort(result.begin(), result.end(), [](const Trip &a, const Trip &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.id < b.id;
    });
    return result;
}

std::optional<Trip> TripStore::trip(const QString &tripId) const
{
    const auto found = m_trips.constFind(tripId);
    if (found == m_trips.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<QString> TripStore::resolveId(const QString &typed, QString *errorMessage) const
{
    QString id = typed.trimmed().toLower();
    if (m_trips.contains(id))
        return id;
    if (!id.startsWith(kIdPrefix))
        id = kIdPrefix + id;
    if (id.size() < kIdPrefix.size() + 3) {
        fail(errorMessage, u"\"%1\" is too short for a trip id (see: lanyard trips)"_s.arg(typed));
        return std::nullopt;
    }
    QStringList found;
    for (auto it = m_trips.constBegin(); it != m_trips.constEnd(); ++it) {
        if (it.key().startsWith(id))
            found.append(it.key());
    }
    if (found.size() == 1)
        return found.constFirst();
    fail(errorMessage,
         found.isEmpty() ? u"no trip with id \"%1\" (see: lanyard trips)"_s.arg(typed)
                         : u"\"%1\" matches several trips; give more of the id"_s.arg(typed));
    return std::nullopt;
}

QString TripStore::validateShape(const Trip &trip)
{
    if (trip.conferenceId.trimmed().isEmpty())
        return u"a trip belongs to a conference; none was given"_s;
    if (trip.title.trimmed().isEmpty())
        return u"a trip needs a title"_s;
    if (!trip.start.isValid())
        return u"the trip \"%1\" has no start time"_s.arg(trip.title.trimmed());
    if (!trip.end.isValid())
        return u"the trip \"%1\" has no end time"_s.arg(trip.title.trimmed());
    if (trip.end == trip.start)
        return u"the trip \"%1\" ends at the moment it starts: the end must be after the start"_s.arg(trip.title.trimmed());
    if (trip.end < trip.start)
        return u"the trip \"%1\" ends before it starts: the end must be after the start"_s.arg(trip.title.trimmed());
    return {};
}

QString TripStore::validate(const Trip &trip) const
{
    if (const QString problem = validateShape(trip); !problem.isEmpty())
        return problem;
    if (!trip.placeId.isEmpty() && !m_places.place(trip.conferenceId, trip.placeId))
        return u"there is no place \"%1\" in conference %2 (see: lanyard places)"_s.arg(trip.placeId, trip.conferenceId);
    return {};
}

bool TripStore::writeRow(const Trip &trip, QString *errorMessage)
{
    return Sql::exec(m_database.connection(), uR"(INSERT INTO trips (id, conference_id, title, place_id, start_utc,
            end_utc, notes, who, created_at, updated_at, changed_ms, revision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(revision), 0) + 1 FROM trips))
            ON CONFLICT(id) DO UPDATE SET conference_id = excluded.conference_id, title = excluded.title,
              place_id = excluded.place_id, start_utc = excluded.start_utc, end_utc = excluded.end_utc,
              notes = excluded.notes, who = excluded.who, created_at = excluded.created_at,
              updated_at = excluded.updated_at, changed_ms = excluded.changed_ms, revision = excluded.revision)"_s,
                     {trip.id, trip.conferenceId, trip.title, trip.placeId, trip.start.toSecsSinceEpoch(), trip.end.toSecsSinceEpoch(),
                      trip.notes, trip.who, trip.createdAt.toSecsSinceEpoch(), trip.updatedAt.toSecsSinceEpoch(),
                      (trip.changedAt.isValid() ? trip.changedAt : m_changeClock()).toMSecsSinceEpoch()},
                     errorMessage);
}

std::optional<QString> TripStore::add(Trip trip, QString *errorMessage)
{
    trip.title = trip.title.trimmed();
    trip.who = trip.who.trimmed();
    if (const QString problem = validate(trip); !problem.isEmpty()) {
        fail(errorMessage, problem);
        return std::nullopt;
    }
    do {
        trip.id = kIdPrefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
    } while (m_trips.contains(trip.id));
    trip.start = trip.start.toUTC();
    trip.end = trip.end.toUTC();
    // As the table keeps them (whole seconds, milliseconds): the cache equals what a later read
    // of the file gives, so a look for other processes' writes finds this trip unchanged.
    trip.createdAt = QDateTime::fromSecsSinceEpoch(m_now().toSecsSinceEpoch(), QTimeZone::utc());
    trip.updatedAt = trip.createdAt;
    trip.changedAt = QDateTime::fromMSecsSinceEpoch(m_changeClock().toMSecsSinceEpoch(), QTimeZone::utc());
    if (!writeRow(trip, errorMessage))
        return std::nullopt;
    m_trips.insert(trip.id, trip);
    Q_EMIT tripAdded(trip.conferenceId, trip.id);
    return trip.id;
}

bool TripStore::update(const Trip &changed, QString *errorMessage)
{
    const auto existing = trip(changed.id);
    if (!existing)
        return fail(errorMessage, u"no trip with id \"%1\""_s.arg(changed.id));
    Trip trip = changed;
    trip.title = trip.title.trimmed();
    trip.who = trip.who.trimmed();
    trip.start = trip.start.toUTC();
    trip.end = trip.end.toUTC();
    trip.createdAt = existing->createdAt;
    trip.updatedAt = existing->updatedAt;
    trip.changedAt = existing->changedAt;
    if (const QString problem = validate(trip); !problem.isEmpty())
        return fail(errorMessage, problem);
    if (trip == *existing)
        return true;
    // Only what this edit changed is written: another process may have changed the rest since
    // this copy was read, and that stays.
    QStringList sets;
    QVariantList values;
    auto changedColumn = [&](bool differs, const QString &column, const QVariant &value) {
        if (!differs)
            return;
        sets.append(column + u" = ?"_s);
        // An empty text is '' in the table (NOT NULL), never NULL.
        values.append(value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(u""_s) : value);
    };
    changedColumn(trip.conferenceId != existing->conferenceId, u"conference_id"_s, trip.conferenceId);
    changedColumn(trip.title != existing->title, u"title"_s, trip.title);
    changedColumn(trip.placeId != existing->placeId, u"place_id"_s, trip.placeId);
    changedColumn(trip.start != existing->start, u"start_utc"_s, trip.start.toSecsSinceEpoch());
    changedColumn(trip.end != existing->end, u"end_utc"_s, trip.end.toSecsSinceEpoch());
    changedColumn(trip.notes != existing->notes, u"notes"_s, trip.notes);
    changedColumn(trip.who != existing->who, u"who"_s, trip.who);
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    QSqlQuery query(m_database.connection());
    if (!query.prepare(u"UPDATE trips SET %1, updated_at = ?, changed_ms = ?, "
                       "revision = (SELECT COALESCE(MAX(revision), 0) + 1 FROM trips) WHERE id = ?"_s.arg(sets.join(u", "_s))))
        return fail(errorMessage, Sql::describeError(query, u"cannot change trip %1"_s.arg(trip.id)));
    int position = 0;
    for (const QVariant &value : std::as_const(values))
        query.bindValue(position++, value);
    query.bindValue(position++, m_now().toSecsSinceEpoch());
    query.bindValue(position++, m_changeClock().toMSecsSinceEpoch());
    query.bindValue(position++, trip.id);
    if (!query.exec())
        return fail(errorMessage, Sql::describeError(query, u"cannot change trip %1"_s.arg(trip.id)));
    if (query.numRowsAffected() == 0)
        return fail(errorMessage,
                    u"trip \"%1\" was removed in the meantime (by another Lanyard); nothing was changed"_s.arg(existing->title));
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    // The cache takes the row as stored, with whatever others changed in its other fields.
    return refreshFromDatabase(errorMessage);
}

bool TripStore::remove(const QString &tripId, QString *errorMessage)
{
    const auto existing = trip(tripId);
    if (!existing)
        return fail(errorMessage, u"no trip with id \"%1\""_s.arg(tripId));
    if (!Sql::exec(m_database.connection(), u"DELETE FROM trips WHERE id = ?"_s, {tripId}, errorMessage))
        return false;
    m_trips.remove(tripId);
    Q_EMIT tripRemoved(existing->conferenceId, tripId);
    return true;
}

bool TripStore::putAll(const QList<Trip> &trips, QString *errorMessage)
{
    if (trips.isEmpty())
        return true;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    QList<Trip> rows;
    rows.reserve(trips.size());
    for (Trip trip : trips) {
        if (trip.id.isEmpty())
            return fail(errorMessage, u"a trip to restore has no id"_s);
        if (const QString problem = validateShape(trip); !problem.isEmpty())
            return fail(errorMessage, u"trip %1: %2"_s.arg(trip.id, problem));
        trip.start = trip.start.toUTC();
        trip.end = trip.end.toUTC();
        if (!trip.createdAt.isValid())
            trip.createdAt = m_now();
        if (!trip.updatedAt.isValid())
            trip.updatedAt = trip.createdAt;
        if (!trip.changedAt.isValid())
            trip.changedAt = m_changeClock();
        if (!writeRow(trip, errorMessage))
            return false;
        rows.append(trip);
    }
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    for (const Trip &trip : std::as_const(rows))
        m_trips.insert(trip.id, trip);
    Q_EMIT reset();
    return true;
}

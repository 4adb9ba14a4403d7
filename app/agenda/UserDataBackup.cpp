#include "UserDataBackup.h"

#include "AgendaItem.h"
#include "FriendCalendar.h"
#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"
#include "store/Database.h"
#include "store/FriendStore.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

QString RestoreReport::summary() const
{
    if (!ok())
        return error;
    QString text = u"%1 added, %2 updated, %3 unchanged"_s.arg(added).arg(updated).arg(unchanged);
    if (waiting > 0)
        text += u"; %1 wait for their events to appear in a programme"_s.arg(waiting);
    if (trips.any())
        text += u"; trips: %1 added, %2 updated, %3 unchanged"_s.arg(trips.added).arg(trips.updated).arg(trips.unchanged);
    if (places.any())
        text += u"; places: %1 added, %2 updated, %3 unchanged"_s.arg(places.added).arg(places.updated).arg(places.unchanged);
    if (friends.any())
        text += u"; friends: %1 added, %2 updated, %3 unchanged"_s.arg(friends.added).arg(friends.updated).arg(friends.unchanged);
    return text;
}

namespace UserDataBackup
{

namespace
{
const QString kFormat = u"lanyard-backup"_s;

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** The earlier of two instants, ignoring invalid ones. */
QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

QDateTime latest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

/** One entry checked field by field; `where` names it in messages ("events[3]"). */
std::optional<EventUserData> readEntry(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = u"%1 is not an object"_s.arg(where);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    EventUserData data;
    auto requireText = [&](const QString &key, QString &target) {
        const QJsonValue field = object.value(key);
        if (!field.isString() || field.toString().trimmed().isEmpty()) {
            *error = u"%1.%2 must be a non-empty string"_s.arg(where, key);
            return false;
        }
        target = field.toString().trimmed();
        return true;
    };
    auto readInstant = [&](const QString &key, QDateTime &target) {
        const QJsonValue field = object.value(key);
        if (field.isUndefined() || field.isNull())
            return true;
        const auto instant = field.isString() ? TimeRules::parseInstant(field.toString()) : std::nullopt;
        if (!instant) {
            *error = u"%1.%2 must be an ISO 8601 instant with an offset or Z, or null"_s.arg(where, key);
            return false;
        }
        target = instant->toUTC();
        return true;
    };
    if (!requireText(u"event"_s, data.eventId) || !requireText(u"conference"_s, data.conferenceId))
        return std::nullopt;

    const QJsonValue priority = object.value(u"priority"_s);
    if (priority.isString() && !priority.toString().isEmpty()) {
        const auto parsed = AgendaItem::priorityFromName(priority.toString());
        if (!parsed) {
            *error = u"%1.priority must be \"must\", \"maybe\" or null, not \"%2\""_s.arg(where, priority.toString());
            return std::nullopt;
        }
        data.priority = *parsed;
    } else if (!priority.isUndefined() && !priority.isNull() && !priority.isString()) {
        *error = u"%1.priority must be \"must\", \"maybe\" or null"_s.arg(where);
        return std::nullopt;
    }

    const QJsonValue note = object.value(u"note"_s);
    if (!note.isUndefined() && !note.isNull() && !note.isString()) {
        *error = u"%1.note must be a string"_s.arg(where);
        return std::nullopt;
    }
    data.note = note.toString();

    const QJsonValue rating = object.value(u"rating"_s);
    if (!rating.isUndefined() && !rating.isNull()) {
        const double number = rating.toDouble(-1);
        // The range first: converting 1e308 to int to see whether it is whole is undefined.
        if (!rating.isDouble() || number < 0 || number > 5 || number != std::floor(number)) {
            *error = u"%1.rating must be a whole number from 1 to 5, or null"_s.arg(where);
            return std::nullopt;
        }
        data.rating = int(number);
    }
    if (!readInstant(u"bookmarkedAt"_s, data.bookmarkedAt) || !readInstant(u"watchedAt"_s, data.watchedAt)
        || !readInstant(u"seenAt"_s, data.seenAt) || !readInstant(u"dismissedAt"_s, data.dismissedAt)
        || !readInstant(u"updatedAt"_s, data.updatedAt))
        return std::nullopt;
    if (data.priority != Priority::None && !data.bookmarkedAt.isValid())
        data.bookmarkedAt = data.updatedAt;
    if (data.priority == Priority::None)
        data.bookmarkedAt = {};
    return data;
}
QJsonValue numberOrNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/** The checks shared by trip and place entries: `where` names the entry in messages ("trips[0]"). */
class EntryReader
{
public:
    EntryReader(const QJsonValue &value, const QString &where, QString *error)
        : m_object(value.toObject())
        , m_where(where)
        , m_error(error)
    {
        if (!value.isObject())
            failWith(u"%1 is not an object"_s.arg(where));
    }
    bool ok() const { return m_ok; }
    bool failWith(const QString &message)
    {
        if (m_ok)
            *m_error = message;
        m_ok = false;
        return false;
    }
    QString requiredText(const QString &key)
    {
        const QJsonValue field = m_object.value(key);
        if (!m_ok)
            return {};
        if (!field.isString() || field.toString().trimmed().isEmpty()) {
            failWith(u"%1.%2 must be a non-empty string"_s.arg(m_where, key));
            return {};
        }
        return field.toString().trimmed();
    }
    QString optionalText(const QString &key)
    {
        const QJsonValue field = m_object.value(key);
        if (!m_ok || field.isUndefined() || field.isNull())
            return {};
        if (!field.isString()) {
            failWith(u"%1.%2 must be a string or null"_s.arg(m_where, key));
            return {};
        }
        return field.toString();
    }
    QDateTime instant(const QString &key, bool required)
    {
        const QJsonValue field = m_object.value(key);
        if (!m_ok || (!required && (field.isUndefined() || field.isNull())))
            return {};
        const auto parsed = field.isString() ? TimeRules::parseInstant(field.toString()) : std::nullopt;
        if (!parsed) {
            failWith(required ? u"%1.%2 must be an ISO 8601 instant with an offset or Z"_s.arg(m_where, key)
                              : u"%1.%2 must be an ISO 8601 instant with an offset or Z, or null"_s.arg(m_where, key));
            return {};
        }
        return parsed->toUTC();
    }
    /** instant(), keeping the milliseconds a change time has. */
    QDateTime preciseInstant(const QString &key)
    {
        const QDateTime whole = instant(key, false);
        if (!whole.isValid())
            return whole;
        const QDateTime precise = QDateTime::fromString(m_object.value(key).toString(), Qt::ISODateWithMs);
        return precise.isValid() && precise.toSecsSinceEpoch() == whole.toSecsSinceEpoch() ? precise.toUTC() : whole;
    }
    std::optional<GeoPoint> location()
    {
        const QJsonValue lat = m_object.value(u"lat"_s);
        const QJsonValue lon = m_object.value(u"lon"_s);
        const bool noLat = lat.isUndefined() || lat.isNull();
        const bool noLon = lon.isUndefined() || lon.isNull();
        if (!m_ok || (noLat && noLon))
            return std::nullopt;
        if (!lat.isDouble() || !lon.isDouble()) {
            failWith(u"%1: lat and lon must both be numbers, or both null"_s.arg(m_where));
            return std::nullopt;
        }
        const auto point = Geo::point(lat.toDouble(), lon.toDouble());
        if (!point)
            failWith(u"%1: %2, %3 is not a location"_s.arg(m_where).arg(lat.toDouble()).arg(lon.toDouble()));
        return point;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
    bool m_ok = true;
};

std::optional<Trip> readTrip(const QJsonValue &value, const QString &where, QString *error)
{
    EntryReader reader(value, where, error);
    Trip trip;
    trip.id = reader.requiredText(u"id"_s);
    trip.conferenceId = reader.requiredText(u"conference"_s);
    trip.title = reader.requiredText(u"title"_s);
    trip.placeId = reader.optionalText(u"place"_s).trimmed();
    trip.start = reader.instant(u"start"_s, true);
    trip.end = reader.instant(u"end"_s, true);
    trip.notes = reader.optionalText(u"notes"_s);
    trip.who = reader.optionalText(u"who"_s);
    trip.createdAt = reader.instant(u"createdAt"_s, false);
    trip.updatedAt = reader.instant(u"updatedAt"_s, false);
    trip.changedAt = reader.preciseInstant(u"changedAt"_s);
    if (reader.ok() && trip.end <= trip.start)
        reader.failWith(u"%1 (\"%2\") must end after it starts"_s.arg(where, trip.title));
    if (!reader.ok())
        return std::nullopt;
    if (!trip.createdAt.isValid())
        trip.createdAt = trip.updatedAt;
    if (!trip.updatedAt.isValid())
        trip.updatedAt = trip.createdAt;
    // Backups written before trips kept their change time: it changed when it was last updated.
    if (!trip.changedAt.isValid())
        trip.changedAt = trip.updatedAt;
    return trip;
}

std::optional<Place> readPlace(const QJsonValue &value, const QString &where, QString *error)
{
    EntryReader reader(value, where, error);
    Place place;
    place.userMade = true;
    place.id = reader.requiredText(u"id"_s);
    place.conferenceId = reader.requiredText(u"conference"_s);
    place.name = reader.requiredText(u"name"_s);
    place.category = reader.optionalText(u"category"_s);
    place.location = reader.location();
    place.notes = reader.optionalText(u"notes"_s);
    place.createdAt = reader.instant(u"createdAt"_s, false);
    place.updatedAt = reader.instant(u"updatedAt"_s, false);
    if (!reader.ok())
        return std::nullopt;
    if (!place.createdAt.isValid())
        place.createdAt = place.updatedAt;
    if (!place.updatedAt.isValid())
        place.updatedAt = place.createdAt;
    return place;
}

/** Equal as user data: everything but the change time. */
template <typename T> bool sameRow(T a, T b)
{
    a.updatedAt = b.updatedAt;
    a.createdAt = b.createdAt;
    if constexpr (requires { a.changedAt; })
        a.changedAt = b.changedAt;
    return a == b;
}

/**
 * Merges rows by id: a row only the backup has is added; where both differ the newer one wins
 * (ties keep what is here). Counts into `counts`; returns the rows to write.
 */
template <typename T, typename Lookup> QList<T> mergeRows(const QList<T> &incoming, Lookup local, RestoreReport::Counts &counts)
{
    QList<T> writes;
    for (const T &row : incoming) {
        const std::optional<T> here = local(row.id);
        if (!here) {
            ++counts.added;
            writes.append(row);
        } else if (sameRow(*here, row) || !(row.updatedAt > here->updatedAt)) {
            ++counts.unchanged;
        } else {
            ++counts.updated;
            T merged = row;
            merged.createdAt = here->createdAt.isValid() ? std::min(here->createdAt, row.createdAt) : row.createdAt;
            writes.append(merged);
        }
    }
    return writes;
}
} // namespace

/** A backup's friend entry, checked: a valid name and a calendar that is iCalendar text. */
std::optional<Friend> readFriend(const QJsonValue &value, const QString &where, QString *error)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        *error = u"%1 is not an object"_s.arg(where);
        return std::nullopt;
    }
    Friend person;
    person.name = object.value(u"name"_s).toString();
    person.source = object.value(u"source"_s).toString();
    person.calendar = object.value(u"calendar"_s).toString().toUtf8();
    const QString invalid = FriendStore::validateName(person.name);
    if (!invalid.isEmpty()) {
        *error = u"%1: %2"_s.arg(where, invalid);
        return std::nullopt;
    }
    if (person.source.trimmed().isEmpty()) {
        *error = u"%1 (%2) has no \"source\""_s.arg(where, person.name);
        return std::nullopt;
    }
    if (person.calendar.size() > FriendCalendar::kMaxBytes || FeedImporter::detect(person.calendar) != FeedImporter::Format::ICalendar) {
        *error = u"%1 (%2): \"calendar\" is not an iCalendar text of at most %3 MiB"_s.arg(where, person.name)
                     .arg(FriendCalendar::kMaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    for (const auto &[key, target] : {std::pair{u"refreshedAt"_s, &person.refreshedAt}, std::pair{u"addedAt"_s, &person.addedAt}}) {
        const QJsonValue instant = object.value(key);
        if (instant.isNull() || instant.isUndefined())
            continue;
        *target = QDateTime::fromString(instant.toString(), Qt::ISODateWithMs);
        if (!target->isValid()) {
            *error = u"%1 (%2): \"%3\" is not an ISO 8601 instant"_s.arg(where, person.name, key);
            return std::nullopt;
        }
    }
    return person;
}

QJsonObject create(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId, const QDateTime &now,
                   const TripSources &tripSources)
{
    const QList<EventUserData> rows = userData.all(conferenceId);
    QStringList ids;
    ids.reserve(rows.size());
    for (const EventUserData &row : rows)
        ids.append(row.eventId);
    QHash<QString, Event> events;
    for (Event &event : schedule.eventsByIds(ids))
        events.emplace(event.id, std::move(event));

    QSet<QString> conferenceIds;
    QJsonArray entries;
    for (const EventUserData &row : rows) {
        conferenceIds.insert(row.conferenceId);
        QJsonObject entry{
            {u"event"_s, row.eventId},
            {u"conference"_s, row.conferenceId},
            {u"priority"_s,
             row.priority == Priority::None ? QJsonValue(QJsonValue::Null) : QJsonValue(AgendaItem::priorityName(row.priority))},
            {u"bookmarkedAt"_s, instantOrNull(row.bookmarkedAt)},
            {u"note"_s, row.note},
            {u"rating"_s, row.rating > 0 ? QJsonValue(row.rating) : QJsonValue(QJsonValue::Null)},
            {u"watchedAt"_s, instantOrNull(row.watchedAt)},
            {u"seenAt"_s, instantOrNull(row.seenAt)},
            {u"dismissedAt"_s, instantOrNull(row.dismissedAt)},
            {u"updatedAt"_s, instantOrNull(row.updatedAt)},
        };
        // For people reading the file: which talk this is (restore goes by the id alone).
        if (const auto found = events.constFind(row.eventId); found != events.constEnd()) {
            entry.insert(u"title"_s, found->title);
            entry.insert(u"start"_s, found->start.toUTC().toString(Qt::ISODate));
        }
        entries.append(entry);
    }

    QJsonArray places;
    if (tripSources.places) {
        for (const Place &place : tripSources.places->userPlaces(conferenceId)) {
            conferenceIds.insert(place.conferenceId);
            places.append(QJsonObject{
                {u"id"_s, place.id},
                {u"conference"_s, place.conferenceId},
                {u"name"_s, place.name},
                {u"category"_s, place.category},
                {u"lat"_s, numberOrNull(place.location ? std::optional<double>(place.location->latitude) : std::nullopt)},
                {u"lon"_s, numberOrNull(place.location ? std::optional<double>(place.location->longitude) : std::nullopt)},
                {u"notes"_s, place.notes},
                {u"createdAt"_s, instantOrNull(place.createdAt)},
                {u"updatedAt"_s, instantOrNull(place.updatedAt)},
            });
        }
    }
    QJsonArray trips;
    if (tripSources.trips) {
        for (const Trip &trip : tripSources.trips->trips(conferenceId)) {
            conferenceIds.insert(trip.conferenceId);
            QJsonObject entry{
                {u"id"_s, trip.id},
                {u"conference"_s, trip.conferenceId},
                {u"title"_s, trip.title},
                {u"place"_s, trip.placeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trip.placeId)},
                {u"start"_s, instantOrNull(trip.start)},
                {u"end"_s, instantOrNull(trip.end)},
                {u"notes"_s, trip.notes},
                {u"who"_s, trip.who},
                {u"createdAt"_s, instantOrNull(trip.createdAt)},
                {u"updatedAt"_s, instantOrNull(trip.updatedAt)},
                {u"changedAt"_s, trip.changedAt.isValid() ? QJsonValue(trip.changedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
            };
            // For people reading the file: where the trip goes (restore goes by the place's id).
            if (tripSources.places && !trip.placeId.isEmpty()) {
                if (const auto place = tripSources.places->place(trip.conferenceId, trip.placeId))
                    entry.insert(u"placeName"_s, place->name);
            }
            trips.append(entry);
        }
    }

    // Friends belong to no one conference: every backup carries them.
    QJsonArray friends;
    for (const Friend &person : FriendStore(schedule.database()).all()) {
        friends.append(QJsonObject{
            {u"name"_s, person.name},
            {u"source"_s, person.source},
            {u"calendar"_s, QString::fromUtf8(person.calendar)},
            {u"refreshedAt"_s,
             person.refreshedAt.isValid() ? QJsonValue(person.refreshedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
            {u"addedAt"_s, person.addedAt.isValid() ? QJsonValue(person.addedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        });
    }

    QJsonArray conferences;
    for (const ConferenceSummary &summary : schedule.conferences()) {
        const Conference &conference = summary.conference;
        if (!conferenceIds.contains(conference.id) && conference.id != conferenceId)
            continue;
        conferences.append(QJsonObject{
            {u"id"_s, conference.id},
            {u"title"_s, conference.title},
            {u"acronym"_s, conference.acronym},
            {u"timezone"_s, conference.timeZoneId},
            {u"start"_s, conference.start.toString(Qt::ISODate)},
            {u"end"_s, conference.end.toString(Qt::ISODate)},
        });
    }

    return QJsonObject{
        {u"format"_s, kFormat},
        {u"version"_s, kVersion},
        {u"createdAt"_s, now.toUTC().toString(Qt::ISODate)},
        {u"generator"_s, u"Lanyard %1"_s.arg(QStringLiteral(LANYARD_VERSION))},
        {u"conferences"_s, conferences},
        {u"events"_s, entries},
        {u"places"_s, places},
        {u"trips"_s, trips},
        {u"friends"_s, friends},
    };
}

QByteArray createBytes(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId, const QDateTime &now,
                       const TripSources &trips)
{
    return QJsonDocument(create(schedule, userData, conferenceId, now, trips)).toJson(QJsonDocument::Indented);
}

bool looksLikeBackup(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

bool sameData(const EventUserData &a, const EventUserData &b)
{
    return a.eventId == b.eventId && a.conferenceId == b.conferenceId && a.priority == b.priority && a.bookmarkedAt == b.bookmarkedAt
        && a.note == b.note && a.rating == b.rating && a.watchedAt == b.watchedAt && a.seenAt == b.seenAt && a.dismissedAt == b.dismissedAt;
}

EventUserData merge(const EventUserData &local, const EventUserData &incoming)
{
    EventUserData merged = local;
    // Ties keep what is here: restoring an old backup never undoes a change made since.
    const bool incomingNewer = incoming.updatedAt.isValid() && (!local.updatedAt.isValid() || incoming.updatedAt > local.updatedAt);
    if (merged.conferenceId.isEmpty())
        merged.conferenceId = incoming.conferenceId;

    if (incoming.priority != Priority::None) {
        if (local.priority == Priority::None) {
            merged.priority = incoming.priority;
            merged.bookmarkedAt = incoming.bookmarkedAt;
        } else if (local.priority == incoming.priority) {
            merged.bookmarkedAt = earliest(local.bookmarkedAt, incoming.bookmarkedAt);
        } else if (incomingNewer) {
            merged.priority = incoming.priority;
            merged.bookmarkedAt = earliest(local.bookmarkedAt, incoming.bookmarkedAt);
        }
    }
    if (!incoming.note.isEmpty() && (local.note.isEmpty() || incomingNewer))
        merged.note = incoming.note;
    if (incoming.rating > 0 && (local.rating == 0 || incomingNewer))
        merged.rating = incoming.rating;
    merged.watchedAt = earliest(local.watchedAt, incoming.watchedAt);
    merged.seenAt = earliest(local.seenAt, incoming.seenAt);
    merged.dismissedAt = earliest(local.dismissedAt, incoming.dismissedAt);
    merged.updatedAt = latest(local.updatedAt, incoming.updatedAt);
    return merged;
}

namespace
{
/** A whole backup, read and checked: nothing in it is written until all of it has been read. */
struct BackupContents
{
    /** The events' user data by event id, and the ids in the file's order. */
    QHash<QString, EventUserData> events;
    QStringList order;
    QList<Place> places;
    QList<Trip> trips;
    QList<Friend> friends;
};

/** Reads the entries of one array, each by `read`, refusing an entry whose key repeats an earlier one's. */
template <typename T, typename Read, typename Key>
bool readEntries(const QJsonArray &entries, const QString &key, const QString &name, const QString &what, Read read, Key keyOf,
                 QList<T> *out, QString *error)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString entryError;
        const std::optional<T> entry = read(entries.at(i), u"%1[%2]"_s.arg(key).arg(i), &entryError);
        if (!entry) {
            *error = u"%1: %2; nothing was restored"_s.arg(name, entryError);
            return false;
        }
        const QString id = keyOf(*entry);
        if (seen.contains(id)) {
            *error = u"%1: %2[%3] repeats %4 %5; nothing was restored"_s.arg(name, key).arg(i).arg(what, keyOf.display(*entry));
            return false;
        }
        seen.insert(id);
        out->append(*entry);
    }
    return true;
}

/** A row's key as compared, and as shown in an error message. */
template <typename T> struct IdKey
{
    QString operator()(const T &row) const { return row.id; }
    QString display(const T &row) const { return row.id; }
};
struct FriendKey
{
    QString operator()(const Friend &person) const { return person.name.toCaseFolded(); }
    QString display(const Friend &person) const { return person.name; }
};

/** Reads and checks the whole backup; nothing is returned (and `error` says why) when any of it is wrong. */
std::optional<BackupContents> readBackup(const QByteArray &bytes, const QString &name, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1 (byte %2): not valid JSON: %3"_s.arg(name).arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != kFormat) {
        *error = u"%1 is not a Lanyard backup (it has no \"format\": \"%2\")"_s.arg(name, kFormat);
        return std::nullopt;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toInt() < 1) {
        *error = u"%1: \"version\" must be a whole number from 1"_s.arg(name);
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        *error = u"%1 was written by a newer Lanyard (backup version %2; this version reads up to %3)"_s.arg(name)
                     .arg(version.toInt())
                     .arg(kVersion);
        return std::nullopt;
    }
    const QJsonValue eventsValue = root.value(u"events"_s);
    if (!eventsValue.isArray()) {
        *error = u"%1: \"events\" must be an array"_s.arg(name);
        return std::nullopt;
    }

    BackupContents contents;
    const QJsonArray entries = eventsValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString entryError;
        const auto entry = readEntry(entries.at(i), u"events[%1]"_s.arg(i), &entryError);
        if (!entry) {
            *error = u"%1: %2; nothing was restored"_s.arg(name, entryError);
            return std::nullopt;
        }
        if (contents.events.contains(entry->eventId)) {
            *error = u"%1: events[%2] repeats event %3; nothing was restored"_s.arg(name).arg(i).arg(entry->eventId);
            return std::nullopt;
        }
        contents.order.append(entry->eventId);
        contents.events.insert(entry->eventId, *entry);
    }
    for (const QString &key : {u"places"_s, u"trips"_s, u"friends"_s}) {
        const QJsonValue value = root.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray()) {
            *error = u"%1: \"%2\" must be an array; nothing was restored"_s.arg(name, key);
            return std::nullopt;
        }
    }
    if (!readEntries(root.value(u"places"_s).toArray(), u"places"_s, name, u"place"_s, readPlace, IdKey<Place>(), &contents.places, error)
        || !readEntries(root.value(u"trips"_s).toArray(), u"trips"_s, name, u"trip"_s, readTrip, IdKey<Trip>(), &contents.trips, error)
        || !readEntries(root.value(u"friends"_s).toArray(), u"friends"_s, name, u"friend"_s, readFriend, FriendKey(), &contents.friends,
                        error))
        return std::nullopt;
    return contents;
}

/** The events' rows to write: each backup entry merged with the data here, the unchanged left out. */
QList<EventUserData> mergeEvents(const BackupContents &contents, const ScheduleStore &schedule, const UserDataStore &userData,
                                 RestoreReport &report)
{
    QSet<QString> present;
    for (const Event &event : schedule.eventsByIds(contents.order))
        present.insert(event.id);

    QList<EventUserData> writes;
    for (const QString &id : contents.order) {
        const EventUserData &entry = contents.events[id];
        if (!present.contains(id))
            ++report.waiting;
        const EventUserData local = userData.value(id);
        const bool existed = !local.conferenceId.isEmpty();
        const EventUserData merged = existed ? merge(local, entry) : entry;
        if ((existed && sameData(local, merged)) || merged.isEmpty()) {
            ++report.unchanged;
            continue;
        }
        existed ? ++report.updated : ++report.added;
        writes.append(merged);
    }
    return writes;
}

/** The user's places and trips to write, merged by id; a trip to a place known nowhere is noted. */
void mergeTrips(const BackupContents &contents, PlaceStore &places, TripStore &trips, UserDataWrites &writes, RestoreReport &report)
{
    writes.places = mergeRows(
        contents.places,
        [&places](const QString &id) -> std::optional<Place> {
            for (const Place &place : places.userPlaces()) {
                if (place.id == id)
                    return place;
            }
            return std::nullopt;
        },
        report.places);
    writes.trips = mergeRows(
        contents.trips, [&trips](const QString &id) { return trips.trip(id); }, report.trips);
    // A trip to a place neither here nor in the backup keeps its place id (the place may come
    // with its conference later); say so rather than drop it.
    QSet<QString> restoredPlaceIds;
    for (const Place &place : contents.places)
        restoredPlaceIds.insert(place.id);
    for (const Trip &trip : contents.trips) {
        if (!trip.placeId.isEmpty() && !restoredPlaceIds.contains(trip.placeId) && !places.place(trip.conferenceId, trip.placeId))
            report.notes.append(u"trip \"%1\" goes to place %2, which is not known here (yet)"_s.arg(trip.title, trip.placeId));
    }
}

/** The friends to write: one missing here comes back; one here is replaced only by a copy refreshed later. */
QList<Friend> mergeFriends(const BackupContents &contents, const FriendStore &friendStore, RestoreReport &report)
{
    QList<Friend> writes;
    for (const Friend &person : contents.friends) {
        const auto here = friendStore.byName(person.name);
        if (!here) {
            ++report.friends.added;
            writes.append(person);
        } else if (here->source == person.source && here->calendar == person.calendar) {
            ++report.friends.unchanged;
        } else if (person.refreshedAt.isValid() && (!here->refreshedAt.isValid() || person.refreshedAt > here->refreshedAt)) {
            ++report.friends.updated;
            writes.append(person);
        } else {
            ++report.friends.unchanged;
        }
    }
    return writes;
}
} // namespace

RestoreReport restore(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                      const TripSources &tripSources)
{
    RestoreReport report;
    const QString name = sourceName.isEmpty() ? u"backup"_s : sourceName;
    std::optional<BackupContents> contents = readBackup(bytes, name, &report.error);
    if (!contents)
        return report;
    const bool canRestoreTrips = tripSources.trips && tripSources.places;
    if (!canRestoreTrips && (!contents->trips.isEmpty() || !contents->places.isEmpty())) {
        report.notes.append(
            u"%1 trip(s) and %2 place(s) in the backup were not restored here"_s.arg(contents->trips.size()).arg(contents->places.size()));
        contents->trips.clear();
        contents->places.clear();
    }

    // The merge runs inside the write transaction, against what the file holds now, and all of
    // it is written or none of it.
    UserDataTransaction transaction(schedule.database(), userData, tripSources.places, tripSources.trips);
    QString error;
    UserDataWrites writes;
    const bool written = [&] {
        if (!transaction.begin(&error))
            return false;
        writes.events = mergeEvents(*contents, schedule, userData, report);
        if (canRestoreTrips)
            mergeTrips(*contents, *tripSources.places, *tripSources.trips, writes, report);
        writes.friends = mergeFriends(*contents, FriendStore(schedule.database()), report);
        return transaction.commit(writes, &error);
    }();
    if (!written) {
        report = RestoreReport();
        report.error = u"%1: cannot store the restored data: %2; nothing was restored"_s.arg(name, error);
    }
    return report;
}

} // namespace UserDataBackup

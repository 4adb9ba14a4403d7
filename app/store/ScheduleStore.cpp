#include "ScheduleStore.h"

#include "Database.h"
#include "ProgrammeUpdate.h"
#include "SqlHelpers.h"
#include "SqliteStatement.h"
#include "core/TestStopPoint.h"
#include "core/TimeRules.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{

QVariant epoch(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromEpochSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QDateTime fromEpoch(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromEpochSeconds(value.toLongLong());
}

Conference conferenceFromRow(const QSqlQuery &query, int first)
{
    Conference conference;
    conference.id = query.value(first).toString();
    conference.title = query.value(first + 1).toString();
    conference.acronym = query.value(first + 2).toString();
    conference.subtitle = query.value(first + 3).toString();
    conference.venue = query.value(first + 4).toString();
    conference.city = query.value(first + 5).toString();
    conference.url = query.value(first + 6).toString();
    conference.timeZoneId = query.value(first + 7).toString();
    conference.start = QDate::fromString(query.value(first + 8).toString(), Qt::ISODate);
    conference.end = QDate::fromString(query.value(first + 9).toString(), Qt::ISODate);
    const QString dayChange = query.value(first + 10).toString();
    if (!dayChange.isEmpty())
        conference.dayChange = QTime::fromString(dayChange, Qt::ISODate);
    return conference;
}

const QString kConferenceColumns =
    u"c.id, c.title, c.acronym, c.subtitle, c.venue, c.city, c.url, c.time_zone, c.start_date, c.end_date, c.day_change"_s;

/** True when two programmes describe the conference, its days, rooms and tracks the same way. */
bool sameFrame(const Schedule &schedule, const std::optional<Conference> &stored, const QList<Day> &days, const QStringList &rooms,
               const QList<Track> &tracks)
{
    return stored && *stored == schedule.conference && days == schedule.days && rooms == schedule.rooms && tracks == schedule.tracks;
}

} // namespace

ScheduleStore::ScheduleStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

ApplyResult ScheduleStore::apply(const Schedule &schedule, const ApplyOptions &options)
{
    ApplyResult result;
    const Conference &conference = schedule.conference;
    if (conference.id.isEmpty()) {
        result.error = u"the schedule has no conference id"_s;
        return result;
    }
    const QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = transaction.errorMessage();
        return result;
    }
    const std::optional<Conference> stored = this->conference(conference.id);
    result.firstImport = !stored.has_value();
    const qint64 now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();

    ProgrammeUpdate update(schedule);
    if (!update.prepare(db, &result.error))
        return result;
    const QList<EventChange> changes = stored ? changesOf(update, conference) : QList<EventChange>();
    const bool frameChanged = !sameFrame(schedule, stored, days(conference.id), rooms(conference.id), tracks(conference.id));

    if (stored && !frameChanged && !update.writesAnything()) {
        if (!Sql::exec(db, u"UPDATE conferences SET imported_at = ?, source = ? WHERE id = ?"_s, {now, options.source, conference.id},
                       &result.error)
            || !transaction.commit()) {
            if (result.error.isEmpty())
                result.error = transaction.errorMessage();
            return result;
        }
        result.unchanged = true;
        return result;
    }

    const ProgrammeUpdate::Counts counts = update.counts();
    result.eventRowsWritten = counts.inserted + counts.rewritten + counts.deleted + counts.cancelled;
    if (!writeConference(schedule, options, now, &result.error) || (frameChanged && !writeFrame(schedule, &result.error))
        || !Sql::exec(db, u"DELETE FROM schedule_changes WHERE conference_id = ?"_s, {conference.id}, &result.error)
        || !update.write(db, now, &result.error) || (stored && !recordChanges(conference.id, changes, now, &result.error)))
        return result;

    TestStop::at("import-commit");
    if (!transaction.commit()) {
        result.error = transaction.errorMessage();
        return result;
    }
    result.changes = changes;
    restamp();
    if (!stored || !(*stored == conference))
        Q_EMIT conferencesChanged();
    Q_EMIT scheduleChanged(conference.id);
    return result;
}

QList<EventChange> ScheduleStore::changesOf(const ProgrammeUpdate &update, const Conference &conference) const
{
    // Only the events whose stored row differs can change: the others are left out of the
    // comparison, which then costs what the update changes, not the programme's size. Events
    // already cancelled (kept for a bookmark) are not part of the previous programme, so that
    // they are not reported as cancelled twice.
    return ScheduleDiff::compare(eventsByIds(update.previousIdsToCompare()), update.newEventsToCompare(), conference.timeZone());
}

bool ScheduleStore::writeConference(const Schedule &schedule, const ApplyOptions &options, qint64 now, QString *errorMessage)
{
    const Conference &conference = schedule.conference;
    return Sql::exec(m_database.connection(), uR"(INSERT INTO conferences
            (id, title, acronym, subtitle, venue, city, url, time_zone, start_date, end_date, day_change,
             feed_format, source, imported_at, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, acronym = excluded.acronym,
              subtitle = excluded.subtitle, venue = excluded.venue, city = excluded.city, url = excluded.url,
              time_zone = excluded.time_zone, start_date = excluded.start_date, end_date = excluded.end_date,
              day_change = excluded.day_change, feed_format = excluded.feed_format,
              source = excluded.source, imported_at = excluded.imported_at, changed_at = excluded.changed_at)"_s,
                     {conference.id, conference.title, conference.acronym, conference.subtitle, conference.venue, conference.city,
                      conference.url, conference.timeZoneId, conference.start.toString(Qt::ISODate), conference.end.toString(Qt::ISODate),
                      conference.dayChange.isValid() ? conference.dayChange.toString(u"HH:mm:ss"_s) : QString(), schedule.format,
                      options.source, now, now},
                     errorMessage);
}

bool ScheduleStore::writeFrame(const Schedule &schedule, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    const QString &conferenceId = schedule.conference.id;
    for (const QString &table : {u"days"_s, u"rooms"_s, u"tracks"_s}) {
        if (!Sql::exec(db, u"DELETE FROM %1 WHERE conference_id = ?"_s.arg(table), {conferenceId}, errorMessage))
            return false;
    }
    QSqlQuery insertDay(db);
    if (!insertDay.prepare(u"INSERT INTO days (conference_id, position, date, start_utc, end_utc) VALUES (?, ?, ?, ?, ?)"_s)) {
        if (errorMessage)
            *errorMessage = Sql::describeError(insertDay, u"cannot prepare"_s);
        return false;
    }
    for (const Day &day : schedule.days) {
        QString error;
        if (!Sql::run(insertDay, {conferenceId, day.index, day.date.toString(Qt::ISODate), epoch(day.start), epoch(day.end)}, &error)) {
            if (errorMessage)
                *errorMessage = u"day %1: %2"_s.arg(day.date.toString(Qt::ISODate), error);
            return false;
        }
    }
    QSqlQuery insertRoom(db);
    insertRoom.prepare(u"INSERT OR IGNORE INTO rooms (conference_id, position, name) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < schedule.rooms.size(); ++i) {
        if (!Sql::run(insertRoom, {conferenceId, int(i), schedule.rooms[i]}, errorMessage))
            return false;
    }
    QSqlQuery insertTrack(db);
    insertTrack.prepare(u"INSERT OR IGNORE INTO tracks (conference_id, position, name, color) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < schedule.tracks.size(); ++i) {
        const Track &track = schedule.tracks[i];
        if (!Sql::run(insertTrack, {conferenceId, int(i), track.name, track.color}, errorMessage))
            return false;
    }
    return true;
}

bool ScheduleStore::recordChanges(const QString &conferenceId, const QList<EventChange> &changes, qint64 now, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery insertChange(db);
    QSqlQuery mark(db);
    insertChange.prepare(uR"(INSERT OR REPLACE INTO schedule_changes
            (conference_id, event_id, kind, title, before, after, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    mark.prepare(uR"(INSERT INTO event_marks (event_id, conference_id, kind, marked_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(event_id) DO UPDATE SET kind = CASE WHEN event_marks.kind = 'new' THEN 'new' ELSE excluded.kind END,
              marked_at = excluded.marked_at)"_s);
    for (const EventChange &change : changes) {
        if (!Sql::run(insertChange,
                      {conferenceId, change.eventId, EventChange::kindName(change.kind), change.title, change.before, change.after, now},
                      errorMessage))
            return false;
        const bool isNew = change.kind == EventChange::Kind::Added;
        if (change.kind != EventChange::Kind::Cancelled
            && !Sql::run(mark, {change.eventId, conferenceId, isNew ? u"new"_s : u"changed"_s, now}, errorMessage))
            return false;
    }
    return true;
}

bool ScheduleStore::removeConference(const QString &conferenceId, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (!Sql::exec(query, u"DELETE FROM conferences WHERE id = ?"_s, {conferenceId}, errorMessage))
        return false;
    if (query.numRowsAffected() == 0) {
        if (errorMessage)
            *errorMessage = u"no conference with id \"%1\""_s.arg(conferenceId);
        return false;
    }
    // Marks and places belong to the feed side; bookmarks, notes and trips stay (user data).
    if (!Sql::exec(db, u"DELETE FROM event_marks WHERE conference_id = ?"_s, {conferenceId}, errorMessage)
        || !Sql::exec(db, u"DELETE FROM places WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    if (!transaction.commit()) {
        if (errorMessage)
            *errorMessage = transaction.errorMessage();
        return false;
    }
    restamp();
    Q_EMIT conferencesChanged();
    return true;
}

QHash<QString, ScheduleStore::Stamp> ScheduleStore::readStamps() const
{
    QHash<QString, Stamp> stamps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, imported_at, changed_at, title FROM conferences"_s))
        return stamps;
    while (query.next())
        stamps.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString()});
    return stamps;
}

void ScheduleStore::restamp()
{
    if (m_stamps)
        m_stamps = readStamps();
}

void ScheduleStore::announceOwnChange(const QString &conferenceId)
{
    restamp();
    if (conferenceId.isEmpty())
        Q_EMIT conferencesChanged();
    else
        Q_EMIT scheduleChanged(conferenceId);
}

void ScheduleStore::noticeOutsideChanges()
{
    QHash<QString, Stamp> now = readStamps();
    if (!m_stamps) {
        m_stamps = std::move(now);
        return;
    }
    const QHash<QString, Stamp> before = std::exchange(*m_stamps, now);
    bool listChanged = before.size() != now.size();
    QStringList replaced;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd()) {
            listChanged = true;
            replaced.append(it.key());
            continue;
        }
        if (old->title != it->title)
            listChanged = true;
        if (old->importedAt != it->importedAt || old->changedAt != it->changedAt)
            replaced.append(it.key());
    }
    if (listChanged)
        Q_EMIT conferencesChanged();
    for (const QString &id : std::as_const(replaced))
        Q_EMIT scheduleChanged(id);
}

QList<Conference> ScheduleStore::conferenceList(QString *errorMessage) const
{
    QList<Conference> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM conferences c ORDER BY c.start_date, c.title"_s.arg(kConferenceColumns), {}, errorMessage))
        return result;
    while (query.next())
        result.append(conferenceFromRow(query, 0));
    return result;
}

QList<ConferenceSummary> ScheduleStore::conferences(QString *errorMessage) const
{
    QList<ConferenceSummary> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query,
                   // All the conference's events less the cancelled ones: each count is read from an
                   // index. Counting "cancelled_at IS NULL" read every row, abstracts and all (47 ms
                   // on 20,000 events, at every start and every agenda built).
                   u"SELECT %1, c.imported_at, c.source, c.feed_format, "
                   "(SELECT COUNT(*) FROM events e WHERE e.conference_id = c.id) "
                   "- (SELECT COUNT(*) FROM events e WHERE e.conference_id = c.id AND e.cancelled_at IS NOT NULL) "
                   "FROM conferences c ORDER BY c.start_date, c.title"_s.arg(kConferenceColumns),
                   {}, errorMessage))
        return result;
    while (query.next()) {
        ConferenceSummary summary;
        summary.conference = conferenceFromRow(query, 0);
        summary.importedAt = fromEpoch(query.value(11));
        summary.source = query.value(12).toString();
        summary.format = query.value(13).toString();
        summary.eventCount = query.value(14).toInt();
        result.append(summary);
    }
    return result;
}

std::optional<Conference> ScheduleStore::conference(const QString &conferenceId) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM conferences c WHERE c.id = ?"_s.arg(kConferenceColumns), {conferenceId}, nullptr)
        || !query.next())
        return std::nullopt;
    return conferenceFromRow(query, 0);
}

QList<Day> ScheduleStore::days(const QString &conferenceId) const
{
    QList<Day> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT position, date, start_utc, end_utc FROM days WHERE conference_id = ? ORDER BY date"_s, {conferenceId},
                   nullptr))
        return result;
    while (query.next()) {
        result.append(Day{query.value(0).toInt(), QDate::fromString(query.value(1).toString(), Qt::ISODate), fromEpoch(query.value(2)),
                          fromEpoch(query.value(3))});
    }
    return result;
}

QStringList ScheduleStore::rooms(const QString &conferenceId) const
{
    QStringList result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT name FROM rooms WHERE conference_id = ? ORDER BY position"_s, {conferenceId}, nullptr))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QList<Track> ScheduleStore::tracks(const QString &conferenceId) const
{
    QList<Track> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT name, color FROM tracks WHERE conference_id = ? ORDER BY position"_s, {conferenceId}, nullptr))
        return result;
    while (query.next())
        result.append(Track{query.value(0).toString(), query.value(1).toString()});
    return result;
}

QString ScheduleStore::sourceOf(const QString &conferenceId) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT source FROM conferences WHERE id = ?"_s, {conferenceId}, nullptr) || !query.next())
        return {};
    return query.value(0).toString();
}

QStringList ScheduleStore::types(const QString &conferenceId) const
{
    return distinctEventValues(conferenceId, u"type"_s);
}

QStringList ScheduleStore::languages(const QString &conferenceId) const
{
    return distinctEventValues(conferenceId, u"language"_s);
}

bool ScheduleStore::hasEventsWithout(const QString &conferenceId, EventField field) const
{
    const QString column = field == EventField::Track ? u"track"_s : field == EventField::Room ? u"room"_s : u"type"_s;
    QSqlQuery query(m_database.connection());
    const QString sql = u"SELECT EXISTS (SELECT 1 FROM events WHERE conference_id = ? AND "_s + column + u" = '')"_s;
    return Sql::exec(query, sql, {conferenceId}, nullptr) && query.next() && query.value(0).toBool();
}

/** `column` is one of the fixed names above, never user input. */
QStringList ScheduleStore::distinctEventValues(const QString &conferenceId, const QString &column) const
{
    QStringList result;
    QSqlQuery query(m_database.connection());
    const QString sql = u"SELECT DISTINCT "_s + column + u" FROM events WHERE conference_id = ? AND "_s + column + u" <> ''"_s;
    if (!Sql::exec(query, sql, {conferenceId}, nullptr))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    result.sort(Qt::CaseInsensitive);
    return result;
}

namespace
{
/** `statement` prepared over `db` with `values` bound in order, ready to step. */
std::unique_ptr<SqliteStatement> preparedWith(const QSqlDatabase &db, const QString &sql, const QStringList &values)
{
    auto statement = std::make_unique<SqliteStatement>(db, sql.toUtf8().constData());
    for (qsizetype i = 0; i < values.size() && statement->isValid(); ++i)
        statement->bind(int(i + 1), values[i]);
    return statement;
}

} // namespace

QList<Event> ScheduleStore::loadEvents(const QString &whereClause, const QStringList &values, Detail detail, Access access) const
{
    // Read with SQLite's own calls: through QSqlQuery each value of each row became a QVariant
    // first, and a day of 1,000 events took 80 million instructions where SQLite needs 10.
    const bool full = detail == Detail::Full;
    const QSqlDatabase db = m_database.connection();
    QList<Event> result;
    const auto query = preparedWith(db,
                                    uR"(SELECT e.seq, e.id, e.conference_id, e.guid, e.feed_id, e.slug, e.title, e.subtitle,
            e.start_utc, e.end_utc, e.day, e.room, e.track, e.type, e.language, %2, e.url,
            e.recorded, e.service_session, e.plenum
            FROM events e %3 LEFT JOIN rooms r ON r.conference_id = e.conference_id AND r.name = e.room
            WHERE %1 ORDER BY e.start_utc, r.position, e.title)"_s.arg(whereClause, full ? u"e.abstract"_s : u"''"_s,
                                                                       access == Access::ByDay ? u"INDEXED BY events_by_day"_s : QString()),
                                    values);
    if (!query->isValid())
        return result;

    QHash<qint64, qsizetype> indexBySeq;
    while (query->next()) {
        Event event;
        event.id = query->columnText(1);
        event.conferenceId = query->columnText(2);
        event.guid = query->columnText(3);
        event.feedId = query->columnText(4);
        event.slug = query->columnText(5);
        event.title = query->columnText(6);
        event.subtitle = query->columnText(7);
        event.start = fromEpochSeconds(query->columnInt(8));
        event.end = fromEpochSeconds(query->columnInt(9));
        event.day = QDate::fromString(query->columnText(10), Qt::ISODate);
        event.room = query->columnText(11);
        event.track = query->columnText(12);
        event.type = query->columnText(13);
        event.language = query->columnText(14);
        event.abstract = query->columnUtf8(15);
        event.url = query->columnText(16);
        if (!query->columnIsNull(17))
            event.recorded = query->columnInt(17) != 0;
        event.serviceSession = query->columnInt(18) != 0;
        event.plenum = query->columnInt(19) != 0;
        indexBySeq.insert(query->columnInt(0), result.size());
        result.append(std::move(event));
    }
    if (result.isEmpty())
        return result;

    const auto persons = preparedWith(db, uR"(SELECT ep.event_seq, ep.name, COALESCE(p.feed_id, '') FROM event_persons ep
            JOIN events e ON e.seq = ep.event_seq
            LEFT JOIN persons p ON p.conference_id = e.conference_id AND p.name = ep.name
            WHERE %1 ORDER BY ep.event_seq, ep.position)"_s.arg(whereClause),
                                      values);
    while (persons->isValid() && persons->next()) {
        // value() rather than find(): GCC's -Wnull-dereference misreads QHash iterators at -O3.
        const qsizetype index = indexBySeq.value(persons->columnInt(0), -1);
        if (index >= 0)
            result[index].persons.append(Person{persons->columnText(2), persons->columnText(1)});
    }

    const auto links = preparedWith(db, uR"(SELECT l.event_seq, l.kind = 'video', l.title, l.url FROM event_links l
            JOIN events e ON e.seq = l.event_seq
            WHERE %1 %2 ORDER BY l.event_seq, l.position)"_s.arg(whereClause, full ? QString() : u"AND l.kind = 'video'"_s),
                                    values);
    while (links->isValid() && links->next()) {
        const qsizetype index = indexBySeq.value(links->columnInt(0), -1);
        if (index < 0)
            continue;
        Event &event = result[index];
        if (links->columnInt(1) != 0)
            event.videos.append(links->columnText(3));
        else
            event.links.append(Link{links->columnText(2), links->columnText(3)});
    }
    return result;
}

QList<Event> ScheduleStore::events(const QString &conferenceId, QDate day, Detail detail) const
{
    if (day.isValid())
        return loadEvents(u"e.conference_id = ? AND e.day = ?"_s, {conferenceId, day.toString(Qt::ISODate)}, detail);
    // A whole conference along events_by_day: its rows in start order, which is the order of their
    // seqs and so of their pages. Left to itself, SQLite may take events_filters, which has the
    // conference first as well, and then reads the rows in no order: for 20,000 events, 40 MB of
    // pages read at random (schema 14 tipped its choice there).
    return loadEvents(u"e.conference_id = ?"_s, {conferenceId}, detail, Access::ByDay);
}

QList<Event> ScheduleStore::eventsByIds(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    // One statement for the whole list: the ids travel as one bound JSON array.
    return loadEvents(u"e.id IN (SELECT value FROM json_each(?))"_s, {Sql::jsonArray(ids)});
}

std::optional<Event> ScheduleStore::event(const QString &eventId) const
{
    const QList<Event> found = loadEvents(u"e.id = ?"_s, {eventId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Event> ScheduleStore::eventsOfSpeaker(const QString &name) const
{
    if (name.isEmpty())
        return {};
    return loadEvents(u"e.seq IN (SELECT event_seq FROM event_persons WHERE name = ?)"_s, {name});
}

namespace
{
/** The speakers' details (with their links) of the persons rows `whereClause` picks, newest conference first. */
QList<SpeakerDetailsAt> readSpeakerDetails(const QSqlDatabase &db, const QString &whereClause, const QString &value)
{
    QList<SpeakerDetailsAt> result;
    QSqlQuery persons(db);
    persons.setForwardOnly(true);
    if (!Sql::exec(persons, uR"(SELECT p.conference_id, p.name, p.biography, p.tagline, p.picture_url
            FROM persons p JOIN conferences c ON c.id = p.conference_id
            WHERE %1 AND (p.biography <> '' OR p.tagline <> '' OR p.picture_url <> ''
              OR EXISTS (SELECT 1 FROM person_links l WHERE l.conference_id = p.conference_id AND l.person_name = p.name))
            ORDER BY c.start_date DESC, c.title, p.name)"_s.arg(whereClause),
                   {value}, nullptr))
        return result;
    QHash<std::pair<QString, QString>, qsizetype> indexByKey;
    while (persons.next()) {
        SpeakerDetailsAt found;
        found.conferenceId = persons.value(0).toString();
        found.details = {
            persons.value(1).toString(), persons.value(2).toString(), persons.value(3).toString(), persons.value(4).toString(), {}};
        indexByKey.insert({found.conferenceId, found.details.name}, result.size());
        result.append(std::move(found));
    }
    if (result.isEmpty())
        return result;
    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!Sql::exec(links, uR"(SELECT l.conference_id, l.person_name, l.title, l.url FROM person_links l
            JOIN persons p ON p.conference_id = l.conference_id AND p.name = l.person_name
            WHERE %1 ORDER BY l.conference_id, l.person_name, l.position)"_s.arg(whereClause),
                   {value}, nullptr))
        return result;
    while (links.next()) {
        const qsizetype index = indexByKey.value({links.value(0).toString(), links.value(1).toString()}, -1);
        if (index >= 0)
            result[index].details.links.append(Link{links.value(2).toString(), links.value(3).toString()});
    }
    return result;
}
} // namespace

QHash<QString, PersonDetails> ScheduleStore::speakerDetails(const QString &conferenceId) const
{
    QHash<QString, PersonDetails> result;
    for (SpeakerDetailsAt &found : readSpeakerDetails(m_database.connection(), u"p.conference_id = ?"_s, conferenceId))
        result.emplace(found.details.name, std::move(found.details));
    return result;
}

QList<SpeakerDetailsAt> ScheduleStore::speakerDetailsOf(const QString &name) const
{
    if (name.isEmpty())
        return {};
    return readSpeakerDetails(m_database.connection(), u"p.name = ?"_s, name);
}

QHash<QString, QDateTime> ScheduleStore::cancelledEvents(const QString &conferenceId) const
{
    QHash<QString, QDateTime> result;
    QSqlQuery query(m_database.connection());
    const bool ok = conferenceId.isEmpty()
        ? Sql::exec(query, u"SELECT id, cancelled_at FROM events WHERE cancelled_at IS NOT NULL"_s, {}, nullptr)
        : Sql::exec(query, u"SELECT id, cancelled_at FROM events WHERE cancelled_at IS NOT NULL AND conference_id = ?"_s, {conferenceId},
                    nullptr);
    if (!ok)
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), fromEpoch(query.value(1)));
    return result;
}

QList<EventChange> ScheduleStore::lastChanges(const QString &conferenceId) const
{
    QList<EventChange> result;
    QSqlQuery query(m_database.connection());
    const QString sql = u"SELECT event_id, title, kind, before, after FROM schedule_changes %1 ORDER BY applied_at, title, kind"_s;
    const bool ok = conferenceId.isEmpty() ? Sql::exec(query, sql.arg(QString()), {}, nullptr)
                                           : Sql::exec(query, sql.arg(u"WHERE conference_id = ?"_s), {conferenceId}, nullptr);
    if (!ok)
        return result;
    while (query.next()) {
        const auto kind = EventChange::kindFromName(query.value(2).toString());
        if (!kind)
            continue;
        result.append({query.value(0).toString(), query.value(1).toString(), *kind, query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

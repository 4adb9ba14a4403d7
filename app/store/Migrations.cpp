#include "Migrations.h"

#include "CalendarSyncStore.h"
#include "FriendStore.h"
#include "SearchIndex.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace
{

/** Version 1: the whole initial schema. Later versions append steps; never edit a shipped step. */
const QStringList &schemaVersion1()
{
    static const QStringList statements = {
        // ---- feed data: replaced as a whole per conference on every import or sync ----
        uR"(CREATE TABLE conferences (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            acronym TEXT NOT NULL DEFAULT '',
            subtitle TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            day_change TEXT NOT NULL DEFAULT '',
            feed_format TEXT NOT NULL DEFAULT '',
            feed_sha1 TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            imported_at INTEGER NOT NULL,
            changed_at INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE days (
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_utc INTEGER,
            end_utc INTEGER,
            PRIMARY KEY (conference_id, date)) WITHOUT ROWID)"_s,
        // Key columns first: SQLite 3.40 (Debian 12) reports false "NULL value in rooms.position"
        // from integrity_check/quick_check when a WITHOUT ROWID table ends in a key column after
        // a non-key one, and Lanyard trusts those checks to tell a broken file.
        uR"(CREATE TABLE rooms (
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (conference_id, name)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE tracks (
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (conference_id, name)) WITHOUT ROWID)"_s,
        // seq is the integer key full-text search and fast joins use; id is the stable public id.
        uR"(CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            guid TEXT NOT NULL DEFAULT '',
            feed_id TEXT NOT NULL DEFAULT '',
            slug TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            day TEXT NOT NULL,
            room TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            abstract TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            cancelled_at INTEGER,
            CHECK (end_utc >= start_utc)))"_s,
        u"CREATE INDEX events_by_day ON events(conference_id, day, start_utc)"_s,
        u"CREATE INDEX events_by_start ON events(start_utc)"_s,
        uR"(CREATE TABLE persons (
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            feed_id TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (conference_id, name)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE event_persons (
            event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (event_seq, position)) WITHOUT ROWID)"_s,
        u"CREATE INDEX event_persons_by_name ON event_persons(name)"_s,
        uR"(CREATE TABLE event_links (
            event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'video')),
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            PRIMARY KEY (event_seq, position)) WITHOUT ROWID)"_s,
        // The changes the last applied update made (all of them; views filter by bookmarks).
        uR"(CREATE TABLE schedule_changes (
            conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            applied_at INTEGER NOT NULL,
            PRIMARY KEY (conference_id, event_id, kind)) WITHOUT ROWID)"_s,
        // Feed-side places catalogue (the bundled Hobart places); user-made places are user data.
        uR"(CREATE TABLE places (
            conference_id TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            locality TEXT NOT NULL DEFAULT '',
            lat REAL,
            lon REAL,
            elevation_m REAL,
            precision TEXT NOT NULL DEFAULT '',
            is_venue INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (conference_id, id)) WITHOUT ROWID)"_s,

        // ---- user data: keyed by stable ids, never cascaded from feed data ----
        uR"(CREATE TABLE user_events (
            event_id TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 2),
            bookmarked_at INTEGER,
            note TEXT NOT NULL DEFAULT '',
            rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
            watched_at INTEGER,
            seen_at INTEGER,
            dismissed_at INTEGER,
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
        u"CREATE INDEX user_events_by_conference ON user_events(conference_id)"_s,
        // Events the last updates added or changed, until the user has seen them.
        uR"(CREATE TABLE event_marks (
            event_id TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('new', 'changed')),
            marked_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE user_places (
            id TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            lat REAL,
            lon REAL,
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE trips (
            id TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            title TEXT NOT NULL,
            place_id TEXT NOT NULL DEFAULT '',
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            CHECK (end_utc > start_utc)) WITHOUT ROWID)"_s,
        u"CREATE INDEX trips_by_conference ON trips(conference_id, start_utc)"_s,
        uR"(CREATE TABLE hidden_items (
            conference_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('track', 'room', 'language', 'type')),
            value TEXT NOT NULL,
            PRIMARY KEY (conference_id, kind, value)) WITHOUT ROWID)"_s,
        // Where a conference comes from online. Keyed by its own id so that the URL can change
        // while the conference and everything the user made for it stay.
        uR"(CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            conference_id TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT '',
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            last_success_at INTEGER,
            last_attempt_at INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL))"_s,
        // Small facts about this database itself (e.g. whether the bundled programme was loaded).
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
    };
    return statements;
}

/**
 * Version 2: full-text search over events (as it first shipped; version 7 replaces it); an index
 * of cancelled events.
 */
const QStringList &schemaVersion2()
{
    static const QStringList statements = {
        // The index as it first shipped, keeping its own copy of the text; version 7 replaces it
        // (and fills it, so that this step no longer needs to).
        uR"(CREATE VIRTUAL TABLE event_search USING fts5(
            title, subtitle, speakers, abstract, room, track, note, pairs,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'))"_s,
        uR"(CREATE TRIGGER event_search_on_event_delete AFTER DELETE ON events BEGIN
            DELETE FROM event_search WHERE rowid = OLD.seq;
            END)"_s,
        uR"(CREATE TRIGGER event_search_on_note_insert AFTER INSERT ON user_events WHEN NEW.note <> '' BEGIN
            UPDATE event_search SET note = NEW.note WHERE rowid = (SELECT seq FROM events WHERE id = NEW.event_id);
            END)"_s,
        uR"(CREATE TRIGGER event_search_on_note_update AFTER UPDATE OF note ON user_events
            WHEN OLD.note IS NOT NEW.note BEGIN
            UPDATE event_search SET note = NEW.note WHERE rowid = (SELECT seq FROM events WHERE id = NEW.event_id);
            END)"_s,
        uR"(CREATE TRIGGER event_search_on_note_delete AFTER DELETE ON user_events WHEN OLD.note <> '' BEGIN
            UPDATE event_search SET note = '' WHERE rowid = (SELECT seq FROM events WHERE id = OLD.event_id);
            END)"_s,
        // Every day list asks which events are cancelled: without this, each time a scan of the
        // conference's rows, abstracts and all (30 MB for 20,000 events).
        u"CREATE INDEX events_cancelled ON events(conference_id) WHERE cancelled_at IS NOT NULL"_s,
    };
    return statements;
}

/**
 * Version 3: user data written field by field. Each field of an event's user data and each trip
 * as a whole keeps its own change time (milliseconds since the epoch), so that writers in other
 * processes and other devices merge field by field, the later change winning. `revision` grows
 * with every write (the highest in the table plus one), so a window finds what other processes
 * wrote since it last looked by reading only the rows above the revision it has seen.
 */
const QStringList &schemaVersion3()
{
    static const QStringList statements = {
        u"ALTER TABLE user_events ADD COLUMN priority_changed_ms INTEGER"_s,
        u"ALTER TABLE user_events ADD COLUMN note_changed_ms INTEGER"_s,
        u"ALTER TABLE user_events ADD COLUMN rating_changed_ms INTEGER"_s,
        u"ALTER TABLE user_events ADD COLUMN watched_changed_ms INTEGER"_s,
        u"ALTER TABLE user_events ADD COLUMN dismissed_changed_ms INTEGER"_s,
        u"ALTER TABLE user_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
        // What the rows held so far was last changed when the row was.
        uR"(UPDATE user_events SET
            priority_changed_ms = CASE WHEN priority != 0 THEN updated_at * 1000 END,
            note_changed_ms = CASE WHEN note != '' THEN updated_at * 1000 END,
            rating_changed_ms = CASE WHEN rating IS NOT NULL THEN updated_at * 1000 END,
            watched_changed_ms = CASE WHEN watched_at IS NOT NULL THEN updated_at * 1000 END,
            dismissed_changed_ms = CASE WHEN dismissed_at IS NOT NULL THEN updated_at * 1000 END,
            revision = 1)"_s,
        u"CREATE INDEX user_events_by_revision ON user_events(revision)"_s,
        u"ALTER TABLE trips ADD COLUMN changed_ms INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE trips ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
        u"UPDATE trips SET changed_ms = updated_at * 1000, revision = 1"_s,
    };
    return statements;
}

/**
 * Version 4: what feeds say about recording (NULL: nothing; 0: opted out; 1: will be recorded),
 * Sessionize's service sessions (breaks, registration) and plenum sessions, and the web page a
 * subscription's feed was found from.
 */
const QStringList &schemaVersion4()
{
    static const QStringList statements = {
        u"ALTER TABLE events ADD COLUMN recorded INTEGER CHECK (recorded IS NULL OR recorded IN (0, 1))"_s,
        u"ALTER TABLE events ADD COLUMN service_session INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE events ADD COLUMN plenum INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE subscriptions ADD COLUMN website TEXT NOT NULL DEFAULT ''"_s,
    };
    return statements;
}

/** Version 5: the calendar sync's state (CalendarSyncStore.h). */
const QStringList &schemaVersion5()
{
    return CalendarSyncStore::schemaStatements();
}

/** Version 6: friends whose calendars the user plans with (FriendStore.h). */
const QStringList &schemaVersion6()
{
    return FriendStore::schemaStatements();
}

/**
 * Version 7: the search index keeps no copy of the text (SearchIndex.h): it reads it from
 * `events`, which gains the speakers and word pairs it indexes, and each event's content hash,
 * by which a re-import writes only the events that changed (NULL: not known yet, so rewritten
 * once); an index for the lists of types and languages. (The pairs column is left empty: version
 * 14 drops it, and the steps after this one make the index again.)
 */
const QStringList &schemaVersion7()
{
    static const QStringList statements =
        SearchIndex::dropStatements()
        + QStringList{
            u"ALTER TABLE events ADD COLUMN speakers TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE events ADD COLUMN pairs TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE events ADD COLUMN content_hash INTEGER"_s,
            uR"(UPDATE events SET speakers = COALESCE((SELECT group_concat(name, ', ') FROM
            (SELECT name FROM event_persons WHERE event_seq = events.seq ORDER BY position)), ''))"_s,
            // The filters' lists of types and languages, read at every start: without it, each a
            // scan of the conference's rows, abstracts and all. One index for both (two cost an
            // import of 20,000 events 7% more CPU).
            u"CREATE INDEX events_filters ON events(conference_id, type, language)"_s,
        }
        + SearchIndex::schemaStatements();
    return statements;
}

/**
 * Version 8: what feeds say about their speakers (PersonDetails): a biography, a tagline and the
 * address of a picture (kept, never fetched) on each person, and their links. The subscriptions
 * forget their HTTP validators, so that the next sync fetches each feed whole and reads the
 * details an unchanged feed would otherwise never be read again for.
 */
const QStringList &schemaVersion8()
{
    static const QStringList statements = {
        u"ALTER TABLE persons ADD COLUMN biography TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE persons ADD COLUMN tagline TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE persons ADD COLUMN picture_url TEXT NOT NULL DEFAULT ''"_s,
        // Key columns first (see rooms above).
        uR"(CREATE TABLE person_links (
            conference_id TEXT NOT NULL,
            person_name TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            PRIMARY KEY (conference_id, person_name, position),
            FOREIGN KEY (conference_id, person_name) REFERENCES persons(conference_id, name) ON DELETE CASCADE)
            WITHOUT ROWID)"_s,
        u"UPDATE subscriptions SET etag = '', last_modified = ''"_s,
    };
    return statements;
}

/**
 * Version 9: the filters' index also holds track and room. Whether any event lacks a track or a
 * room (the filter's "none" option) is asked at every start: without them in an index, each was a
 * scan of the conference's rows, abstracts and all (two of them, 50-100 ms on 20,000 events).
 */
const QStringList &schemaVersion9()
{
    static const QStringList statements = {
        u"DROP INDEX events_filters"_s,
        u"CREATE INDEX events_filters ON events(conference_id, type, language, track, room)"_s,
    };
    return statements;
}

/**
 * Version 10: the search index gathers up to SearchIndex::kBuildMemoryBytes of terms in memory
 * before it writes a segment (8 MiB then, 4 MiB since version 12; FTS5's default is 1 MiB). An import indexes its whole batch in one
 * statement; with 1 MiB, the 20,000-event programme's index was written as dozens of small segments that FTS5 then merged again and again,
 * a third of the index's CPU. Small writes (a note) never reach the limit.
 */
const QStringList &schemaVersion10()
{
    static const QStringList statements = {
        u"INSERT INTO event_search (event_search, rank) VALUES ('hashsize', %1)"_s.arg(SearchIndex::kBuildMemoryBytes),
    };
    return statements;
}

/**
 * The statements of a step that makes the search index, its view and its triggers again (filled by
 * the step's SearchIndex::rebuild), with `alsoDropped` run after the view is gone.
 */
QStringList indexMadeAgain(const QStringList &alsoDropped = {})
{
    return SearchIndex::dropStatements() + QStringList{u"DROP VIEW event_search_text"_s} + alsoDropped + SearchIndex::schemaStatements()
        + schemaVersion10();
}

/**
 * Version 11: the search index records in which columns a word occurs, not where in them
 * (detail=column), and keeps a prefix index for one letter only, not two (see SearchIndex.cpp):
 * a third of the size, and a first import of 20,000 events 16% less CPU. An index cannot change
 * that in place: it is made again and filled from the events (0.5 s for 20,000 events, once).
 * And the speakers' events are no longer indexed by name: an import wrote 40,000 entries in name
 * order for 20,000 events (5% of its CPU), for the one question that needs them, a speaker page's
 * events, which reads the 40,000 rows in 2 ms without it.
 */
const QStringList &schemaVersion11()
{
    static const QStringList statements = indexMadeAgain({u"DROP INDEX IF EXISTS event_persons_by_name"_s});
    return statements;
}

/**
 * Version 12: the search index's build memory goes from 8 to 4 MiB (SearchIndex::kBuildMemoryBytes):
 * at a 20,000-event import's peak, 8 MiB took 4 MiB more of the process (6 MiB more of the heap)
 * for 0.3% fewer instructions. And a conference no longer keeps its feed's SHA-1, which nothing
 * ever read: it was 8% of the instructions of importing the 36C3 feed.
 */
const QStringList &schemaVersion12()
{
    return schemaVersion10();
}

/**
 * Version 13: the search index finds a word being typed by its initial through a term of its own,
 * written once for each initial in a column of a row (InitialsTokenizer), instead of FTS5's
 * one-letter prefix index, which wrote a second entry for every word. The index is made again and
 * filled from the events (once; a search finds and ranks as before).
 */
const QStringList &schemaVersion13()
{
    static const QStringList statements = indexMadeAgain();
    return statements;
}

/**
 * Version 14: a title's and a subtitle's adjacent words run together ("stackover" finds "Stack
 * Overflow") are made by the index's tokenizer from the words it indexes, as terms beside them in
 * those columns, no longer kept as text in events.pairs and indexed as a column of their own. The
 * 36C3 import wrote 87 KB less and indexed 14,000 fewer words (3% of its CPU); a pair now counts as
 * a match in the title (or subtitle) it comes from. The index is made again and filled from the events.
 * And events_by_start goes: no statement asks for events by start time alone (a day's list goes
 * along events_by_day), and each imported event wrote an entry to it (4% of the 36C3 import).
 */
const QStringList &schemaVersion14()
{
    static const QStringList statements = indexMadeAgain({u"DROP INDEX IF EXISTS events_by_start"_s});
    return statements;
}

/** Whether `table` has a column `column`. */
std::optional<bool> hasColumn(const QSqlDatabase &db, const QString &table, const QString &column, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.prepare(u"SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"_s) || !Sql::run(query, {table, column}, errorMessage)
        || !query.next()) {
        if (errorMessage && errorMessage->isEmpty())
            *errorMessage = Sql::describeError(query, u"cannot read the columns of %1"_s.arg(table));
        return std::nullopt;
    }
    return query.value(0).toInt() > 0;
}

/** Drops events.pairs where it is (SQLite has no DROP COLUMN IF EXISTS), then fills the new index. */
bool dropPairsAndIndex(const QSqlDatabase &db, QString *errorMessage)
{
    const std::optional<bool> hasPairs = hasColumn(db, u"events"_s, u"pairs"_s, errorMessage);
    if (!hasPairs || (*hasPairs && !Sql::exec(db, u"ALTER TABLE events DROP COLUMN pairs"_s, {}, errorMessage)))
        return false;
    return SearchIndex::rebuild(db, errorMessage);
}

/** Drops the unread column where it is (SQLite has no DROP COLUMN IF EXISTS). */
bool dropFeedDigest(const QSqlDatabase &db, QString *errorMessage)
{
    const std::optional<bool> hasDigest = hasColumn(db, u"conferences"_s, u"feed_sha1"_s, errorMessage);
    return hasDigest && (!*hasDigest || Sql::exec(db, u"ALTER TABLE conferences DROP COLUMN feed_sha1"_s, {}, errorMessage));
}

struct Step
{
    int version;
    const QStringList &(*statements)();
    /** Runs after the statements, in the same transaction (data a statement cannot derive). */
    bool (*fill)(const QSqlDatabase &db, QString *errorMessage) = nullptr;
};

const Step kSteps[] = {
    {1, &schemaVersion1},
    {2, &schemaVersion2},
    {3, &schemaVersion3},
    {4, &schemaVersion4},
    {5, &schemaVersion5},
    {6, &schemaVersion6},
    {7, &schemaVersion7, &SearchIndex::rebuild},
    {8, &schemaVersion8},
    {9, &schemaVersion9},
    {10, &schemaVersion10},
    {11, &schemaVersion11, &SearchIndex::rebuild},
    {12, &schemaVersion12, &dropFeedDigest},
    {13, &schemaVersion13, &SearchIndex::rebuild},
    {14, &schemaVersion14, &dropPairsAndIndex},
};

} // namespace

namespace Migrations
{

int latestVersion()
{
    return std::end(kSteps)[-1].version;
}

int versionOf(const QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (errorMessage)
            *errorMessage = Sql::describeError(query, u"%1 is not a readable SQLite database"_s.arg(db.databaseName()));
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, QString *errorMessage)
{
    const int version = versionOf(db, errorMessage);
    if (version < 0)
        return false;
    if (version > latestVersion()) {
        if (errorMessage)
            *errorMessage = u"%1 was written by a newer Lanyard (schema %2; this version knows up to %3)"_s.arg(db.databaseName())
                                .arg(version)
                                .arg(latestVersion());
        return false;
    }
    for (const Step &step : kSteps) {
        if (step.version <= version)
            continue;
        Sql::Transaction transaction(db);
        if (!transaction.isActive()) {
            if (errorMessage)
                *errorMessage = transaction.errorMessage();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : step.statements()) {
            if (!query.exec(statement)) {
                if (errorMessage)
                    *errorMessage = Sql::describeError(query, u"schema step %1 failed"_s.arg(step.version));
                return false;
            }
        }
        if (step.fill && !step.fill(db, errorMessage))
            return false;
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step.version)) || !transaction.commit()) {
            if (errorMessage)
                *errorMessage = u"cannot record schema version %1 in %2"_s.arg(step.version).arg(db.databaseName());
            return false;
        }
    }
    return true;
}

} // namespace Migrations

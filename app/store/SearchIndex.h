#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

struct Event;

/**
 * The full-text index of events: an FTS5 table `event_search` whose rowid is events.seq, with
 * the columns title, subtitle, speakers, abstract, room, track, note (the user's own) and pairs
 * (adjacent title words run together, so "stackover" finds "Stack Overflow"), tokenized by
 * unicode61 with remove_diacritics 2 ("zoe" finds "Zoë").
 *
 * Who keeps it right, always inside the writer's own transaction:
 * - ScheduleStore::apply inserts each new event's row explicitly (the speakers are written after
 *   the event row, so a trigger on events could not see them, and one prepared insert per event
 *   is the fast path);
 * - a trigger on events deletes the row of every deleted event (a re-import, a removed
 *   conference through its cascade, anything later);
 * - triggers on user_events copy the note on every insert, change and delete, so every writer
 *   of notes (UserDataStore, a restore) keeps the index right without knowing of it.
 */
namespace SearchIndex
{
/** Column order of event_search (bm25 weights are given in this order). */
enum Column { Title, Subtitle, Speakers, Abstract, Room, Track, Note, Pairs, ColumnCount };

/** The migration step's statements: the table and the triggers. */
QStringList schemaStatements();
/** Refills the whole index from the tables (the migration; a repair). */
bool rebuild(const QSqlDatabase &db, QString *errorMessage);

/** Inserts index rows for newly written events, with the note the user already has for each. */
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    bool isValid() const { return m_valid; }
    bool insert(qint64 seq, const Event &event, QString *errorMessage);

private:
    QSqlQuery m_insert;
    bool m_valid = false;
};
} // namespace SearchIndex

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct Event;

/**
 * The full-text index of events: an FTS5 table `event_search` whose rowid is events.seq, with
 * the columns title, subtitle, speakers, abstract, room, track and note (the user's own),
 * tokenized by unicode61 with remove_diacritics 2 ("zoe" finds "Zoë"), with a term for each
 * initial beside the words (InitialsTokenizer, for a word of one letter being typed), and in the
 * title and subtitle a term for each two adjacent words run together beside the second (so
 * "stackover" finds "Stack Overflow"; the view gives those two columns with the tokenizer's
 * pairs marker in front). It records in which columns a word
 * occurs, not where (detail=column): FTS5 then refuses phrase and NEAR queries, which a search
 * never makes, since each word it quotes is split out of what was typed by this same tokenizer
 * (IndexTerms).
 *
 * The index keeps no text of its own (external content): its columns are read from the view
 * `event_search_text`, which takes them from `events` (whose `speakers` column holds what the
 * import computes) and the note from `user_events`. An external index must be told
 * the exact old text of every row it forgets. Who keeps it right, always inside the writer's own
 * transaction:
 * - the import (ProgrammeUpdate) forgets the rows it is about to rewrite and indexes the rows it
 *   wrote, each in one statement (forget(), index()): FTS5 then builds the whole batch in memory,
 *   where a trigger per row would make it write a segment per row;
 * - a trigger on events forgets every deleted row with its old text (a re-import's deletes, a
 *   removed conference through its cascade, anything later);
 * - triggers on user_events re-index the event's row on every insert, change and delete of a
 *   note, so every writer of notes (UserDataStore, a restore) keeps the index right.
 */
namespace SearchIndex
{
/** Column order of event_search (bm25 weights are given in this order). */
enum Column { Title, Subtitle, Speakers, Abstract, Room, Track, Note, ColumnCount };

/**
 * The tokenizer that splits the index's words, and its arguments: a query's words are split by
 * them (IndexTerms), and the index's own tokenizer (InitialsTokenizer) passes them on.
 */
inline constexpr char kTokenizer[] = "unicode61";
inline constexpr const char *kTokenizerArguments[] = {"remove_diacritics", "2"};

/**
 * How much of a batch FTS5 gathers in memory before it writes a segment (its 'hashsize'). 8 MiB
 * took 4 MiB more at a 20,000-event import's peak than 4 MiB, for 0.3% fewer instructions; 2 MiB
 * took 9% more instructions than 4 MiB.
 */
constexpr int kBuildMemoryBytes = 4 * 1024 * 1024;

/** The migration step's statements: the view, the table and the triggers. */
QStringList schemaStatements();
/** The statements that drop the table and its triggers (not the view), for a step that makes the index again. */
QStringList dropStatements();
/** Refills the whole index from the tables (the migration; a repair). */
bool rebuild(const QSqlDatabase &db, QString *errorMessage);

/** Forgets the index rows of these events (by seq) with their text as stored now. */
bool forget(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage);
/** Indexes these events (by seq) as stored now. */
bool index(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage);

/** What events.speakers holds: the speakers' names as the index and the search results show them. */
QString speakersText(const Event &event);
} // namespace SearchIndex

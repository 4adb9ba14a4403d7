#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;

/**
 * The search index's tokenizer: FTS5's unicode61, whose words it passes on unchanged, and beside
 * each word the first time its initial occurs in a column of a row, a term of its own for that
 * initial (the initial after a marker byte, at the word's position: FTS5_TOKEN_COLOCATED).
 *
 * It stands in for FTS5's prefix index of one letter (prefix = '1'), which a keystroke needs:
 * the first letter of a word matches the most terms, and without an index FTS5 merges all of
 * their lists (p99 12.6 against 4.3 ms a keystroke on 20,000 events). That index writes a second
 * entry for every word; this writes one for each initial a column of a row has: for the 36C3
 * programme 44,744 instead of 190,751 (6% fewer instructions in its import's index). The index records
 * columns, not positions (detail = column), so an initial's term finds exactly the rows (and
 * columns) the one-letter prefix found, and a colocated term does not count towards a column's
 * length. bm25 now counts a column with words of that initial once: the prefix counted each
 * distinct word, so that for "machine l" an abstract with many words starting with l ranked
 * higher, whatever it said about machines.
 *
 * A query's text that starts with the marker byte is that term as it is (termForInitial()); any
 * other text is split by unicode61 as it always was. The marker is a control character, which
 * unicode61 never keeps in a word, so no word of a document can be taken for an initial's term.
 *
 * A column value that starts with kPairsMarker (the index gives its title and subtitle so, see
 * SearchIndex.h) also has each two adjacent words run together as one term, colocated with the
 * second ("stackoverflow" beside "overflow"): "stackover" typed finds "Stack Overflow". They are
 * made of the words as unicode61 folds them, the words a query is split into, and like the initials
 * they do not count towards the column's length.
 */
namespace InitialsTokenizer
{
/** The name the index's tokenize option gives (after it, unicode61's own arguments). */
inline constexpr char kName[] = "lanyard_initials";

/** Starts a column value whose adjacent words are also indexed run together (a control character: no word). */
inline constexpr char kPairsMarker = '\x02';

/** Makes the tokenizer known on `db` (SQLITE_OK, or SQLite's error code). */
int registerOn(sqlite3 *db);

/** Makes it known on every connection SQLite opens in this process from now on (once). */
bool registerOnEveryConnection();

/** The index term for the words whose first character (as the index folds it) is `initial`. */
QString termForInitial(QStringView initial);

/** Whether `term` (one term as the index folds it) is one character: a word being typed whose initial term finds it. */
bool isInitial(QStringView term);
} // namespace InitialsTokenizer

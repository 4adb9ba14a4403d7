#include "SearchIndex.h"

#include "InitialsTokenizer.h"
#include "SqlHelpers.h"
#include "SqliteStatement.h"
#include "core/Event.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The index's columns, in order, as the statements below name them. */
const QString kColumns = u"title, subtitle, speakers, abstract, room, track, note"_s;

/**
 * SELECT list of an event row's indexed text from `events` (as `alias`) with `note` for the note.
 * The title and subtitle start with the tokenizer's pairs marker: their adjacent words are also
 * indexed run together (InitialsTokenizer). Every writer of the index (the view the import and a
 * rebuild read, the triggers that forget a row) gives the text so, or a row could not be forgotten.
 */
QString rowText(const QString &alias, const QString &note)
{
    const QString paired = u"char(%1) || "_s.arg(int(InitialsTokenizer::kPairsMarker));
    return u"%3%1.title, %3%1.subtitle, %1.speakers, %1.abstract, %1.room, %1.track, %2"_s.arg(alias, note, paired);
}

/** The tokenize option of the index: the tokenizer and its arguments. */
QString tokenizeOption()
{
    QStringList words{QString::fromLatin1(InitialsTokenizer::kName)};
    for (const char *argument : SearchIndex::kTokenizerArguments)
        words.append(QString::fromLatin1(argument));
    return words.join(u' ');
}

/** Forgets (`'delete'`) or indexes an event's row, found by `where` in `events`, with `note`. */
QString reindexEvent(const QString &where, const QString &oldNote, const QString &newNote)
{
    return uR"(INSERT INTO event_search (event_search, rowid, %1) SELECT 'delete', e.seq, %2 FROM events e WHERE %4;
            INSERT INTO event_search (rowid, %1) SELECT e.seq, %3 FROM events e WHERE %4;)"_s.arg(kColumns, rowText(u"e"_s, oldNote),
                                                                                                  rowText(u"e"_s, newNote), where);
}
} // namespace

namespace SearchIndex
{

QString speakersText(const Event &event)
{
    return event.speakerNames().join(u", "_s);
}

QStringList schemaStatements()
{
    const QString noteOf = u"COALESCE((SELECT note FROM user_events WHERE event_id = %1.id), '')"_s;
    return {
        uR"(CREATE VIEW event_search_text (seq, %1) AS
            SELECT e.seq, %2 FROM events e LEFT JOIN user_events u ON u.event_id = e.id)"_s.arg(kColumns,
                                                                                                rowText(u"e"_s, u"COALESCE(u.note, '')"_s)),
        // The first keystroke of a word ("k") matches the most terms: the tokenizer writes a term
        // for each initial of a column (InitialsTokenizer), where FTS5's one-letter prefix index
        // wrote an entry for every word. From two letters on, a prefix matches few enough terms
        // (776 for "co" among the 28,660 of the generated 20,000-event programme) that FTS5
        // merges their lists faster than an index costs: a two-letter index was 8% of a first
        // import, and typing was no faster with it (99th percentile 4.2 against 4.3-4.7 ms a
        // keystroke; a three-letter one had cost 0.3 s more per 20,000 events).
        // detail = column: the index says in which columns of a row a word is, not where in them.
        // A search asks nothing more (its words are single terms, never phrases or NEAR: see
        // IndexTerms), and the index is half the size: a first import of 20,000 events took 8%
        // less CPU, and a search ranks as before (the same 200 hits in the same order for six
        // queries on FOSDEM 2026).
        uR"(CREATE VIRTUAL TABLE event_search USING fts5(%1,
            content = 'event_search_text', content_rowid = 'seq',
            tokenize = '%2', detail = column))"_s.arg(kColumns, tokenizeOption()),
        uR"(CREATE TRIGGER event_search_on_event_delete AFTER DELETE ON events BEGIN
            INSERT INTO event_search (event_search, rowid, %1) VALUES ('delete', OLD.seq, %2);
            END)"_s.arg(kColumns, rowText(u"OLD"_s, noteOf.arg(u"OLD"_s))),
        uR"(CREATE TRIGGER event_search_on_note_insert AFTER INSERT ON user_events WHEN NEW.note <> '' BEGIN
            %1
            END)"_s.arg(reindexEvent(u"e.id = NEW.event_id"_s, u"''"_s, u"NEW.note"_s)),
        uR"(CREATE TRIGGER event_search_on_note_update AFTER UPDATE OF note ON user_events
            WHEN OLD.note IS NOT NEW.note BEGIN
            %1
            END)"_s.arg(reindexEvent(u"e.id = NEW.event_id"_s, u"OLD.note"_s, u"NEW.note"_s)),
        uR"(CREATE TRIGGER event_search_on_note_delete AFTER DELETE ON user_events WHEN OLD.note <> '' BEGIN
            %1
            END)"_s.arg(reindexEvent(u"e.id = OLD.event_id"_s, u"OLD.note"_s, u"''"_s)),
    };
}

QStringList dropStatements()
{
    return {
        u"DROP TRIGGER event_search_on_event_delete"_s,
        u"DROP TRIGGER event_search_on_note_insert"_s,
        u"DROP TRIGGER event_search_on_note_update"_s,
        u"DROP TRIGGER event_search_on_note_delete"_s,
        u"DROP TABLE event_search"_s,
    };
}

namespace
{
bool writeRows(const QSqlDatabase &db, const char *sql, const QList<qint64> &seqs, QString *errorMessage)
{
    if (seqs.isEmpty())
        return true;
    QByteArray list = "[";
    for (const qint64 seq : seqs)
        list += QByteArray::number(seq) + ',';
    list.back() = ']';
    SqliteStatement statement(db, sql);
    if (statement.isValid() && statement.bind(1, QString::fromLatin1(list)).run())
        return true;
    if (errorMessage)
        *errorMessage = u"search index: "_s + statement.errorMessage();
    return false;
}
} // namespace

bool forget(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage)
{
    return writeRows(db, R"(INSERT INTO event_search (event_search, rowid, title, subtitle, speakers, abstract, room, track,
            note) SELECT 'delete', seq, title, subtitle, speakers, abstract, room, track, note
            FROM event_search_text WHERE seq IN (SELECT value FROM json_each(?1)))",
                     seqs, errorMessage);
}

bool index(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage)
{
    return writeRows(db, R"(INSERT INTO event_search (rowid, title, subtitle, speakers, abstract, room, track, note)
            SELECT seq, title, subtitle, speakers, abstract, room, track, note
            FROM event_search_text WHERE seq IN (SELECT value FROM json_each(?1)))",
                     seqs, errorMessage);
}

bool rebuild(const QSqlDatabase &db, QString *errorMessage)
{
    return Sql::exec(db, u"INSERT INTO event_search (event_search) VALUES ('rebuild')"_s, {}, errorMessage);
}

} // namespace SearchIndex

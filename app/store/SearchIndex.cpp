#include "SearchIndex.h"

#include "SqlHelpers.h"
#include "core/Event.h"
#include "core/SearchText.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
QString speakersText(const Event &event)
{
    return event.speakerNames().join(u", "_s);
}

QString pairsText(const QString &title, const QString &subtitle)
{
    const QString titlePairs = SearchText::joinedPairs(title);
    const QString subtitlePairs = SearchText::joinedPairs(subtitle);
    return subtitlePairs.isEmpty() ? titlePairs : titlePairs + u' ' + subtitlePairs;
}
} // namespace

namespace SearchIndex
{

QStringList schemaStatements()
{
    return {
        // Prefix indexes for the first keystrokes of a word ("k", "ku"), which match the most
        // terms; from three letters on a prefix matches few terms and needs none. (A third
        // prefix index cost 0.3 s more CPU per 20,000 events imported, for no faster keystroke.)
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
    };
}

bool rebuild(const QSqlDatabase &db, QString *errorMessage)
{
    if (!Sql::exec(db, u"DELETE FROM event_search"_s, {}, errorMessage))
        return false;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!Sql::exec(select, uR"(SELECT e.seq, e.title, e.subtitle,
            COALESCE((SELECT group_concat(name, ', ') FROM
                (SELECT name FROM event_persons WHERE event_seq = e.seq ORDER BY position)), ''),
            e.abstract, e.room, e.track, COALESCE(u.note, '')
            FROM events e LEFT JOIN user_events u ON u.event_id = e.id)"_s,
                   {}, errorMessage))
        return false;
    QSqlQuery insert(db);
    if (!insert.prepare(uR"(INSERT INTO event_search (rowid, title, subtitle, speakers, abstract, room, track, note, pairs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s)) {
        if (errorMessage)
            *errorMessage = Sql::describeError(insert, u"cannot prepare the search index"_s);
        return false;
    }
    while (select.next()) {
        const QString title = select.value(1).toString();
        const QString subtitle = select.value(2).toString();
        if (!Sql::run(insert, {select.value(0), title, subtitle, select.value(3), select.value(4), select.value(5),
                               select.value(6), select.value(7), pairsText(title, subtitle)},
                      errorMessage))
            return false;
    }
    return true;
}

Writer::Writer(const QSqlDatabase &db)
    : m_insert(db)
{
    m_valid = m_insert.prepare(uR"(INSERT INTO event_search (rowid, title, subtitle, speakers, abstract, room, track, note, pairs)
            VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE((SELECT note FROM user_events WHERE event_id = ?), ''), ?))"_s);
}

bool Writer::insert(qint64 seq, const Event &event, QString *errorMessage)
{
    return Sql::run(m_insert,
                    {seq, event.title, event.subtitle, speakersText(event), event.abstract, event.room, event.track,
                     event.id, pairsText(event.title, event.subtitle)},
                    errorMessage);
}

} // namespace SearchIndex

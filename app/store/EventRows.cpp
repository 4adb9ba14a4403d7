#include "EventRows.h"

#include "SearchIndex.h"
#include "core/Event.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
// ?1 is the seq in both: one binder serves the insert and the update.
constexpr const char kInsertEvent[] = R"(INSERT INTO events (seq, id, conference_id, guid, feed_id, slug, title,
        subtitle, start_utc, end_utc, day, room, track, type, language, abstract, url, recorded, service_session, plenum,
        speakers, content_hash)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22))";
constexpr const char kUpdateEvent[] = R"(UPDATE events SET id = ?2, conference_id = ?3, guid = ?4, feed_id = ?5,
        slug = ?6, title = ?7, subtitle = ?8, start_utc = ?9, end_utc = ?10, day = ?11, room = ?12, track = ?13, type = ?14,
        language = ?15, abstract = ?16, url = ?17, recorded = ?18, service_session = ?19, plenum = ?20, speakers = ?21,
        content_hash = ?22, cancelled_at = NULL WHERE seq = ?1)";
} // namespace

EventRows::EventRows(const QSqlDatabase &db, QString conferenceId)
    : m_conferenceId(std::move(conferenceId))
    , m_insertEvent(db, kInsertEvent)
    , m_updateEvent(db, kUpdateEvent)
    , m_cancelEvent(db, "UPDATE events SET cancelled_at = COALESCE(cancelled_at, ?2) WHERE seq = ?1")
    , m_insertPerson(db, "INSERT INTO event_persons (event_seq, position, name) VALUES (?1, ?2, ?3)")
    , m_deletePersons(db, "DELETE FROM event_persons WHERE event_seq = ?1")
    , m_insertLink(db, "INSERT INTO event_links (event_seq, position, kind, title, url) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_deleteLinks(db, "DELETE FROM event_links WHERE event_seq = ?1")
{
    for (const SqliteStatement *statement :
         {&m_insertEvent, &m_updateEvent, &m_cancelEvent, &m_insertPerson, &m_deletePersons, &m_insertLink, &m_deleteLinks}) {
        if (!statement->isValid() && m_error.isEmpty())
            m_error = statement->errorMessage();
    }
}

bool EventRows::isValid() const
{
    return m_insertEvent.isValid() && m_updateEvent.isValid() && m_cancelEvent.isValid() && m_insertPerson.isValid()
        && m_deletePersons.isValid() && m_insertLink.isValid() && m_deleteLinks.isValid();
}

bool EventRows::check(const SqliteStatement &statement, bool ok)
{
    if (!ok)
        m_error = statement.errorMessage();
    return ok;
}

void EventRows::bindEvent(SqliteStatement &statement, qint64 seq, const Event &event, qint64 contentHash)
{
    statement.bind(1, seq)
        .bind(2, event.id)
        .bind(3, m_conferenceId)
        .bind(4, event.guid)
        .bind(5, event.feedId)
        .bind(6, event.slug)
        .bind(7, event.title)
        .bind(8, event.subtitle)
        .bind(9, event.start.toSecsSinceEpoch())
        .bind(10, event.end.toSecsSinceEpoch())
        .bind(11, event.day)
        .bind(12, event.room)
        .bind(13, event.track)
        .bind(14, event.type)
        .bind(15, event.language)
        .bindUtf8(16, event.abstract)
        .bind(17, event.url);
    if (event.recorded.has_value())
        statement.bind(18, qint64(*event.recorded));
    else
        statement.bindNull(18);
    statement.bind(19, qint64(event.serviceSession))
        .bind(20, qint64(event.plenum))
        .bind(21, SearchIndex::speakersText(event))
        .bind(22, contentHash);
}

bool EventRows::writeDetails(qint64 seq, const Event &event)
{
    qint64 position = 0;
    for (const Person &person : event.persons) {
        if (!check(m_insertPerson, m_insertPerson.bind(1, seq).bind(2, position++).bind(3, person.name).run()))
            return false;
    }
    position = 0;
    for (const Link &link : event.links) {
        m_insertLink.bind(1, seq).bind(2, position++).bind(3, u"link"_s).bind(4, link.title).bind(5, link.url);
        if (!check(m_insertLink, m_insertLink.run()))
            return false;
    }
    for (const QString &video : event.videos) {
        m_insertLink.bind(1, seq).bind(2, position++).bind(3, u"video"_s).bind(4, QString()).bind(5, video);
        if (!check(m_insertLink, m_insertLink.run()))
            return false;
    }
    return true;
}

bool EventRows::insert(qint64 seq, const Event &event, qint64 contentHash)
{
    bindEvent(m_insertEvent, seq, event, contentHash);
    return check(m_insertEvent, m_insertEvent.run()) && writeDetails(seq, event);
}

bool EventRows::update(qint64 seq, const Event &event, qint64 contentHash)
{
    bindEvent(m_updateEvent, seq, event, contentHash);
    return check(m_updateEvent, m_updateEvent.run()) && check(m_deletePersons, m_deletePersons.bind(1, seq).run())
        && check(m_deleteLinks, m_deleteLinks.bind(1, seq).run()) && writeDetails(seq, event);
}

bool EventRows::cancel(qint64 seq, qint64 when)
{
    return check(m_cancelEvent, m_cancelEvent.bind(1, seq).bind(2, when).run());
}

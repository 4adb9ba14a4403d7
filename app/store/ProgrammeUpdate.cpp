#include "ProgrammeUpdate.h"

#include "EventContentHash.h"
#include "EventRows.h"
#include "EventSeqPlan.h"
#include "SearchIndex.h"
#include "SqlHelpers.h"
#include "SqliteStatement.h"
#include "core/TestStopPoint.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** In start order (then room order, then title). */
QList<const Event *> inStoredOrder(const Schedule &schedule)
{
    QHash<QString, qsizetype> roomPosition;
    for (qsizetype i = 0; i < schedule.rooms.size(); ++i)
        roomPosition.insert(schedule.rooms[i], i);
    // Each event's room position looked up once, not in every comparison of the sort (a hash of
    // the room's name twice per comparison, 600,000 times for 20,000 events).
    struct Placed
    {
        const Event *event;
        qsizetype room;
    };
    QList<Placed> placed;
    placed.reserve(schedule.events.size());
    for (const Event &event : schedule.events)
        placed.append({&event, roomPosition.value(event.room, -1)});
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.event->start != b.event->start)
            return a.event->start < b.event->start;
        return a.room != b.room ? a.room < b.room : a.event->title < b.event->title;
    });
    QList<const Event *> ordered;
    ordered.reserve(placed.size());
    for (const Placed &entry : std::as_const(placed))
        ordered.append(entry.event);
    return ordered;
}
} // namespace

ProgrammeUpdate::ProgrammeUpdate(const Schedule &schedule)
    : m_schedule(schedule)
    , m_ordered(inStoredOrder(schedule))
{
    m_hashes.reserve(m_ordered.size());
    for (const Event *event : std::as_const(m_ordered))
        m_hashes.append(EventContentHash::of(*event));
    // The catalogue of speakers: the first feed id given for a name wins; what the feed says
    // about people who speak at none of its events is not kept.
    QHash<QString, const PersonDetails *> details;
    details.reserve(schedule.personDetails.size());
    for (const PersonDetails &known : schedule.personDetails)
        details.insert(known.name, &known);
    QSet<QString> named;
    for (const Event *event : std::as_const(m_ordered)) {
        for (const Person &person : event->persons) {
            if (named.contains(person.name))
                continue;
            named.insert(person.name);
            PersonRow row{person.id, {}};
            if (const PersonDetails *found = details.value(person.name))
                row.details = *found;
            row.details.name = person.name;
            m_persons.append(std::move(row));
        }
    }
}

bool ProgrammeUpdate::readStored(const QSqlDatabase &db, QString *errorMessage)
{
    const QString &conferenceId = m_schedule.conference.id;
    // Along events_by_day: the rows in start order, the order of their pages (ScheduleStore::events()).
    // Through events_filters, which SQLite took for it from schema 14 on, a 20,000-event sync read
    // 40 MB of pages in no order: 70 ms where this takes 26.
    SqliteStatement events(db,
                           "SELECT id, seq, content_hash, cancelled_at IS NOT NULL FROM events INDEXED BY events_by_day "
                           "WHERE conference_id = ?1");
    events.bind(1, conferenceId);
    m_stored.reserve(m_ordered.size()); // a sync's programme is mostly the stored one
    while (events.next()) {
        m_stored.insert(events.columnText(0),
                        {events.columnInt(1), events.columnIsNull(2) ? 0 : events.columnInt(2), events.columnInt(3) != 0});
    }
    SqliteStatement others(db, "SELECT seq FROM events WHERE conference_id <> ?1 ORDER BY seq");
    others.bind(1, conferenceId);
    while (others.next())
        m_otherSeqs.append(others.columnInt(0));
    SqliteStatement top(db, "SELECT COALESCE(MAX(seq), 0) FROM events");
    if (top.next())
        m_topSeq = top.columnInt(0);
    SqliteStatement bookmarked(db,
                               "SELECT event_id FROM user_events WHERE conference_id = ?1 AND priority > 0 "
                               "AND dismissed_at IS NULL");
    bookmarked.bind(1, conferenceId);
    while (bookmarked.next())
        m_bookmarked.insert(bookmarked.columnText(0));
    SqliteStatement persons(db, "SELECT name, feed_id, biography, tagline, picture_url FROM persons WHERE conference_id = ?1");
    persons.bind(1, conferenceId);
    while (persons.next()) {
        const QString name = persons.columnText(0);
        m_storedPersons.insert(name,
                               {persons.columnText(1), {name, persons.columnText(2), persons.columnText(3), persons.columnText(4), {}}});
    }
    SqliteStatement links(db,
                          "SELECT person_name, title, url FROM person_links WHERE conference_id = ?1 "
                          "ORDER BY person_name, position");
    links.bind(1, conferenceId);
    while (links.next()) {
        const auto found = m_storedPersons.find(links.columnText(0));
        if (found != m_storedPersons.end())
            found->details.links.append(Link{links.columnText(1), links.columnText(2)});
    }
    for (const SqliteStatement *statement : {&events, &others, &top, &bookmarked, &persons, &links}) {
        if (!statement->isValid() || statement->failed()) {
            if (errorMessage)
                *errorMessage = statement->errorMessage();
            return false;
        }
    }
    return true;
}

bool ProgrammeUpdate::prepare(const QSqlDatabase &db, QString *errorMessage)
{
    if (!readStored(db, errorMessage))
        return false;
    QList<qint64> storedSeqs;
    storedSeqs.reserve(m_ordered.size());
    m_storedOf.reserve(m_ordered.size());
    m_differs.reserve(m_ordered.size());
    qsizetype storedFound = 0;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        const auto found = m_stored.constFind(m_ordered[i]->id);
        const StoredEvent stored = found == m_stored.constEnd() ? StoredEvent{-1, 0, false} : *found;
        storedFound += stored.seq >= 0 ? 1 : 0;
        m_storedOf.append(stored);
        m_differs.append(stored.seq < 0 || stored.cancelled || stored.contentHash != m_hashes[i]);
        storedSeqs.append(stored.seq);
    }
    // Rows that stay without being part of the plan: other conferences', and the vanished
    // events kept for their bookmarks. (Ids are unique, so when every stored row was found,
    // none vanished: the usual sync asks no second set of ids.)
    QList<qint64> occupied = m_otherSeqs;
    if (storedFound < m_stored.size()) {
        QSet<QString> newIds;
        newIds.reserve(m_ordered.size());
        for (const Event *event : std::as_const(m_ordered))
            newIds.insert(event->id);
        for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
            if (newIds.contains(it.key()))
                continue;
            m_vanished.append(it.key());
            if (m_bookmarked.contains(it.key()))
                occupied.append(it->seq);
        }
    }
    std::sort(occupied.begin(), occupied.end());
    const EventSeqPlan::Plan plan = EventSeqPlan::plan(storedSeqs, occupied, m_topSeq);
    m_seqs = plan.seqs;
    m_placed = plan.placed;

    QHash<QString, PersonRow> persons;
    persons.reserve(m_persons.size());
    for (const PersonRow &row : std::as_const(m_persons))
        persons.insert(row.details.name, row);
    m_personsDiffer = persons != m_storedPersons;
    return true;
}

bool ProgrammeUpdate::differs(qsizetype ordered) const
{
    return m_differs[ordered];
}

ProgrammeUpdate::Counts ProgrammeUpdate::counts() const
{
    Counts counts;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        if (m_placed[i])
            ++counts.inserted;
        else if (differs(i))
            ++counts.rewritten;
    }
    for (const QString &id : m_vanished) {
        if (!m_bookmarked.contains(id))
            ++counts.deleted;
        else if (!m_stored.value(id).cancelled)
            ++counts.cancelled;
    }
    return counts;
}

bool ProgrammeUpdate::writesAnything() const
{
    const Counts c = counts();
    return m_personsDiffer || c.inserted + c.rewritten + c.deleted + c.cancelled > 0;
}

QStringList ProgrammeUpdate::previousIdsToCompare() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        if (m_storedOf[i].seq >= 0 && !m_storedOf[i].cancelled && m_differs[i])
            ids.append(m_ordered[i]->id);
    }
    for (const QString &id : m_vanished) {
        if (!m_stored.value(id).cancelled)
            ids.append(id);
    }
    return ids;
}

QList<Event> ProgrammeUpdate::newEventsToCompare() const
{
    QSet<const Event *> differing;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        if (differs(i))
            differing.insert(m_ordered[i]);
    }
    QList<Event> events;
    for (const Event &event : m_schedule.events) {
        if (differing.contains(&event))
            events.append(event);
    }
    return events;
}

bool ProgrammeUpdate::deleteEvents(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage)
{
    if (seqs.isEmpty())
        return true;
    QStringList list;
    list.reserve(seqs.size());
    for (const qint64 seq : seqs)
        list.append(QString::number(seq));
    // One statement: the index trigger forgets every row inside it.
    return Sql::exec(db, u"DELETE FROM events WHERE seq IN (SELECT value FROM json_each(?))"_s, {QString(u'[' + list.join(u',') + u']')},
                     errorMessage);
}

bool ProgrammeUpdate::writePersons(const QSqlDatabase &db, QString *errorMessage)
{
    if (!m_personsDiffer)
        return true;
    const QString &conferenceId = m_schedule.conference.id;
    // The links would go with their rows (a cascade); said outright, they go on any connection.
    if (!Sql::exec(db, u"DELETE FROM person_links WHERE conference_id = ?"_s, {conferenceId}, errorMessage)
        || !Sql::exec(db, u"DELETE FROM persons WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    SqliteStatement insert(db,
                           "INSERT INTO persons (conference_id, name, feed_id, biography, tagline, picture_url) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    SqliteStatement insertLink(db,
                               "INSERT INTO person_links (conference_id, person_name, position, title, url) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)");
    const auto fail = [errorMessage](const SqliteStatement &statement) {
        if (errorMessage)
            *errorMessage = statement.errorMessage();
        return false;
    };
    for (const PersonRow &row : std::as_const(m_persons)) {
        const PersonDetails &details = row.details;
        if (!insert.isValid()
            || !insert.bind(1, conferenceId)
                    .bind(2, details.name)
                    .bind(3, row.feedId)
                    .bind(4, details.biography)
                    .bind(5, details.tagline)
                    .bind(6, details.pictureUrl)
                    .run())
            return fail(insert);
        for (qsizetype i = 0; i < details.links.size(); ++i) {
            const Link &link = details.links[i];
            if (!insertLink.isValid()
                || !insertLink.bind(1, conferenceId).bind(2, details.name).bind(3, qint64(i)).bind(4, link.title).bind(5, link.url).run())
                return fail(insertLink);
        }
    }
    return true;
}

bool ProgrammeUpdate::write(const QSqlDatabase &db, qint64 now, QString *errorMessage)
{
    EventRows rows(db, m_schedule.conference.id);
    const auto fail = [&rows, errorMessage](const QString &what) {
        if (errorMessage)
            *errorMessage = what + u": "_s + rows.errorMessage();
        return false;
    };
    if (!rows.isValid())
        return fail(u"cannot prepare the event statements"_s);
    QList<qint64> deleted;
    QList<qint64> rewritten;
    QList<qint64> written;
    for (const QString &id : std::as_const(m_vanished)) {
        const StoredEvent stored = m_stored.value(id);
        if (!m_bookmarked.contains(id))
            deleted.append(stored.seq);
        else if (!stored.cancelled && !rows.cancel(stored.seq, now))
            return fail(u"event %1"_s.arg(id));
    }
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        if (m_placed[i] && m_storedOf[i].seq >= 0)
            deleted.append(m_storedOf[i].seq); // moved: its id must be free before it is written at its new seq
        if (!m_placed[i] && differs(i))
            rewritten.append(m_seqs[i]);
        if (m_placed[i] || differs(i))
            written.append(m_seqs[i]);
    }
    // Each of these is one statement, so that FTS5 gathers the whole batch in memory.
    if (!SearchIndex::forget(db, rewritten, errorMessage) || !deleteEvents(db, deleted, errorMessage))
        return false;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        if (i == m_ordered.size() / 2)
            TestStop::at("import-write");
        const Event &event = *m_ordered[i];
        bool ok = true;
        if (m_placed[i])
            ok = rows.insert(m_seqs[i], event, m_hashes[i]);
        else if (differs(i))
            ok = rows.update(m_seqs[i], event, m_hashes[i]);
        if (!ok)
            return fail(u"event \"%1\" (%2)"_s.arg(event.title, event.id));
    }
    return SearchIndex::index(db, written, errorMessage) && writePersons(db, errorMessage);
}

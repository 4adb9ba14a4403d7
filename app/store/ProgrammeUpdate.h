#pragma once

#include "core/Schedule.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/**
 * How the stored events of one conference become those of a new programme. Each event is
 * compared with its stored row by content hash (EventContentHash), so that only new, changed,
 * moved and vanished events are written: a re-import that changes one talk writes one row, and
 * the search index follows only the rows written. Vanished events that are bookmarked stay,
 * marked cancelled; the others are deleted. The conference's speaker catalogue (persons, with
 * what the feed says about them, and their links) is rewritten only when it differs: a changed
 * biography rewrites no event.
 */
class ProgrammeUpdate
{
public:
    explicit ProgrammeUpdate(const Schedule &schedule);

    /** Reads what is stored of the conference and plans the writes. */
    bool prepare(const QSqlDatabase &db, QString *errorMessage);
    /** Whether the update writes any event or speaker row. */
    bool writesAnything() const;
    /** Ids of the stored, not yet cancelled events this update changes or removes (for the change report). */
    QStringList previousIdsToCompare() const;
    /** The new events that are new or differ from their stored row, in feed order (for the change report). */
    QList<Event> newEventsToCompare() const;
    /** Writes the planned rows; `now` stamps the events it cancels. */
    bool write(const QSqlDatabase &db, qint64 now, QString *errorMessage);

    /** How many event rows were inserted (new or moved), rewritten in place, deleted, cancelled. */
    struct Counts
    {
        int inserted = 0;
        int rewritten = 0;
        int deleted = 0;
        int cancelled = 0;
    };
    Counts counts() const;

private:
    struct StoredEvent
    {
        qint64 seq = 0;
        qint64 contentHash = 0;
        bool cancelled = false;
    };
    bool readStored(const QSqlDatabase &db, QString *errorMessage);
    static bool deleteEvents(const QSqlDatabase &db, const QList<qint64> &seqs, QString *errorMessage);
    bool writePersons(const QSqlDatabase &db, QString *errorMessage);
    /** True when the event differs from its stored row (or has none). */
    bool differs(qsizetype ordered) const;

    const Schedule &m_schedule;
    /** The new events in start order (then room order, then title): the order of their seqs. */
    QList<const Event *> m_ordered;
    QList<qint64> m_hashes;
    QHash<QString, StoredEvent> m_stored;
    /** Seqs of the rows of other conferences. */
    QList<qint64> m_otherSeqs;
    qint64 m_topSeq = 0;
    /** Bookmarked event ids of the conference. */
    QSet<QString> m_bookmarked;
    /** Stored events the new programme does not have. */
    QStringList m_vanished;
    QList<qint64> m_seqs;
    QList<bool> m_placed;
    /**
     * Each new event's stored row (seq -1 when it has none), looked up once in prepare(): the
     * plan, the counts, the change report and the writes each asked the hash of ids again, ten
     * look-ups per event and a tenth of a 20,000-event sync.
     */
    QList<StoredEvent> m_storedOf;
    QList<bool> m_differs;
    /** One speaker of the catalogue: their feed id and what the feed says about them. */
    struct PersonRow
    {
        QString feedId;
        /** Its name is the speaker's. */
        PersonDetails details;
        bool operator==(const PersonRow &other) const = default;
    };
    /** The speakers as stored (by name) and as the new programme names them (in its order). */
    QHash<QString, PersonRow> m_storedPersons;
    QList<PersonRow> m_persons;
    bool m_personsDiffer = false;
};

#pragma once

#include <QHash>
#include <optional>

#include "core/Schedule.h"
#include "core/ScheduleDiff.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class Database;
class ProgrammeUpdate;

/** A conference as listed: its description plus how big it is and where it came from. */
struct ConferenceSummary
{
    Conference conference;
    int eventCount = 0;
    QDateTime importedAt;
    QString source;
    QString format;
};

/** What one conference's feed says about a speaker. */
struct SpeakerDetailsAt
{
    QString conferenceId;
    PersonDetails details;
};

/** What applying a schedule did. */
struct ApplyResult
{
    QString error;
    /** True when the feed was the same programme as the stored one: nothing was written. */
    bool unchanged = false;
    /** True when the conference was not in the database before. */
    bool firstImport = false;
    /** Event rows inserted, rewritten in place, deleted or marked cancelled: what the update wrote. */
    int eventRowsWritten = 0;
    QList<EventChange> changes;
    bool ok() const { return error.isEmpty(); }
};

struct ApplyOptions
{
    /** Where the feed came from: a file path, a URL, or "bundled". */
    QString source;
    QDateTime now;
};

/**
 * The feed side of the database. A schedule is applied in one transaction that replaces the
 * conference's feed data and records what changed; user data is never touched here. Bookmarked
 * events that vanish from a feed stay, marked cancelled, until the user dismisses them.
 */
class ScheduleStore : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleStore(Database &database, QObject *parent = nullptr);

    ApplyResult apply(const Schedule &schedule, const ApplyOptions &options);
    bool removeConference(const QString &conferenceId, QString *errorMessage);

    QList<ConferenceSummary> conferences(QString *errorMessage = nullptr) const;
    /** The conferences alone, in start order: no event counts (counting 20,000 events took 26 ms). */
    QList<Conference> conferenceList(QString *errorMessage = nullptr) const;
    std::optional<Conference> conference(const QString &conferenceId) const;
    /** Where the stored programme came from (a URL, a file path, "bundled"); empty when absent. */
    QString sourceOf(const QString &conferenceId) const;
    QList<Day> days(const QString &conferenceId) const;
    QStringList rooms(const QString &conferenceId) const;
    QList<Track> tracks(const QString &conferenceId) const;
    /** The event types the conference uses (sorted, without case), for the filter. */
    QStringList types(const QString &conferenceId) const;
    /** The languages of the conference's events (sorted, without case), for hiding. */
    QStringList languages(const QString &conferenceId) const;
    /** What an event may lack, for the filter's "No track", "No room" and "No type". */
    enum class EventField { Track, Room, Type };
    /** Whether some of the conference's events have no track (room, type): 110 of 36C3's 1351 have none. */
    bool hasEventsWithout(const QString &conferenceId, EventField field) const;
    /** How much of each event to read: everything, or what a list of events shows. */
    enum class Detail {
        Full,
        /** Without the abstract and the links (videos are read: lists mark recorded events). */
        Listing,
    };
    /** Events in start order (then room order); all days when `day` is invalid; cancelled ones included. */
    QList<Event> events(const QString &conferenceId, QDate day = {}, Detail detail = Detail::Full) const;
    /** The same for a list of ids (any conference), in start order. */
    QList<Event> eventsByIds(const QStringList &ids) const;
    std::optional<Event> event(const QString &eventId) const;
    /** Every event a person (by name, as the feeds spell it) speaks at, in all conferences, in start order. */
    QList<Event> eventsOfSpeaker(const QString &name) const;
    /** What the conference's feed says about its speakers, by name; those it says nothing about are left out. */
    QHash<QString, PersonDetails> speakerDetails(const QString &conferenceId) const;
    /**
     * What each conference's feed says about a person (by name), where it says anything: the
     * conference that starts last first.
     */
    QList<SpeakerDetailsAt> speakerDetailsOf(const QString &name) const;
    /** When each cancelled event was cancelled (ids of events kept because they were bookmarked). */
    QHash<QString, QDateTime> cancelledEvents(const QString &conferenceId = {}) const;
    /** The changes recorded by the last applied update of a conference (all conferences when empty). */
    QList<EventChange> lastChanges(const QString &conferenceId = {}) const;

    Database &database() const { return m_database; }

    /**
     * Compares the conferences as stored now with those seen at the last look and announces what
     * another process changed (an import, a sync, a removal): conferencesChanged() when the list
     * or a description changed, scheduleChanged() for each programme replaced. The first call
     * only takes the snapshot.
     */
    void noticeOutsideChanges();
    /**
     * Announces a change this process made through another connection (the import thread) as
     * this store's own: conferencesChanged() for an empty id, else scheduleChanged().
     */
    void announceOwnChange(const QString &conferenceId);

Q_SIGNALS:
    /** A conference was added, removed, or its description changed. */
    void conferencesChanged();
    /** A conference's programme was replaced by an update that changed something. */
    void scheduleChanged(const QString &conferenceId);

private:
    /** What tells one version of a stored conference from another. */
    struct Stamp
    {
        qint64 importedAt = 0;
        qint64 changedAt = 0;
        QString title;
        bool operator==(const Stamp &) const = default;
    };
    QHash<QString, Stamp> readStamps() const;
    /** Takes this process's own write into the snapshot, so that it is not announced twice. */
    void restamp();

    /** The steps of apply(), each inside its transaction. */
    QList<EventChange> changesOf(const ProgrammeUpdate &update, const Conference &conference) const;
    bool writeConference(const Schedule &schedule, const ApplyOptions &options, qint64 now, QString *errorMessage);
    /** Days, rooms and tracks. */
    bool writeFrame(const Schedule &schedule, QString *errorMessage);
    bool recordChanges(const QString &conferenceId, const QList<EventChange> &changes, qint64 now, QString *errorMessage);
    QStringList distinctEventValues(const QString &conferenceId, const QString &column) const;
    /** How loadEvents() reaches the rows: as SQLite plans it, or along events_by_day (see events()). */
    enum class Access { Planned, ByDay };
    QList<Event> loadEvents(const QString &whereClause, const QStringList &values, Detail detail = Detail::Full,
                            Access access = Access::Planned) const;

    Database &m_database;
    std::optional<QHash<QString, Stamp>> m_stamps;
};

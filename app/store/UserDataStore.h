#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Database;

/** How much the user wants to see an event: a must-see, or a maybe (the fallback when full). */
enum class Priority { None = 0, MustSee = 1, Maybe = 2 };

/** What the user made for one event. Keyed by the event's stable id; survives every re-import. */
struct EventUserData
{
    QString eventId;
    QString conferenceId;
    Priority priority = Priority::None;
    QDateTime bookmarkedAt;
    QString note;
    /** 1 to 5; 0 when not rated. */
    int rating = 0;
    QDateTime watchedAt;
    QDateTime seenAt;
    /** When the user dismissed a cancelled bookmarked event. */
    QDateTime dismissedAt;
    QDateTime updatedAt;
    /**
     * When each field last changed (millisecond precision; invalid when it never did). Merges
     * between processes and devices go field by field: the later change of a field wins.
     */
    QDateTime priorityChangedAt;
    QDateTime noteChangedAt;
    QDateTime ratingChangedAt;
    QDateTime watchedChangedAt;
    QDateTime dismissedChangedAt;

    bool isBookmarked() const { return priority != Priority::None; }
    bool isWatched() const { return watchedAt.isValid(); }
    /** Nothing the user holds: no bookmark, note, rating or mark (change times aside). */
    bool isEmpty() const;
    /** The same user-visible values (times of change aside). */
    bool sameValues(const EventUserData &other) const;
};

/** One field of an event's user data, for field-by-field merges and reports. */
enum class UserDataField { Priority, Note, Rating, Watched, Dismissed };

/** A field both sides changed: the later change was kept, the other is named here. */
struct UserDataOverride
{
    QString eventId;
    UserDataField field;
    /** The value that lost, as text ("must see", a note, "4", "watched"). */
    QString lostValue;
    QDateTime lostChangedAt;
};

/**
 * The user's own data about events (bookmarks with priority, notes, ratings, watched). It lives in
 * tables apart from feed data and is cached in memory: the UI asks it per row without a query.
 *
 * Other processes write the same table at the same time (the command line, a second window, a
 * restore, a calendar sync). So every change writes only the fields it changes, with their change
 * times, in one transaction, and reads the row back: the cache is never written back whole.
 * refreshFromDatabase() reads what others wrote since (rows above the last revision seen) and
 * announces each changed event.
 */
class UserDataStore : public QObject
{
    Q_OBJECT
public:
    explicit UserDataStore(Database &database, QObject *parent = nullptr);

    /** Reads all rows into memory. */
    bool load(QString *errorMessage = nullptr);

    /** The data for an event; a default value (not bookmarked, no note) when there is none. */
    EventUserData value(const QString &eventId) const;
    bool isBookmarked(const QString &eventId) const;
    Priority priority(const QString &eventId) const;
    /** All rows, or those of one conference. */
    QList<EventUserData> all(const QString &conferenceId = {}) const;
    /** Ids of bookmarked events (of one conference, or all). */
    QStringList bookmarkedIds(const QString &conferenceId = {}) const;

    bool setPriority(const QString &eventId, const QString &conferenceId, Priority priority, QString *errorMessage = nullptr);
    bool setNote(const QString &eventId, const QString &conferenceId, const QString &note, QString *errorMessage = nullptr);
    /** 0 clears the rating. */
    bool setRating(const QString &eventId, const QString &conferenceId, int rating, QString *errorMessage = nullptr);
    bool setWatched(const QString &eventId, const QString &conferenceId, bool watched, QString *errorMessage = nullptr);
    bool setDismissed(const QString &eventId, const QString &conferenceId, bool dismissed, QString *errorMessage = nullptr);
    /**
     * Writes the fields in which `data` differs from the stored row, each with a change time (the
     * row's own where it has one, else now), in one transaction: restore from a backup.
     */
    bool put(const EventUserData &data, QString *errorMessage = nullptr);
    /**
     * put() for many rows in one transaction (a savepoint inside the caller's): all or nothing.
     * Announced once, with reset().
     */
    bool putAll(const QList<EventUserData> &rows, QString *errorMessage = nullptr);
    /**
     * Merges rows from another copy (another device), field by field: a field is taken when its
     * change time is later than the stored one's. Where both sides set a field, the value that
     * lost is added to `overrides`. One transaction; announced per event.
     */
    bool merge(const QList<EventUserData> &incoming, QList<UserDataOverride> *overrides, QString *errorMessage = nullptr);

    /**
     * Reads what other processes wrote since this store last looked (rows above the last revision
     * seen) and announces each event whose data changed. Cheap when nothing changed: one indexed
     * query.
     */
    bool refreshFromDatabase(QString *errorMessage = nullptr);

    /** The clock for bookmark and watched times (the app's clock, which --now may set). */
    void setNowProvider(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** The clock for change times: real time, for merges across processes and devices. */
    void setChangeClock(std::function<QDateTime()> now) { m_changeClock = std::move(now); }

Q_SIGNALS:
    void eventDataChanged(const QString &eventId);
    /** Many rows changed at once (load, restore). */
    void reset();

private:
    struct Assignment;
    /**
     * Changes one event's row as `mutate` says, given the row as stored now (not as cached): only
     * the fields it changes are written, in one transaction; the row is read back and announced.
     */
    bool change(const QString &eventId, const QString &conferenceId, const std::function<void(EventUserData &)> &mutate,
                QString *errorMessage);
    /** The SQL part of change() (no transaction of its own, no signal); the row as stored after. */
    std::optional<EventUserData> applyFields(const QString &eventId, const QString &conferenceId, const QList<Assignment> &assignments,
                                             const QDateTime &updatedAt, QString *errorMessage);
    std::optional<EventUserData> readRow(const QString &eventId, QString *errorMessage) const;
    /** The assignments that make the stored `local` hold `wanted`'s values (a restore or merge). */
    QList<Assignment> differences(const EventUserData &local, const EventUserData &wanted) const;
    /** Puts a row read from the file in the cache; true when what the user sees changed. */
    bool remember(const EventUserData &row);

    Database &m_database;
    QHash<QString, EventUserData> m_rows;
    /** The highest revision read from the file. */
    qint64 m_revision = 0;
    std::function<QDateTime()> m_now;
    std::function<QDateTime()> m_changeClock;
};

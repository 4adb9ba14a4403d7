#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

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

    bool isBookmarked() const { return priority != Priority::None; }
    bool isWatched() const { return watchedAt.isValid(); }
    /** Nothing left worth keeping: the row can go. */
    bool isEmpty() const;
};

/**
 * The user's own data about events (bookmarks with priority, notes, ratings, watched). It lives in
 * tables apart from feed data and is cached in memory: the UI asks it per row without a query.
 * Every change is written through at once and announced for that one event.
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
    /** Writes a whole row as given (restore from a backup); `now` is the write time. */
    bool put(const EventUserData &data, QString *errorMessage = nullptr);
    /**
     * Writes whole rows as given, updatedAt included, in one transaction: all or nothing (restore
     * from a backup). Announced once, with reset().
     */
    bool putAll(const QList<EventUserData> &rows, QString *errorMessage = nullptr);

    void setNowProvider(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void eventDataChanged(const QString &eventId);
    /** Many rows changed at once (load, restore). */
    void reset();

private:
    bool write(EventUserData data, QString *errorMessage);
    /** The row's SQL only (no cache, no signal). */
    bool writeRow(const EventUserData &data, QString *errorMessage);

    Database &m_database;
    QHash<QString, EventUserData> m_rows;
    std::function<QDateTime()> m_now;
};

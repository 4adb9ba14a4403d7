#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/** The one calendar collection this database is kept in step with. Never the password. */
struct CalendarAccount
{
    /** The URL as the user gave it to `calendar connect`. */
    QString serverUrl;
    QString user;
    /** The collection found or made at connect (absolute URL, ends in "/"). */
    QString collectionUrl;
    QString collectionName;
    /** RFC 6578 sync-token of the last complete sync; empty: compare ETags. */
    QString syncToken;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QString lastError;
};

/** What the server holds of one agenda item, as of the last time both sides agreed on it. */
struct CalendarItemState
{
    QString uid;
    /** Absolute path of the calendar object resource on the server. */
    QString href;
    QString etag;
    /** "event" or "trip". */
    QString kind;
    /** The event's stable id or the trip's id. */
    QString localId;
    /** CalDavObject::fingerprint of what the server holds at `etag`. */
    QString fingerprint;
    /** The object itself: the base of the next three-way merge (what both sides last agreed on). */
    QByteArray object;
    /** When the two sides last agreed (ms, UTC). */
    QDateTime syncedAt;
};

/** One line of what the last calendar sync changed locally or could not keep ("What changed"). */
struct CalendarSyncNote
{
    /** "removed": deleted on the server; "override": a value that lost against a later one. */
    QString kind;
    QString localId;
    QString title;
    QString detail;
    QDateTime at;
};

/**
 * The calendar sync's own state in the database (tables calendar_account, calendar_items,
 * calendar_notes): the collection, the sync-token, and per item its href, ETag and fingerprint.
 * Each call is its own small transaction, so a sync killed at any point leaves a state the next
 * sync converges from (an item written to the server but not recorded here is found again by
 * its UID).
 */
class CalendarSyncStore
{
public:
    explicit CalendarSyncStore(Database &database);

    std::optional<CalendarAccount> account(QString *errorMessage = nullptr) const;
    /** Replaces the account and forgets every item state and note (a new collection). */
    bool connect(const CalendarAccount &account, QString *errorMessage = nullptr);
    /** Forgets the account, the item states and the notes; local user data stays. */
    bool disconnect(QString *errorMessage = nullptr);
    bool recordAttempt(const QDateTime &at, const QString &error, const QString &syncToken, bool success, QString *errorMessage = nullptr);

    QList<CalendarItemState> items(QString *errorMessage = nullptr) const;
    bool putItem(const CalendarItemState &item, QString *errorMessage = nullptr);
    bool removeItem(const QString &uid, QString *errorMessage = nullptr);

    QList<CalendarSyncNote> notes(QString *errorMessage = nullptr) const;
    /** The notes of the latest sync replace those of the one before. */
    bool replaceNotes(const QList<CalendarSyncNote> &notes, QString *errorMessage = nullptr);

    /** The schema step that creates the tables (Migrations, version 5). */
    static const QStringList &schemaStatements();

private:
    Database &m_database;
};

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/**
 * A friend whose calendar the user plans with: a name, where the calendar comes from (a file
 * path, or an https address fetched like a subscription), and the last good copy of it. The
 * calendar is the friend's: it is kept as the bytes they published, never merged into the
 * user's own bookmarks or trips.
 */
struct Friend
{
    QString name;
    /** An absolute file path, or an http(s) URL (webcal:// is kept as https://). */
    QString source;
    /** The last copy that read as a calendar; a failed refresh leaves it as it was. */
    QByteArray calendar;
    /** When `calendar` was last read or fetched successfully. */
    QDateTime refreshedAt;
    QDateTime addedAt;
    /** Why the last refresh failed; empty after a success. */
    QString lastError;

    bool isUrl() const { return isUrlSource(source); }
    /** Whether a source is an address to fetch (else it is a file path). */
    static bool isUrlSource(const QString &source);
};

/**
 * The friends table (schema version 6). Few rows, read when asked: a window and the command line
 * see the same friends without a cache to keep in step.
 */
class FriendStore
{
public:
    explicit FriendStore(Database &database);

    /** Empty when `name` can be a friend's name, else why not (commas separate `--with` names). */
    static QString validateName(const QString &name);

    /** Every friend, by name (case-insensitively). */
    QList<Friend> all(QString *errorMessage = nullptr) const;
    /** The friend with this name, compared case-insensitively. */
    std::optional<Friend> byName(const QString &name) const;

    /** Adds a friend; fails when the name is taken or not valid. */
    bool add(const Friend &person, QString *errorMessage);
    /** Writes a friend as given (restore): added, or replacing the one with the same name. */
    bool put(const Friend &person, QString *errorMessage);
    /** Keeps a freshly read calendar as the last good copy. */
    bool recordRefresh(const QString &name, const QByteArray &calendar, const QDateTime &at, QString *errorMessage);
    /** Notes a failed refresh; the last good copy stays. */
    bool recordFailure(const QString &name, const QString &error, QString *errorMessage);
    /** Removes the friend and everything kept of them. False with a message when there is none. */
    bool remove(const QString &name, QString *errorMessage);

    /** The statements of schema step 6. */
    static const QStringList &schemaStatements();

private:
    Database &m_database;
};

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSqlQuery>
#include <QTimer>

#include <array>
#include <optional>

class Database;
class ScheduleStore;
class TripStore;
class UserDataStore;

/**
 * Notices what other processes (the command line, a restore, a second window, a sync on another
 * connection) wrote to the database, and brings the stores' caches and their views up to date, row
 * by row. It asks SQLite's `PRAGMA data_version` a few times a second on the window's connection:
 * the number changes only when another connection committed, so an idle window pays one tiny query
 * and a look at the files' size and time per look, and reads nothing else. Its own writes show in
 * the files too: then the stores find nothing new (they read only rows above the revision they
 * have seen) and announce nothing.
 */
class OutsideChanges : public QObject
{
    Q_OBJECT
public:
    OutsideChanges(Database &database, ScheduleStore &schedule, UserDataStore &userData, TripStore *trips, QObject *parent = nullptr);

    enum class Watch {
        /** Looks when the files change, and every `intervalMs` besides. */
        FilesAndTimer,
        /** Looks every `intervalMs` only (tests that look by hand). */
        TimerOnly,
    };
    /** Looks from now on: when the database's files change, and every `intervalMs`. */
    void start(int intervalMs = 3000, Watch watch = Watch::FilesAndTimer);
    void stop();
    /**
     * Looks now: when another connection committed since the last look, the stores read what it
     * wrote and announce it, then changed() is emitted. True when something was found.
     */
    bool check();

Q_SIGNALS:
    /** Another connection committed; the stores above have been brought up to date already. */
    void changed();

private:
    /** Size and time of change of the database file and its -wal file. */
    struct FileStamp
    {
        std::array<qint64, 4> values = {};
        bool operator==(const FileStamp &) const = default;
    };
    qint64 dataVersion();
    FileStamp fileStamp() const;
    /** Watches the database, its -wal file and their folder (which tells when the -wal is made anew). */
    void watchFiles();

    Database &m_database;
    ScheduleStore &m_schedule;
    UserDataStore &m_userData;
    TripStore *m_trips;
    QTimer m_timer;
    QFileSystemWatcher m_files;
    /** A commit changes the files several times: one look shortly after the last. */
    QTimer m_settle;
    std::optional<QSqlQuery> m_dataVersion;
    qint64 m_version = -1;
    FileStamp m_stamp;
};

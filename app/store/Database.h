#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/**
 * A file found at the database's path that Lanyard could not use, moved aside (never deleted,
 * never written to) so that a fresh database could start in its place.
 */
struct SetAsideDatabase
{
    enum class Reason { NotSqlite, NewerVersion, FailedCheck };
    Reason reason = Reason::NotSqlite;
    /** Where the file was. */
    QString path;
    /** Where it is now (its -wal and -shm files, if any, beside it with the same suffixes). */
    QString keptAs;
    /** What is wrong with it, e.g. "was written by a newer Lanyard (schema 4; this version knows up to 2)". */
    QString detail;

    /** One line for stderr: what was wrong, where the file is now, and that a new one was started. */
    QString message() const;
};

/**
 * Lanyard's SQLite file. Each thread gets its own named connection (a QSqlDatabase belongs to the
 * thread that opened it); every connection runs in WAL mode with foreign keys on. The schema is
 * migrated with PRAGMA user_version, one transaction per step, when the file is first opened.
 */
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }

    /**
     * Opens the file on this thread, creating and migrating it. False with a message on failure.
     * A file that is not an SQLite database, was written by a newer Lanyard or fails SQLite's
     * quick check (skipped for a file exactly as a clean close left it: VerifiedFileStamp) is moved aside (see setAside()) and a new
     * database is started in its place; an SQLite database of another program is refused and left as it is.
     */
    bool open(QString *errorMessage);
    /** Whether open() ran SQLite's quick check over every page (not for a new file, nor one as a clean close left it). */
    bool pagesChecked() const { return m_pagesChecked; }
    /** The file open() moved aside, if it did. */
    const std::optional<SetAsideDatabase> &setAside() const { return m_setAside; }
    /** This thread's connection, opened on first use (after open() succeeded on any thread). */
    QSqlDatabase connection() const;
    /**
     * Closes this thread's connection now. A worker thread calls it as it finishes: the automatic
     * clean-up at thread exit can run after QThread::wait() returned, even after main() has ended.
     */
    void closeThisThreadsConnection() const;

    /**
     * The page size of a database this build creates. 16 KiB rather than SQLite's 4 KiB: an import
     * writes a fifth fewer pages (the 20,000-event programme's CPU time fell by a tenth, most of it
     * system time), and reading a day or starting up read no more. An older file keeps its size.
     */
    static constexpr int kNewPageSize = 16384;

    /** The schema version this build writes. */
    static int currentSchemaVersion();
    /** `--db PATH`, else $LANYARD_DB, else lanyard.sqlite in the per-user application data folder. */
    static QString resolvePath(const QString &commandLinePath);
    static QString defaultPath();

private:
    bool openAndMigrate(QString *errorMessage);
    QSqlDatabase openConnection(const QString &name, QString *errorMessage) const;
    bool configure(const QSqlDatabase &db, QString *errorMessage) const;
    void closeConnection(const QString &name) const;
    QString connectionNameForThisThread() const;
    /**
     * Why the existing file cannot be used as it is: by its first bytes (before SQLite opens it),
     * then by SQLite's quick check and the schema version. Nothing when it can be used or is new;
     * `errorMessage` set when it must not be touched at all (unreadable, another program's).
     */
    std::optional<SetAsideDatabase> inspectHeader(QString *errorMessage) const;
    /** `checkPages`: run SQLite's quick check; false for a file as a clean close left it (VerifiedFileStamp). */
    std::optional<SetAsideDatabase> inspectContent(const QSqlDatabase &db, bool checkPages, QString *errorMessage) const;
    bool moveAside(SetAsideDatabase &found, QString *errorMessage) const;

    QString m_path;
    bool m_pagesChecked = false;
    std::optional<SetAsideDatabase> m_setAside;
};

#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * Lanyard's SQLite file. Each thread gets its own named connection (a QSqlDatabase belongs to the
 * thread that opened it); every connection runs in WAL mode with foreign keys on. The schema is
 * migrated with PRAGMA user_version, one transaction per step, when the file is first opened.
 */
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }

    /** Opens the file on this thread, creating and migrating it. False with a message on failure. */
    bool open(QString *errorMessage);
    /** This thread's connection, opened on first use (after open() succeeded on any thread). */
    QSqlDatabase connection() const;
    /**
     * Closes this thread's connection now. A worker thread calls it as it finishes: the automatic
     * clean-up at thread exit can run after QThread::wait() returned, even after main() has ended.
     */
    void closeThisThreadsConnection() const;

    /** The schema version this build writes. */
    static int currentSchemaVersion();
    /** `--db PATH`, else $LANYARD_DB, else lanyard.sqlite in the per-user application data folder. */
    static QString resolvePath(const QString &commandLinePath);
    static QString defaultPath();

private:
    QSqlDatabase openConnection(const QString &name, QString *errorMessage) const;
    QString connectionNameForThisThread() const;

    QString m_path;
};

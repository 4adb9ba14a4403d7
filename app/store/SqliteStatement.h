#pragma once

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One statement prepared once on a QtSql connection's own SQLite handle and run many times,
 * binding with sqlite3_bind_* and reading with sqlite3_column_* directly: for the hot inserts of an
 * import and the hot reads of many rows (a day's events), where a QVariant per value and QtSql's
 * per-execution bookkeeping cost more than the row itself. Text is bound as UTF-8 (the database's
 * encoding); a null QString is bound as '' as Sql::run does.
 */
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /** SQLite's message for the last failure (preparing or running). */
    const QString &errorMessage() const { return m_error; }

    /** Parameters count from 1, as in SQLite. Each binder returns the statement for chaining. */
    SqliteStatement &bind(int index, const QString &text);
    /** Text already in UTF-8, bound as it is (without a copy: it must outlive the run). */
    SqliteStatement &bindUtf8(int index, QByteArrayView text);
    SqliteStatement &bind(int index, qint64 value);
    /** As date.toString(Qt::ISODate) ("2013-07-05"; '' for an invalid date or a year outside 0-9999), written without a QString. */
    SqliteStatement &bind(int index, QDate date);
    SqliteStatement &bindNull(int index);

    /** Runs a statement that returns no rows, then resets it for the next values. */
    bool run();
    /** Steps once: true while a row is there (read it with the column getters), false at the end or on an error. */
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    QByteArray columnUtf8(int column) const;
    /** Resets after next() so that the statement can run again. */
    void reset();
    qint64 lastInsertRowId() const;

    /** The raw handle of a QtSql SQLite connection, or null for another driver. */
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    void fail(const char *what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    /** The UTF-8 of the bound texts, kept until the statement has run (bound without a copy). */
    std::vector<QByteArray> m_texts;
    QString m_error;
};

#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

/** Small helpers so that every statement is prepared with bound values and every error is reported. */
namespace Sql
{
/** Prepares `sql`, binds `values` positionally and executes it; false with a message on failure. */
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *errorMessage);
bool exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, QString *errorMessage);
/** Binds `values` to an already prepared query and executes it. */
bool run(QSqlQuery &query, std::initializer_list<QVariant> values, QString *errorMessage);
/** "what failed: driver message" for a failed query. */
QString describeError(const QSqlQuery &query, const QString &what);
/** A list bound as one value, for "x IN (SELECT value FROM json_each(?))". */
QString jsonArray(const QStringList &values);
/** A text value or SQL NULL when empty. */
QVariant textOrNull(const QString &text);

/** What SQLite's own check of a database file found. */
struct IntegrityReport
{
    /** False when the check could not run; `error` says why (a damaged file, a lock, ...). */
    bool ran = false;
    QSqlError error;
    /** Empty when the file is sound. */
    QStringList problems;
};
enum class IntegrityCheck { Quick, Full };
/**
 * PRAGMA quick_check (every page, no index cross-checks) or integrity_check, without the false
 * "NULL value in T.C" reports of SQLite 3.40.0 to 3.41.0 (Debian 12 ships 3.40.1) for WITHOUT
 * ROWID tables whose primary key columns are not declared first: each such report is checked
 * against the table itself and kept only when the column does hold a NULL.
 */
IntegrityReport checkIntegrity(const QSqlDatabase &db, IntegrityCheck depth);

/**
 * One write transaction (BEGIN IMMEDIATE): rolled back unless commit() succeeds, so an error or a
 * killed process leaves the file as it was. Inside another Transaction on the same connection it
 * is a savepoint: its commit keeps its changes for the outer one to commit or roll back, so that
 * several stores' writes (a restore) can be all or nothing together.
 */
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    /** Whether this is a savepoint inside an outer transaction. */
    bool isNested() const { return !m_savepoint.isEmpty(); }
    const QString &errorMessage() const { return m_error; }
    bool commit();

private:
    void finish();

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_savepoint;
    QString m_error;
};
} // namespace Sql

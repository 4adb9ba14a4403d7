#include "SqlHelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Sql
{

QString describeError(const QSqlQuery &query, const QString &what)
{
    return u"%1: %2"_s.arg(what, query.lastError().text());
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

bool run(QSqlQuery &query, std::initializer_list<QVariant> values, QString *errorMessage)
{
    int position = 0;
    for (const QVariant &value : values) {
        // A null QString would be bound as SQL NULL; Lanyard's text columns mean "" by it.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(position++, QString(u""_s));
        else
            query.bindValue(position++, value);
    }
    if (query.exec())
        return true;
    if (errorMessage)
        *errorMessage = describeError(query, u"database statement failed"_s);
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *errorMessage)
{
    if (!query.prepare(sql)) {
        if (errorMessage)
            *errorMessage = describeError(query, u"cannot prepare \"%1\""_s.arg(sql.simplified().left(80)));
        return false;
    }
    return run(query, values, errorMessage);
}

bool exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, QString *errorMessage)
{
    QSqlQuery query(db);
    return exec(query, sql, values, errorMessage);
}

namespace
{
/** Open transactions per connection name on this thread (connections belong to one thread). */
QHash<QString, int> &transactionDepths()
{
    thread_local QHash<QString, int> depths;
    return depths;
}
} // namespace

IntegrityReport checkIntegrity(const QSqlDatabase &db, IntegrityCheck depth)
{
    IntegrityReport report;
    QSqlQuery query(db);
    // A high limit: the false reports below (one per row) must not hide a real problem after them.
    const QString pragma = depth == IntegrityCheck::Quick ? u"PRAGMA quick_check(100000)"_s : u"PRAGMA integrity_check(100000)"_s;
    if (!query.exec(pragma)) {
        report.error = query.lastError();
        return report;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    if (query.lastError().isValid()) {
        report.error = query.lastError();
        return report;
    }
    report.ran = true;
    if (lines == QStringList{u"ok"_s})
        return report;

    static const QRegularExpression nullReport(uR"(^NULL value in ([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$)"_s);
    QHash<QString, bool> holdsNull;
    for (const QString &line : std::as_const(lines)) {
        const QRegularExpressionMatch match = nullReport.match(line);
        if (match.hasMatch()) {
            const QString key = match.captured(1) + u'.' + match.captured(2);
            if (!holdsNull.contains(key)) {
                // The names are plain identifiers (checked above) from SQLite's own message. typeof()
                // rather than IS NULL, which SQLite answers from the NOT NULL constraint alone.
                QSqlQuery count(db);
                const bool counted =
                    count.exec(u"SELECT count(*) FROM \"%1\" WHERE typeof(\"%2\") = 'null'"_s.arg(match.captured(1), match.captured(2)))
                    && count.next();
                holdsNull.insert(key, !counted || count.value(0).toLongLong() > 0);
            }
            if (!holdsNull.value(key))
                continue;
        }
        report.problems.append(line);
    }
    return report;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = transactionDepths()[m_db.connectionName()];
    QSqlQuery begin(m_db);
    if (depth > 0) {
        m_savepoint = u"lanyard_%1"_s.arg(depth);
        m_active = begin.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
    }
    if (m_active)
        ++depth;
    else
        m_error = describeError(begin, u"cannot start a transaction"_s);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db);
    if (isNested()) {
        rollback.exec(u"ROLLBACK TO "_s + m_savepoint);
        rollback.exec(u"RELEASE "_s + m_savepoint);
    } else {
        rollback.exec(u"ROLLBACK"_s);
    }
    finish();
}

void Transaction::finish()
{
    m_active = false;
    auto &depths = transactionDepths();
    const auto found = depths.find(m_db.connectionName());
    if (found != depths.end() && --*found <= 0)
        depths.erase(found);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(isNested() ? u"RELEASE "_s + m_savepoint : u"COMMIT"_s)) {
        m_error = describeError(commitQuery, u"cannot commit"_s);
        return false;
    }
    finish();
    return true;
}

} // namespace Sql

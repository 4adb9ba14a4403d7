#include "SqliteStatement.h"

#include <QStringEncoder>

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
{
    if (!m_db) {
        m_error = u"not an SQLite connection"_s;
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        fail("cannot prepare");
        m_statement = nullptr;
        return;
    }
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const char *what)
{
    m_error = u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database"));
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    // Encoded into the parameter's own buffer, which keeps its capacity from one row to the next:
    // a new QByteArray per value was an allocation and a free for each of the 700,000 texts an
    // import of 20,000 events binds.
    QByteArray &utf8 = m_texts[size_t(index)];
    utf8.resize(text.size() * 3); // UTF-8 takes at most three bytes per UTF-16 code unit
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    utf8.truncate(encoder.appendToBuffer(utf8.data(), text) - utf8.data());
    // constData() of an empty QByteArray is "", never null: bound as '' rather than NULL.
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindUtf8(int index, QByteArrayView text)
{
    // "" rather than a null pointer: bound as '' rather than NULL, as bind(QString) does.
    sqlite3_bind_text(m_statement, index, text.isNull() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, QDate date)
{
    QByteArray &text = m_texts[size_t(index)];
    text.resize(0);
    if (date.isValid() && date.year() >= 0 && date.year() <= 9999) {
        // QDate::toString(Qt::ISODate) went through QLocale's formatting: 5,000 instructions a row.
        const int parts[] = {date.year(), date.month(), date.day()};
        const int widths[] = {4, 2, 2};
        text.resize(10);
        char *out = text.data();
        for (int part = 0; part < 3; ++part) {
            if (part > 0)
                *out++ = '-';
            for (int digit = widths[part] - 1, value = parts[part]; digit >= 0; --digit, value /= 10)
                out[digit] = char('0' + value % 10);
            out += widths[part];
        }
    }
    sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::run()
{
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        fail("database statement failed");
    sqlite3_reset(m_statement);
    return ok;
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail("database statement failed");
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

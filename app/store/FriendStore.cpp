#include "FriendStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kColumns = u"name, source, calendar, refreshed_ms, added_ms, last_error"_s;

QVariant msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Friend fromRow(const QSqlQuery &query)
{
    Friend person;
    person.name = query.value(0).toString();
    person.source = query.value(1).toString();
    person.calendar = query.value(2).toByteArray();
    person.refreshedAt = instantOrInvalid(query.value(3));
    person.addedAt = instantOrInvalid(query.value(4));
    person.lastError = query.value(5).toString();
    return person;
}
} // namespace

bool Friend::isUrlSource(const QString &source)
{
    return source.startsWith(u"https://"_s, Qt::CaseInsensitive) || source.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

FriendStore::FriendStore(Database &database)
    : m_database(database)
{
}

const QStringList &FriendStore::schemaStatements()
{
    static const QStringList statements = {
        // User data of its own: no foreign key into feed data, never touched by an import.
        uR"(CREATE TABLE friends (
            name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            source TEXT NOT NULL,
            calendar BLOB NOT NULL,
            refreshed_ms INTEGER,
            added_ms INTEGER NOT NULL,
            last_error TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"_s,
    };
    return statements;
}

QString FriendStore::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return u"a friend needs a name"_s;
    if (trimmed != name.simplified())
        return u"\"%1\": a friend's name has no line breaks, tabs or runs of spaces"_s.arg(name);
    if (trimmed.size() > 60)
        return u"\"%1\" is longer than 60 characters"_s.arg(trimmed.left(20) + u"…"_s);
    if (trimmed.contains(u','))
        return u"\"%1\": a friend's name has no commas (they separate names in --with)"_s.arg(trimmed);
    return {};
}

QList<Friend> FriendStore::all(QString *errorMessage) const
{
    QList<Friend> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM friends ORDER BY name COLLATE NOCASE"_s.arg(kColumns), {}, errorMessage))
        return result;
    while (query.next())
        result.append(fromRow(query));
    return result;
}

std::optional<Friend> FriendStore::byName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM friends WHERE name = ?"_s.arg(kColumns), {name.trimmed()}, nullptr) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

bool FriendStore::add(const Friend &person, QString *errorMessage)
{
    const QString invalid = validateName(person.name);
    if (!invalid.isEmpty()) {
        if (errorMessage)
            *errorMessage = invalid;
        return false;
    }
    // One statement, so that two processes adding the same name at once cannot both succeed.
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(
            query,
            u"INSERT INTO friends (%1) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM friends WHERE name = ?)"_s.arg(kColumns),
            {person.name.trimmed(), person.source, person.calendar, msOrNull(person.refreshedAt),
             person.addedAt.isValid() ? person.addedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(), person.lastError,
             person.name.trimmed()},
            errorMessage))
        return false;
    if (query.numRowsAffected() == 0) {
        if (errorMessage) {
            const auto existing = byName(person.name);
            *errorMessage = u"there is already a friend called %1 (remove them first, or pick another name)"_s.arg(
                existing ? existing->name : person.name.trimmed());
        }
        return false;
    }
    return true;
}

bool FriendStore::put(const Friend &person, QString *errorMessage)
{
    const QString invalid = validateName(person.name);
    if (!invalid.isEmpty()) {
        if (errorMessage)
            *errorMessage = invalid;
        return false;
    }
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (errorMessage)
            *errorMessage = transaction.errorMessage();
        return false;
    }
    QSqlQuery query(m_database.connection());
    // The name's spelling is the latest one given; the row is one per name, whatever its case.
    if (!Sql::exec(query, u"DELETE FROM friends WHERE name = ?"_s, {person.name.trimmed()}, errorMessage)
        || !Sql::exec(query, u"INSERT INTO friends (%1) VALUES (?, ?, ?, ?, ?, ?)"_s.arg(kColumns),
                      {person.name.trimmed(), person.source, person.calendar, msOrNull(person.refreshedAt),
                       person.addedAt.isValid() ? person.addedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(),
                       person.lastError},
                      errorMessage))
        return false;
    if (!transaction.commit()) {
        if (errorMessage)
            *errorMessage = transaction.errorMessage();
        return false;
    }
    return true;
}

bool FriendStore::recordRefresh(const QString &name, const QByteArray &calendar, const QDateTime &at, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    return Sql::exec(query, u"UPDATE friends SET calendar = ?, refreshed_ms = ?, last_error = '' WHERE name = ?"_s,
                     {calendar, msOrNull(at), name}, errorMessage);
}

bool FriendStore::recordFailure(const QString &name, const QString &error, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    return Sql::exec(query, u"UPDATE friends SET last_error = ? WHERE name = ?"_s, {error, name}, errorMessage);
}

bool FriendStore::remove(const QString &name, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"DELETE FROM friends WHERE name = ?"_s, {name.trimmed()}, errorMessage))
        return false;
    if (query.numRowsAffected() == 0) {
        if (errorMessage)
            *errorMessage = u"there is no friend called %1"_s.arg(name.trimmed());
        return false;
    }
    return true;
}

#include "CalendarSyncStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace
{
QVariant msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}
} // namespace

CalendarSyncStore::CalendarSyncStore(Database &database)
    : m_database(database)
{
}

const QStringList &CalendarSyncStore::schemaStatements()
{
    static const QStringList statements = {
        uR"(CREATE TABLE calendar_account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT NOT NULL,
            user_name TEXT NOT NULL,
            collection_url TEXT NOT NULL,
            collection_name TEXT NOT NULL,
            sync_token TEXT NOT NULL DEFAULT '',
            last_attempt_at INTEGER,
            last_success_at INTEGER,
            last_error TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE calendar_items (
            uid TEXT PRIMARY KEY,
            href TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('event', 'trip')),
            local_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT '',
            object BLOB NOT NULL DEFAULT x'',
            synced_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE calendar_notes (
            position INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            local_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            noted_at INTEGER NOT NULL))"_s,
    };
    return statements;
}

std::optional<CalendarAccount> CalendarSyncStore::account(QString *errorMessage) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query,
                   u"SELECT server_url, user_name, collection_url, collection_name, sync_token, last_attempt_at, "
                   "last_success_at, last_error FROM calendar_account WHERE id = 1"_s,
                   {}, errorMessage)
        || !query.next())
        return std::nullopt;
    CalendarAccount account;
    account.serverUrl = query.value(0).toString();
    account.user = query.value(1).toString();
    account.collectionUrl = query.value(2).toString();
    account.collectionName = query.value(3).toString();
    account.syncToken = query.value(4).toString();
    account.lastAttemptAt = instantOrInvalid(query.value(5));
    account.lastSuccessAt = instantOrInvalid(query.value(6));
    account.lastError = query.value(7).toString();
    return account;
}

bool CalendarSyncStore::connect(const CalendarAccount &account, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    if (!Sql::exec(db, u"DELETE FROM calendar_items"_s, {}, errorMessage)
        || !Sql::exec(db, u"DELETE FROM calendar_notes"_s, {}, errorMessage)
        || !Sql::exec(db, uR"(INSERT OR REPLACE INTO calendar_account (id, server_url, user_name, collection_url,
                collection_name, sync_token, last_attempt_at, last_success_at, last_error)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
                      {account.serverUrl, account.user, account.collectionUrl, account.collectionName, account.syncToken,
                       msOrNull(account.lastAttemptAt), msOrNull(account.lastSuccessAt), account.lastError},
                      errorMessage))
        return false;
    return transaction.commit() || fail(errorMessage, transaction.errorMessage());
}

bool CalendarSyncStore::disconnect(QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    if (!Sql::exec(db, u"DELETE FROM calendar_items"_s, {}, errorMessage)
        || !Sql::exec(db, u"DELETE FROM calendar_notes"_s, {}, errorMessage)
        || !Sql::exec(db, u"DELETE FROM calendar_account"_s, {}, errorMessage))
        return false;
    return transaction.commit() || fail(errorMessage, transaction.errorMessage());
}

bool CalendarSyncStore::recordAttempt(const QDateTime &at, const QString &error, const QString &syncToken, bool success,
                                      QString *errorMessage)
{
    if (success) {
        return Sql::exec(m_database.connection(),
                         u"UPDATE calendar_account SET last_attempt_at = ?, last_success_at = ?, last_error = '', "
                         "sync_token = ? WHERE id = 1"_s,
                         {msOrNull(at), msOrNull(at), syncToken}, errorMessage);
    }
    return Sql::exec(m_database.connection(), u"UPDATE calendar_account SET last_attempt_at = ?, last_error = ? WHERE id = 1"_s,
                     {msOrNull(at), error}, errorMessage);
}

QList<CalendarItemState> CalendarSyncStore::items(QString *errorMessage) const
{
    QList<CalendarItemState> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT uid, href, etag, kind, local_id, fingerprint, synced_at, object FROM calendar_items ORDER BY uid"_s, {},
                   errorMessage))
        return result;
    while (query.next()) {
        CalendarItemState item;
        item.uid = query.value(0).toString();
        item.href = query.value(1).toString();
        item.etag = query.value(2).toString();
        item.kind = query.value(3).toString();
        item.localId = query.value(4).toString();
        item.fingerprint = query.value(5).toString();
        item.syncedAt = instantOrInvalid(query.value(6));
        item.object = query.value(7).toByteArray();
        result.append(item);
    }
    return result;
}

bool CalendarSyncStore::putItem(const CalendarItemState &item, QString *errorMessage)
{
    return Sql::exec(m_database.connection(),
                     uR"(INSERT OR REPLACE INTO calendar_items (uid, href, etag, kind, local_id, fingerprint, object, synced_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s,
                     {item.uid, item.href, item.etag, item.kind, item.localId, item.fingerprint, item.object,
                      (item.syncedAt.isValid() ? item.syncedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch()},
                     errorMessage);
}

bool CalendarSyncStore::removeItem(const QString &uid, QString *errorMessage)
{
    return Sql::exec(m_database.connection(), u"DELETE FROM calendar_items WHERE uid = ?"_s, {uid}, errorMessage);
}

QList<CalendarSyncNote> CalendarSyncStore::notes(QString *errorMessage) const
{
    QList<CalendarSyncNote> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT kind, local_id, title, detail, noted_at FROM calendar_notes ORDER BY position"_s, {}, errorMessage))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                       instantOrInvalid(query.value(4))});
    }
    return result;
}

bool CalendarSyncStore::replaceNotes(const QList<CalendarSyncNote> &notes, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    if (!Sql::exec(db, u"DELETE FROM calendar_notes"_s, {}, errorMessage))
        return false;
    for (const CalendarSyncNote &note : notes) {
        if (!Sql::exec(
                db, u"INSERT INTO calendar_notes (kind, local_id, title, detail, noted_at) VALUES (?, ?, ?, ?, ?)"_s,
                {note.kind, note.localId, note.title, note.detail, msOrNull(note.at.isValid() ? note.at : QDateTime::currentDateTimeUtc())},
                errorMessage))
            return false;
    }
    return transaction.commit() || fail(errorMessage, transaction.errorMessage());
}

#include "SubscriptionStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kColumns = u"id, url, conference_id, time_zone, etag, last_modified, last_success_at, last_attempt_at, "
                         "last_error, created_at, website"_s;

QVariant epochOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Subscription fromRow(const QSqlQuery &query)
{
    Subscription s;
    s.id = query.value(0).toLongLong();
    s.url = query.value(1).toString();
    s.conferenceId = query.value(2).toString();
    s.timeZone = query.value(3).toString();
    s.etag = query.value(4).toString();
    s.lastModified = query.value(5).toString();
    s.lastSuccessAt = instantOrInvalid(query.value(6));
    s.lastAttemptAt = instantOrInvalid(query.value(7));
    s.lastError = query.value(8).toString();
    s.createdAt = instantOrInvalid(query.value(9));
    s.website = query.value(10).toString();
    return s;
}
} // namespace

SubscriptionStore::SubscriptionStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QString SubscriptionStore::normalizeUrl(const QString &typed, QString *errorMessage)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"no URL given"_s;
        return {};
    }
    // A bare host and path is taken as HTTPS: the safe default.
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        if (errorMessage)
            *errorMessage = u"\"%1\" is not an http or https address of a schedule"_s.arg(typed.trimmed());
        return {};
    }
    url.setFragment({});
    return url.toString(QUrl::FullyEncoded);
}

std::optional<Subscription> SubscriptionStore::one(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM subscriptions WHERE %2 = ?"_s.arg(kColumns, where), {value}, nullptr) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Subscription> SubscriptionStore::all(QString *errorMessage) const
{
    QList<Subscription> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM subscriptions ORDER BY id"_s.arg(kColumns), {}, errorMessage))
        return result;
    while (query.next())
        result.append(fromRow(query));
    return result;
}

std::optional<Subscription> SubscriptionStore::byId(qint64 id) const
{
    return one(u"id"_s, id);
}

std::optional<Subscription> SubscriptionStore::byUrl(const QString &url) const
{
    return one(u"url"_s, url);
}

std::optional<Subscription> SubscriptionStore::forConference(const QString &conferenceId) const
{
    if (conferenceId.isEmpty())
        return std::nullopt;
    return one(u"conference_id"_s, conferenceId);
}

std::optional<Subscription> SubscriptionStore::add(const QString &url, const QString &timeZone, const QDateTime &now, QString *errorMessage)
{
    const QString normalized = normalizeUrl(url, errorMessage);
    if (normalized.isEmpty())
        return std::nullopt;
    if (const auto existing = byUrl(normalized)) {
        if (errorMessage) {
            *errorMessage = existing->conferenceId.isEmpty()
                ? u"%1 is already subscribed"_s.arg(normalized)
                : u"%1 is already subscribed (conference %2)"_s.arg(normalized, existing->conferenceId);
        }
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"INSERT INTO subscriptions (url, time_zone, created_at) VALUES (?, COALESCE(?, ''), ?)"_s,
                   {normalized, timeZone.trimmed(), now.toSecsSinceEpoch()}, errorMessage))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT added(id);
    return byId(id);
}

bool SubscriptionStore::setUrl(qint64 id, const QString &url, QString *errorMessage)
{
    const QString normalized = normalizeUrl(url, errorMessage);
    if (normalized.isEmpty())
        return false;
    const auto existing = byUrl(normalized);
    if (existing && existing->id != id) {
        if (errorMessage)
            *errorMessage = u"%1 is already the address of another subscription"_s.arg(normalized);
        return false;
    }
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"UPDATE subscriptions SET url = ?, etag = '', last_modified = '' WHERE id = ?"_s, {normalized, id},
                   errorMessage))
        return false;
    if (query.numRowsAffected() == 0) {
        if (errorMessage)
            *errorMessage = u"no subscription with id %1"_s.arg(id);
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

bool SubscriptionStore::setTimeZone(qint64 id, const QString &timeZone, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(), u"UPDATE subscriptions SET time_zone = COALESCE(?, '') WHERE id = ?"_s,
                   {timeZone.trimmed(), id}, errorMessage))
        return false;
    Q_EMIT changed(id);
    return true;
}

bool SubscriptionStore::setWebsite(qint64 id, const QString &website, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(), u"UPDATE subscriptions SET website = COALESCE(?, '') WHERE id = ?"_s, {website.trimmed(), id},
                   errorMessage))
        return false;
    Q_EMIT changed(id);
    return true;
}

bool SubscriptionStore::restore(const Subscription &s, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(),
                   uR"(UPDATE subscriptions SET url = ?, conference_id = COALESCE(?, ''), time_zone = COALESCE(?, ''),
                       etag = COALESCE(?, ''), last_modified = COALESCE(?, ''), last_success_at = ?, last_attempt_at = ?,
                       last_error = COALESCE(?, '') WHERE id = ?)"_s,
                   {s.url, s.conferenceId, s.timeZone, s.etag, s.lastModified, epochOrNull(s.lastSuccessAt), epochOrNull(s.lastAttemptAt),
                    s.lastError, s.id},
                   errorMessage))
        return false;
    Q_EMIT changed(s.id);
    return true;
}

bool SubscriptionStore::remove(qint64 id, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"DELETE FROM subscriptions WHERE id = ?"_s, {id}, errorMessage))
        return false;
    if (query.numRowsAffected() == 0) {
        if (errorMessage)
            *errorMessage = u"no subscription with id %1"_s.arg(id);
        return false;
    }
    Q_EMIT removed(id);
    return true;
}

bool SubscriptionStore::removeForConference(const QString &conferenceId, QString *errorMessage)
{
    QList<qint64> ids;
    for (const Subscription &s : all(errorMessage)) {
        if (s.conferenceId == conferenceId)
            ids.append(s.id);
    }
    if (ids.isEmpty())
        return true;
    if (!Sql::exec(m_database.connection(), u"DELETE FROM subscriptions WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    for (const qint64 id : std::as_const(ids))
        Q_EMIT removed(id);
    return true;
}

bool SubscriptionStore::recordAttempt(qint64 id, const QDateTime &now, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(), u"UPDATE subscriptions SET last_attempt_at = ? WHERE id = ?"_s, {now.toSecsSinceEpoch(), id},
                   errorMessage))
        return false;
    Q_EMIT changed(id);
    return true;
}

bool SubscriptionStore::recordSuccess(qint64 id, const QString &conferenceId, const QString &etag, const QString &lastModified,
                                      const QDateTime &now, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(), uR"(UPDATE subscriptions SET conference_id = COALESCE(?, ''), etag = COALESCE(?, ''),
                       last_modified = COALESCE(?, ''), last_success_at = ?, last_attempt_at = ?, last_error = ''
                       WHERE id = ?)"_s,
                   {conferenceId, etag, lastModified, now.toSecsSinceEpoch(), now.toSecsSinceEpoch(), id}, errorMessage))
        return false;
    Q_EMIT changed(id);
    return true;
}

bool SubscriptionStore::recordFailure(qint64 id, const QString &error, const QDateTime &now, QString *errorMessage)
{
    if (!Sql::exec(m_database.connection(), u"UPDATE subscriptions SET last_error = COALESCE(?, ''), last_attempt_at = ? WHERE id = ?"_s,
                   {error, now.toSecsSinceEpoch(), id}, errorMessage))
        return false;
    Q_EMIT changed(id);
    return true;
}

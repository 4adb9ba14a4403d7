#include "UserDataStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace
{
QVariant epochOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}
} // namespace

bool EventUserData::isEmpty() const
{
    return priority == Priority::None && note.isEmpty() && rating == 0 && !watchedAt.isValid() && !seenAt.isValid()
        && !dismissedAt.isValid();
}

UserDataStore::UserDataStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool UserDataStore::load(QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, uR"(SELECT event_id, conference_id, priority, bookmarked_at, note, rating, watched_at, seen_at,
            dismissed_at, updated_at FROM user_events)"_s, {}, errorMessage))
        return false;
    m_rows.clear();
    while (query.next()) {
        EventUserData data;
        data.eventId = query.value(0).toString();
        data.conferenceId = query.value(1).toString();
        data.priority = Priority(query.value(2).toInt());
        data.bookmarkedAt = instantOrInvalid(query.value(3));
        data.note = query.value(4).toString();
        data.rating = query.value(5).isNull() ? 0 : query.value(5).toInt();
        data.watchedAt = instantOrInvalid(query.value(6));
        data.seenAt = instantOrInvalid(query.value(7));
        data.dismissedAt = instantOrInvalid(query.value(8));
        data.updatedAt = instantOrInvalid(query.value(9));
        m_rows.insert(data.eventId, data);
    }
    Q_EMIT reset();
    return true;
}

EventUserData UserDataStore::value(const QString &eventId) const
{
    const auto found = m_rows.constFind(eventId);
    if (found != m_rows.constEnd())
        return *found;
    EventUserData empty;
    empty.eventId = eventId;
    return empty;
}

bool UserDataStore::isBookmarked(const QString &eventId) const
{
    return priority(eventId) != Priority::None;
}

Priority UserDataStore::priority(const QString &eventId) const
{
    const auto found = m_rows.constFind(eventId);
    return found == m_rows.constEnd() ? Priority::None : found->priority;
}

QList<EventUserData> UserDataStore::all(const QString &conferenceId) const
{
    QList<EventUserData> result;
    for (const EventUserData &data : m_rows) {
        if (conferenceId.isEmpty() || data.conferenceId == conferenceId)
            result.append(data);
    }
    std::sort(result.begin(), result.end(), [](const EventUserData &a, const EventUserData &b) { return a.eventId < b.eventId; });
    return result;
}

QStringList UserDataStore::bookmarkedIds(const QString &conferenceId) const
{
    QStringList result;
    for (const EventUserData &data : m_rows) {
        if (data.isBookmarked() && (conferenceId.isEmpty() || data.conferenceId == conferenceId))
            result.append(data.eventId);
    }
    result.sort();
    return result;
}

bool UserDataStore::writeRow(const EventUserData &data, QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    if (data.isEmpty())
        return Sql::exec(db, u"DELETE FROM user_events WHERE event_id = ?"_s, {data.eventId}, errorMessage);
    return Sql::exec(db, uR"(INSERT INTO user_events (event_id, conference_id, priority, bookmarked_at, note, rating,
            watched_at, seen_at, dismissed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(event_id) DO UPDATE SET conference_id = excluded.conference_id, priority = excluded.priority,
              bookmarked_at = excluded.bookmarked_at, note = excluded.note, rating = excluded.rating,
              watched_at = excluded.watched_at, seen_at = excluded.seen_at, dismissed_at = excluded.dismissed_at,
              updated_at = excluded.updated_at)"_s,
                     {data.eventId, data.conferenceId, int(data.priority), epochOrNull(data.bookmarkedAt), data.note,
                      data.rating > 0 ? QVariant(data.rating) : QVariant(QMetaType::fromType<int>()),
                      epochOrNull(data.watchedAt), epochOrNull(data.seenAt), epochOrNull(data.dismissedAt),
                      (data.updatedAt.isValid() ? data.updatedAt : m_now()).toSecsSinceEpoch()},
                     errorMessage);
}

bool UserDataStore::write(EventUserData data, QString *errorMessage)
{
    data.updatedAt = m_now();
    if (!writeRow(data, errorMessage))
        return false;
    if (data.isEmpty())
        m_rows.remove(data.eventId);
    else
        m_rows.insert(data.eventId, data);
    Q_EMIT eventDataChanged(data.eventId);
    return true;
}

bool UserDataStore::putAll(const QList<EventUserData> &rows, QString *errorMessage)
{
    if (rows.isEmpty())
        return true;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (errorMessage)
            *errorMessage = transaction.errorMessage();
        return false;
    }
    for (const EventUserData &row : rows) {
        if (row.eventId.isEmpty() || row.conferenceId.isEmpty()) {
            if (errorMessage)
                *errorMessage = u"a user data row needs an event id and a conference id"_s;
            return false;
        }
        if (!writeRow(row, errorMessage))
            return false;
    }
    if (!transaction.commit()) {
        if (errorMessage)
            *errorMessage = transaction.errorMessage();
        return false;
    }
    for (const EventUserData &row : rows) {
        if (row.isEmpty())
            m_rows.remove(row.eventId);
        else
            m_rows.insert(row.eventId, row);
    }
    // One announcement for the batch: views rebuild once, not once per row.
    Q_EMIT reset();
    return true;
}

bool UserDataStore::setPriority(const QString &eventId, const QString &conferenceId, Priority priority, QString *errorMessage)
{
    EventUserData data = value(eventId);
    if (data.priority == priority)
        return true;
    data.conferenceId = conferenceId;
    data.priority = priority;
    data.bookmarkedAt = priority == Priority::None ? QDateTime() : (data.bookmarkedAt.isValid() ? data.bookmarkedAt : m_now());
    if (priority != Priority::None)
        data.dismissedAt = {};
    return write(data, errorMessage);
}

bool UserDataStore::setNote(const QString &eventId, const QString &conferenceId, const QString &note, QString *errorMessage)
{
    EventUserData data = value(eventId);
    if (data.note == note)
        return true;
    data.conferenceId = conferenceId;
    data.note = note;
    return write(data, errorMessage);
}

bool UserDataStore::setRating(const QString &eventId, const QString &conferenceId, int rating, QString *errorMessage)
{
    if (rating < 0 || rating > 5) {
        if (errorMessage)
            *errorMessage = u"a rating is a whole number from 1 to 5 (0 clears it), not %1"_s.arg(rating);
        return false;
    }
    EventUserData data = value(eventId);
    if (data.rating == rating)
        return true;
    data.conferenceId = conferenceId;
    data.rating = rating;
    return write(data, errorMessage);
}

bool UserDataStore::setWatched(const QString &eventId, const QString &conferenceId, bool watched, QString *errorMessage)
{
    EventUserData data = value(eventId);
    if (data.isWatched() == watched)
        return true;
    data.conferenceId = conferenceId;
    data.watchedAt = watched ? m_now() : QDateTime();
    return write(data, errorMessage);
}

bool UserDataStore::setDismissed(const QString &eventId, const QString &conferenceId, bool dismissed, QString *errorMessage)
{
    EventUserData data = value(eventId);
    if (data.dismissedAt.isValid() == dismissed)
        return true;
    data.conferenceId = conferenceId;
    data.dismissedAt = dismissed ? m_now() : QDateTime();
    return write(data, errorMessage);
}

bool UserDataStore::put(const EventUserData &data, QString *errorMessage)
{
    return write(data, errorMessage);
}

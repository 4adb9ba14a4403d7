#include "UserDataStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

/** One column set by a write. The column names come from this file only, never from input. */
struct UserDataStore::Assignment
{
    QString column;
    QVariant value;
};

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

QVariant msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime msInstantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

const QString kColumns = uR"(event_id, conference_id, priority, bookmarked_at, note, rating, watched_at, seen_at,
    dismissed_at, updated_at, priority_changed_ms, note_changed_ms, rating_changed_ms, watched_changed_ms,
    dismissed_changed_ms, revision)"_s;

/** A row of kColumns; its revision in `revision`. */
EventUserData rowFrom(const QSqlQuery &query, qint64 *revision)
{
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
    data.priorityChangedAt = msInstantOrInvalid(query.value(10));
    data.noteChangedAt = msInstantOrInvalid(query.value(11));
    data.ratingChangedAt = msInstantOrInvalid(query.value(12));
    data.watchedChangedAt = msInstantOrInvalid(query.value(13));
    data.dismissedChangedAt = msInstantOrInvalid(query.value(14));
    if (revision)
        *revision = query.value(15).toLongLong();
    return data;
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QString priorityText(Priority priority)
{
    switch (priority) {
    case Priority::MustSee:
        return u"must see"_s;
    case Priority::Maybe:
        return u"maybe"_s;
    case Priority::None:
        break;
    }
    return u"not bookmarked"_s;
}

/** One field's value and change time, for merges. */
struct FieldView
{
    UserDataField field;
    QDateTime EventUserData::*changedAt;
    bool (*same)(const EventUserData &, const EventUserData &);
    void (*copy)(EventUserData &to, const EventUserData &from);
    QString (*text)(const EventUserData &);
};

const FieldView kFields[] = {
    {UserDataField::Priority, &EventUserData::priorityChangedAt,
     [](const EventUserData &a, const EventUserData &b) { return a.priority == b.priority; },
     [](EventUserData &to, const EventUserData &from) {
         to.priority = from.priority;
         to.bookmarkedAt = from.bookmarkedAt;
     },
     [](const EventUserData &d) { return priorityText(d.priority); }},
    {UserDataField::Note, &EventUserData::noteChangedAt, [](const EventUserData &a, const EventUserData &b) { return a.note == b.note; },
     [](EventUserData &to, const EventUserData &from) { to.note = from.note; }, [](const EventUserData &d) { return d.note; }},
    {UserDataField::Rating, &EventUserData::ratingChangedAt,
     [](const EventUserData &a, const EventUserData &b) { return a.rating == b.rating; },
     [](EventUserData &to, const EventUserData &from) { to.rating = from.rating; },
     [](const EventUserData &d) { return d.rating > 0 ? QString::number(d.rating) : u"not rated"_s; }},
    {UserDataField::Watched, &EventUserData::watchedChangedAt,
     [](const EventUserData &a, const EventUserData &b) { return a.watchedAt.isValid() == b.watchedAt.isValid(); },
     [](EventUserData &to, const EventUserData &from) { to.watchedAt = from.watchedAt; },
     [](const EventUserData &d) { return d.watchedAt.isValid() ? u"watched"_s : u"not watched"_s; }},
    {UserDataField::Dismissed, &EventUserData::dismissedChangedAt,
     [](const EventUserData &a, const EventUserData &b) { return a.dismissedAt.isValid() == b.dismissedAt.isValid(); },
     [](EventUserData &to, const EventUserData &from) { to.dismissedAt = from.dismissedAt; },
     [](const EventUserData &d) { return d.dismissedAt.isValid() ? u"dismissed"_s : u"not dismissed"_s; }},
};
} // namespace

bool EventUserData::isEmpty() const
{
    return priority == Priority::None && note.isEmpty() && rating == 0 && !watchedAt.isValid() && !seenAt.isValid()
        && !dismissedAt.isValid();
}

bool EventUserData::sameValues(const EventUserData &other) const
{
    return eventId == other.eventId && conferenceId == other.conferenceId && priority == other.priority
        && bookmarkedAt == other.bookmarkedAt && note == other.note && rating == other.rating && watchedAt == other.watchedAt
        && seenAt == other.seenAt && dismissedAt == other.dismissedAt;
}

UserDataStore::UserDataStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_changeClock([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool UserDataStore::load(QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Sql::exec(query, u"SELECT %1 FROM user_events"_s.arg(kColumns), {}, errorMessage))
        return false;
    m_rows.clear();
    qint64 highest = 0;
    while (query.next()) {
        qint64 revision = 0;
        EventUserData data = rowFrom(query, &revision);
        highest = std::max(highest, revision);
        m_rows.insert(data.eventId, data);
    }
    m_revision = highest;
    Q_EMIT reset();
    return true;
}

bool UserDataStore::refreshFromDatabase(QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Sql::exec(query, u"SELECT %1 FROM user_events WHERE revision > ? ORDER BY revision"_s.arg(kColumns), {m_revision}, errorMessage))
        return false;
    QStringList changed;
    while (query.next()) {
        qint64 revision = 0;
        const EventUserData row = rowFrom(query, &revision);
        m_revision = std::max(m_revision, revision);
        if (remember(row))
            changed.append(row.eventId);
    }
    // A restore elsewhere may change hundreds of rows: views rebuild once rather than per row.
    constexpr qsizetype kRowByRowLimit = 200;
    if (changed.size() > kRowByRowLimit) {
        Q_EMIT reset();
        return true;
    }
    for (const QString &eventId : std::as_const(changed))
        Q_EMIT eventDataChanged(eventId);
    return true;
}

bool UserDataStore::remember(const EventUserData &row)
{
    const auto found = m_rows.constFind(row.eventId);
    const bool wasVisible = found != m_rows.constEnd() && !found->isEmpty();
    const bool changed = found == m_rows.constEnd() ? !row.isEmpty() : !found->sameValues(row);
    m_rows.insert(row.eventId, row);
    return changed && (wasVisible || !row.isEmpty());
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
        if (!data.isEmpty() && (conferenceId.isEmpty() || data.conferenceId == conferenceId))
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

std::optional<EventUserData> UserDataStore::readRow(const QString &eventId, QString *errorMessage) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT %1 FROM user_events WHERE event_id = ?"_s.arg(kColumns), {eventId}, errorMessage))
        return std::nullopt;
    if (query.next())
        return rowFrom(query, nullptr);
    EventUserData empty;
    empty.eventId = eventId;
    return empty;
}

QList<UserDataStore::Assignment> UserDataStore::differences(const EventUserData &local, const EventUserData &wanted) const
{
    QList<Assignment> result;
    const QDateTime now = m_changeClock();
    // A field's change time: the one `wanted` brings (a merge, a restore that has them), else now.
    auto changedAt = [&](QDateTime EventUserData::*member) {
        const QDateTime &given = wanted.*member;
        return msOrNull(given.isValid() && given != local.*member ? given : now);
    };
    if (local.priority != wanted.priority || local.bookmarkedAt != wanted.bookmarkedAt) {
        result.append({u"priority"_s, int(wanted.priority)});
        result.append({u"bookmarked_at"_s, epochOrNull(wanted.bookmarkedAt)});
        if (local.priority != wanted.priority)
            result.append({u"priority_changed_ms"_s, changedAt(&EventUserData::priorityChangedAt)});
    }
    if (local.note != wanted.note) {
        result.append({u"note"_s, wanted.note});
        result.append({u"note_changed_ms"_s, changedAt(&EventUserData::noteChangedAt)});
    }
    if (local.rating != wanted.rating) {
        result.append({u"rating"_s, wanted.rating > 0 ? QVariant(wanted.rating) : QVariant(QMetaType::fromType<int>())});
        result.append({u"rating_changed_ms"_s, changedAt(&EventUserData::ratingChangedAt)});
    }
    if (local.watchedAt != wanted.watchedAt) {
        result.append({u"watched_at"_s, epochOrNull(wanted.watchedAt)});
        if (local.watchedAt.isValid() != wanted.watchedAt.isValid())
            result.append({u"watched_changed_ms"_s, changedAt(&EventUserData::watchedChangedAt)});
    }
    if (local.seenAt != wanted.seenAt)
        result.append({u"seen_at"_s, epochOrNull(wanted.seenAt)});
    if (local.dismissedAt != wanted.dismissedAt) {
        result.append({u"dismissed_at"_s, epochOrNull(wanted.dismissedAt)});
        if (local.dismissedAt.isValid() != wanted.dismissedAt.isValid())
            result.append({u"dismissed_changed_ms"_s, changedAt(&EventUserData::dismissedChangedAt)});
    }
    return result;
}

std::optional<EventUserData> UserDataStore::applyFields(const QString &eventId, const QString &conferenceId,
                                                        const QList<Assignment> &assignments, const QDateTime &updatedAt,
                                                        QString *errorMessage)
{
    const QSqlDatabase db = m_database.connection();
    // The row's time of change as the app tells it (its clock, or the time a restored row had).
    const qint64 now = (updatedAt.isValid() ? updatedAt : m_now()).toSecsSinceEpoch();
    if (!Sql::exec(db, uR"(INSERT INTO user_events (event_id, conference_id, updated_at) VALUES (?, ?, ?)
            ON CONFLICT(event_id) DO NOTHING)"_s,
                   {eventId, conferenceId, now}, errorMessage))
        return std::nullopt;
    QString sets;
    for (const Assignment &assignment : assignments)
        sets += assignment.column + u" = ?, "_s;
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE user_events SET %1 conference_id = ?, updated_at = ?, "
                        "revision = (SELECT COALESCE(MAX(revision), 0) + 1 FROM user_events) WHERE event_id = ?"_s.arg(sets))) {
        fail(errorMessage, Sql::describeError(update, u"cannot store the user data of %1"_s.arg(eventId)));
        return std::nullopt;
    }
    int position = 0;
    for (const Assignment &assignment : assignments) {
        // A null text is '' in the table (NOT NULL), never SQL NULL.
        const bool nullText = assignment.value.typeId() == QMetaType::QString && assignment.value.toString().isNull();
        update.bindValue(position++, nullText ? QVariant(u""_s) : assignment.value);
    }
    update.bindValue(position++, conferenceId);
    update.bindValue(position++, now);
    update.bindValue(position++, eventId);
    if (!update.exec()) {
        fail(errorMessage, Sql::describeError(update, u"cannot store the user data of %1"_s.arg(eventId)));
        return std::nullopt;
    }
    return readRow(eventId, errorMessage);
}

bool UserDataStore::change(const QString &eventId, const QString &conferenceId, const std::function<void(EventUserData &)> &mutate,
                           QString *errorMessage)
{
    // The row as stored now, not as cached: another process may have written it since.
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    const auto local = readRow(eventId, errorMessage);
    if (!local)
        return false;
    EventUserData wanted = *local;
    mutate(wanted);
    const QList<Assignment> assignments = differences(*local, wanted);
    std::optional<EventUserData> stored = local;
    if (!assignments.isEmpty())
        stored = applyFields(eventId, local->conferenceId.isEmpty() ? conferenceId : local->conferenceId, assignments, {}, errorMessage);
    if (!stored)
        return false;
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    if (remember(*stored))
        Q_EMIT eventDataChanged(eventId);
    return true;
}

bool UserDataStore::setPriority(const QString &eventId, const QString &conferenceId, Priority priority, QString *errorMessage)
{
    return change(
        eventId, conferenceId,
        [&](EventUserData &row) {
            if (row.priority == priority)
                return;
            row.priority = priority;
            row.bookmarkedAt = priority == Priority::None ? QDateTime() : (row.bookmarkedAt.isValid() ? row.bookmarkedAt : m_now());
            if (priority != Priority::None)
                row.dismissedAt = {};
        },
        errorMessage);
}

bool UserDataStore::setNote(const QString &eventId, const QString &conferenceId, const QString &note, QString *errorMessage)
{
    return change(
        eventId, conferenceId, [&](EventUserData &row) { row.note = note; }, errorMessage);
}

bool UserDataStore::setRating(const QString &eventId, const QString &conferenceId, int rating, QString *errorMessage)
{
    if (rating < 0 || rating > 5)
        return fail(errorMessage, u"a rating is a whole number from 1 to 5 (0 clears it), not %1"_s.arg(rating));
    return change(
        eventId, conferenceId, [&](EventUserData &row) { row.rating = rating; }, errorMessage);
}

bool UserDataStore::setWatched(const QString &eventId, const QString &conferenceId, bool watched, QString *errorMessage)
{
    return change(
        eventId, conferenceId,
        [&](EventUserData &row) {
            if (row.isWatched() != watched)
                row.watchedAt = watched ? m_now() : QDateTime();
        },
        errorMessage);
}

bool UserDataStore::setDismissed(const QString &eventId, const QString &conferenceId, bool dismissed, QString *errorMessage)
{
    return change(
        eventId, conferenceId,
        [&](EventUserData &row) {
            if (row.dismissedAt.isValid() != dismissed)
                row.dismissedAt = dismissed ? m_now() : QDateTime();
        },
        errorMessage);
}

bool UserDataStore::put(const EventUserData &data, QString *errorMessage)
{
    return putAll({data}, errorMessage);
}

bool UserDataStore::putAll(const QList<EventUserData> &rows, QString *errorMessage)
{
    if (rows.isEmpty())
        return true;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    QList<EventUserData> stored;
    for (const EventUserData &row : rows) {
        if (row.eventId.isEmpty() || row.conferenceId.isEmpty())
            return fail(errorMessage, u"a user data row needs an event id and a conference id"_s);
        const auto local = readRow(row.eventId, errorMessage);
        if (!local)
            return false;
        const QList<Assignment> assignments = differences(*local, row);
        if (assignments.isEmpty() && local->conferenceId == row.conferenceId)
            continue;
        const auto written = applyFields(row.eventId, row.conferenceId, assignments, row.updatedAt, errorMessage);
        if (!written)
            return false;
        stored.append(*written);
    }
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    for (const EventUserData &row : std::as_const(stored))
        remember(row);
    // One announcement for the batch: views rebuild once, not once per row.
    Q_EMIT reset();
    return true;
}

bool UserDataStore::merge(const QList<EventUserData> &incoming, QList<UserDataOverride> *overrides, QString *errorMessage)
{
    if (incoming.isEmpty())
        return true;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    QList<EventUserData> stored;
    QList<UserDataOverride> lost;
    for (const EventUserData &theirs : incoming) {
        if (theirs.eventId.isEmpty() || theirs.conferenceId.isEmpty())
            return fail(errorMessage, u"a user data row needs an event id and a conference id"_s);
        const auto local = readRow(theirs.eventId, errorMessage);
        if (!local)
            return false;
        EventUserData wanted = *local;
        if (wanted.conferenceId.isEmpty())
            wanted.conferenceId = theirs.conferenceId;
        for (const FieldView &field : kFields) {
            const QDateTime &theirTime = theirs.*(field.changedAt);
            const QDateTime &ourTime = (*local).*(field.changedAt);
            if (!theirTime.isValid() || field.same(*local, theirs))
                continue;
            const bool theirsLater = !ourTime.isValid() || theirTime > ourTime;
            if (theirsLater) {
                field.copy(wanted, theirs);
                wanted.*(field.changedAt) = theirTime;
                if (ourTime.isValid())
                    lost.append({theirs.eventId, field.field, field.text(*local), ourTime});
            } else {
                lost.append({theirs.eventId, field.field, field.text(theirs), theirTime});
            }
        }
        const QList<Assignment> assignments = differences(*local, wanted);
        if (assignments.isEmpty())
            continue;
        const auto written = applyFields(theirs.eventId, wanted.conferenceId, assignments, {}, errorMessage);
        if (!written)
            return false;
        stored.append(*written);
    }
    if (!transaction.commit())
        return fail(errorMessage, transaction.errorMessage());
    if (overrides)
        overrides->append(lost);
    for (const EventUserData &row : std::as_const(stored)) {
        if (remember(row))
            Q_EMIT eventDataChanged(row.eventId);
    }
    return true;
}

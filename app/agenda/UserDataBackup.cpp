#include "UserDataBackup.h"

#include "AgendaItem.h"
#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "store/ScheduleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

QString RestoreReport::summary() const
{
    if (!ok())
        return error;
    QString text = u"%1 added, %2 updated, %3 unchanged"_s.arg(added).arg(updated).arg(unchanged);
    if (waiting > 0)
        text += u"; %1 wait for their events to appear in a programme"_s.arg(waiting);
    return text;
}

namespace UserDataBackup
{

namespace
{
const QString kFormat = u"lanyard-backup"_s;

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** The earlier of two instants, ignoring invalid ones. */
QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

QDateTime latest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

/** One entry checked field by field; `where` names it in messages ("events[3]"). */
std::optional<EventUserData> readEntry(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = u"%1 is not an object"_s.arg(where);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    EventUserData data;
    auto requireText = [&](const QString &key, QString &target) {
        const QJsonValue field = object.value(key);
        if (!field.isString() || field.toString().trimmed().isEmpty()) {
            *error = u"%1.%2 must be a non-empty string"_s.arg(where, key);
            return false;
        }
        target = field.toString().trimmed();
        return true;
    };
    auto readInstant = [&](const QString &key, QDateTime &target) {
        const QJsonValue field = object.value(key);
        if (field.isUndefined() || field.isNull())
            return true;
        const auto instant = field.isString() ? TimeRules::parseInstant(field.toString()) : std::nullopt;
        if (!instant) {
            *error = u"%1.%2 must be an ISO 8601 instant with an offset or Z, or null"_s.arg(where, key);
            return false;
        }
        target = instant->toUTC();
        return true;
    };
    if (!requireText(u"event"_s, data.eventId) || !requireText(u"conference"_s, data.conferenceId))
        return std::nullopt;

    const QJsonValue priority = object.value(u"priority"_s);
    if (priority.isString() && !priority.toString().isEmpty()) {
        const auto parsed = AgendaItem::priorityFromName(priority.toString());
        if (!parsed) {
            *error = u"%1.priority must be \"must\", \"maybe\" or null, not \"%2\""_s.arg(where, priority.toString());
            return std::nullopt;
        }
        data.priority = *parsed;
    } else if (!priority.isUndefined() && !priority.isNull() && !priority.isString()) {
        *error = u"%1.priority must be \"must\", \"maybe\" or null"_s.arg(where);
        return std::nullopt;
    }

    const QJsonValue note = object.value(u"note"_s);
    if (!note.isUndefined() && !note.isNull() && !note.isString()) {
        *error = u"%1.note must be a string"_s.arg(where);
        return std::nullopt;
    }
    data.note = note.toString();

    const QJsonValue rating = object.value(u"rating"_s);
    if (!rating.isUndefined() && !rating.isNull()) {
        const double number = rating.toDouble(-1);
        if (!rating.isDouble() || number != double(int(number)) || number < 0 || number > 5) {
            *error = u"%1.rating must be a whole number from 1 to 5, or null"_s.arg(where);
            return std::nullopt;
        }
        data.rating = int(number);
    }
    if (!readInstant(u"bookmarkedAt"_s, data.bookmarkedAt) || !readInstant(u"watchedAt"_s, data.watchedAt)
        || !readInstant(u"seenAt"_s, data.seenAt) || !readInstant(u"dismissedAt"_s, data.dismissedAt)
        || !readInstant(u"updatedAt"_s, data.updatedAt))
        return std::nullopt;
    if (data.priority != Priority::None && !data.bookmarkedAt.isValid())
        data.bookmarkedAt = data.updatedAt;
    if (data.priority == Priority::None)
        data.bookmarkedAt = {};
    return data;
}
} // namespace

QJsonObject create(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                   const QDateTime &now)
{
    const QList<EventUserData> rows = userData.all(conferenceId);
    QStringList ids;
    ids.reserve(rows.size());
    for (const EventUserData &row : rows)
        ids.append(row.eventId);
    QHash<QString, Event> events;
    for (Event &event : schedule.eventsByIds(ids))
        events.insert(event.id, std::move(event));

    QSet<QString> conferenceIds;
    QJsonArray entries;
    for (const EventUserData &row : rows) {
        conferenceIds.insert(row.conferenceId);
        QJsonObject entry{
            {u"event"_s, row.eventId},
            {u"conference"_s, row.conferenceId},
            {u"priority"_s, row.priority == Priority::None ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(AgendaItem::priorityName(row.priority))},
            {u"bookmarkedAt"_s, instantOrNull(row.bookmarkedAt)},
            {u"note"_s, row.note},
            {u"rating"_s, row.rating > 0 ? QJsonValue(row.rating) : QJsonValue(QJsonValue::Null)},
            {u"watchedAt"_s, instantOrNull(row.watchedAt)},
            {u"seenAt"_s, instantOrNull(row.seenAt)},
            {u"dismissedAt"_s, instantOrNull(row.dismissedAt)},
            {u"updatedAt"_s, instantOrNull(row.updatedAt)},
        };
        // For people reading the file: which talk this is (restore goes by the id alone).
        if (const auto found = events.constFind(row.eventId); found != events.constEnd()) {
            entry.insert(u"title"_s, found->title);
            entry.insert(u"start"_s, found->start.toUTC().toString(Qt::ISODate));
        }
        entries.append(entry);
    }

    QJsonArray conferences;
    for (const ConferenceSummary &summary : schedule.conferences()) {
        const Conference &conference = summary.conference;
        if (!conferenceIds.contains(conference.id) && conference.id != conferenceId)
            continue;
        conferences.append(QJsonObject{
            {u"id"_s, conference.id},
            {u"title"_s, conference.title},
            {u"acronym"_s, conference.acronym},
            {u"timezone"_s, conference.timeZoneId},
            {u"start"_s, conference.start.toString(Qt::ISODate)},
            {u"end"_s, conference.end.toString(Qt::ISODate)},
        });
    }

    return QJsonObject{
        {u"format"_s, kFormat},
        {u"version"_s, kVersion},
        {u"createdAt"_s, now.toUTC().toString(Qt::ISODate)},
        {u"generator"_s, u"Lanyard %1"_s.arg(QStringLiteral(LANYARD_VERSION))},
        {u"conferences"_s, conferences},
        {u"events"_s, entries},
        // Side trips are user data too; they join the backup here once Lanyard has them.
        {u"trips"_s, QJsonArray()},
    };
}

QByteArray createBytes(const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                       const QDateTime &now)
{
    return QJsonDocument(create(schedule, userData, conferenceId, now)).toJson(QJsonDocument::Indented);
}

bool looksLikeBackup(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

bool sameData(const EventUserData &a, const EventUserData &b)
{
    return a.eventId == b.eventId && a.conferenceId == b.conferenceId && a.priority == b.priority
        && a.bookmarkedAt == b.bookmarkedAt && a.note == b.note && a.rating == b.rating && a.watchedAt == b.watchedAt
        && a.seenAt == b.seenAt && a.dismissedAt == b.dismissedAt;
}

EventUserData merge(const EventUserData &local, const EventUserData &incoming)
{
    EventUserData merged = local;
    // Ties keep what is here: restoring an old backup never undoes a change made since.
    const bool incomingNewer = incoming.updatedAt.isValid() && (!local.updatedAt.isValid() || incoming.updatedAt > local.updatedAt);
    if (merged.conferenceId.isEmpty())
        merged.conferenceId = incoming.conferenceId;

    if (incoming.priority != Priority::None) {
        if (local.priority == Priority::None) {
            merged.priority = incoming.priority;
            merged.bookmarkedAt = incoming.bookmarkedAt;
        } else if (local.priority == incoming.priority) {
            merged.bookmarkedAt = earliest(local.bookmarkedAt, incoming.bookmarkedAt);
        } else if (incomingNewer) {
            merged.priority = incoming.priority;
            merged.bookmarkedAt = earliest(local.bookmarkedAt, incoming.bookmarkedAt);
        }
    }
    if (!incoming.note.isEmpty() && (local.note.isEmpty() || incomingNewer))
        merged.note = incoming.note;
    if (incoming.rating > 0 && (local.rating == 0 || incomingNewer))
        merged.rating = incoming.rating;
    merged.watchedAt = earliest(local.watchedAt, incoming.watchedAt);
    merged.seenAt = earliest(local.seenAt, incoming.seenAt);
    merged.dismissedAt = earliest(local.dismissedAt, incoming.dismissedAt);
    merged.updatedAt = latest(local.updatedAt, incoming.updatedAt);
    return merged;
}

RestoreReport restore(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule,
                      UserDataStore &userData)
{
    RestoreReport report;
    const QString name = sourceName.isEmpty() ? u"backup"_s : sourceName;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.error = u"%1 (byte %2): not valid JSON: %3"_s.arg(name).arg(parseError.offset).arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != kFormat) {
        report.error = u"%1 is not a Lanyard backup (it has no \"format\": \"%2\")"_s.arg(name, kFormat);
        return report;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toInt() < 1) {
        report.error = u"%1: \"version\" must be a whole number from 1"_s.arg(name);
        return report;
    }
    if (version.toInt() > kVersion) {
        report.error = u"%1 was written by a newer Lanyard (backup version %2; this version reads up to %3)"_s.arg(name)
                           .arg(version.toInt())
                           .arg(kVersion);
        return report;
    }
    const QJsonValue eventsValue = root.value(u"events"_s);
    if (!eventsValue.isArray()) {
        report.error = u"%1: \"events\" must be an array"_s.arg(name);
        return report;
    }

    // Read and check everything before changing anything.
    QHash<QString, EventUserData> incoming;
    QStringList order;
    const QJsonArray entries = eventsValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString error;
        const auto entry = readEntry(entries.at(i), u"events[%1]"_s.arg(i), &error);
        if (!entry) {
            report.error = u"%1: %2; nothing was restored"_s.arg(name, error);
            return report;
        }
        if (incoming.contains(entry->eventId)) {
            report.error = u"%1: events[%2] repeats event %3; nothing was restored"_s.arg(name).arg(i).arg(entry->eventId);
            return report;
        }
        order.append(entry->eventId);
        incoming.insert(entry->eventId, *entry);
    }
    const QJsonArray trips = root.value(u"trips"_s).toArray();
    if (!trips.isEmpty())
        report.notes.append(u"%1 trip(s) in the backup were not restored: this version of Lanyard has no side trips yet"_s
                                .arg(trips.size()));

    QSet<QString> present;
    for (const Event &event : schedule.eventsByIds(order))
        present.insert(event.id);

    QList<EventUserData> writes;
    for (const QString &id : std::as_const(order)) {
        const EventUserData &entry = incoming[id];
        if (!present.contains(id))
            ++report.waiting;
        const EventUserData local = userData.value(id);
        const bool existed = !local.conferenceId.isEmpty();
        const EventUserData merged = existed ? merge(local, entry) : entry;
        if (existed && sameData(local, merged)) {
            ++report.unchanged;
            continue;
        }
        if (merged.isEmpty()) {
            ++report.unchanged;
            continue;
        }
        existed ? ++report.updated : ++report.added;
        writes.append(merged);
    }
    QString error;
    if (!userData.putAll(writes, &error)) {
        report = RestoreReport();
        report.error = u"%1: cannot store the restored data: %2; nothing was restored"_s.arg(name, error);
    }
    return report;
}

} // namespace UserDataBackup

#include "ScheduleV2JsonReader.h"

#include "JsonPersons.h"
#include "JsonValues.h"
#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using JsonValues::member;
using JsonValues::memberPath;

namespace
{
bool takesPlace(const QString &state)
{
    static const QStringList skipped = {u"CANCELED"_s, u"CANCELLED"_s, u"WITHDRAWN"_s, u"DELETED"_s,
                                        u"REJECTED"_s, u"DRAFT"_s,     u"SUBMITTED"_s};
    return !skipped.contains(state.trimmed().toUpper());
}

std::optional<TimeRules::DateTimeText> parseNoting(ImportContext &context, const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = TimeRules::parseDateTime(text);
    if (parsed && parsed->hasOffset())
        context.noteOffset(*parsed->offsetSeconds);
    return parsed;
}

QDateTime toInstant(const TimeRules::DateTimeText &text, const QTimeZone &zone)
{
    return text.hasOffset() ? text.instant() : TimeRules::localToUtc(text.date, text.time, zone);
}
} // namespace

ScheduleV2JsonReader::ScheduleV2JsonReader(ImportContext &context)
    : m_context(context)
{
}

FeedLocation ScheduleV2JsonReader::at(const QString &path) const
{
    FeedLocation location;
    location.path = path;
    return location;
}

std::optional<ImportError> ScheduleV2JsonReader::read(const QJsonObject &root)
{
    const QJsonObject schedule = root.value(u"schedule").toObject();
    const QJsonValue conference = schedule.value(u"conference");
    if (!conference.isObject())
        return m_context.error(at(u"schedule.conference"_s), u"not a schedule v2: \"conference\" is not an object"_s);
    readConference(conference.toObject());
    // The draft's Person (name, guid, url, links), listed beside the events where a feed does so;
    // before the events, so that what a participant entry adds only fills gaps.
    const QJsonArray persons = schedule.value(u"persons").toArray();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const QJsonObject person = persons.at(i).toObject();
        const QString name = TextSanitizer::singleLine(JsonValues::localized(person.value(u"name"), m_languages));
        if (!name.isEmpty())
            JsonPersons::readDetails(m_context, person, name, u"schedule.persons["_s + QString::number(i) + u']', m_languages);
    }

    const QJsonArray events = schedule.value(u"events").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (auto error = readEvent(events.at(i), u"schedule.events["_s + QString::number(i) + u']'))
            return error;
    }

    // Times: every date-time read once (noting offsets), the zone settled, then the instants.
    Schedule &scheduleValue = m_context.schedule();
    QList<std::optional<TimeRules::DateTimeText>> starts;
    QList<std::optional<TimeRules::DateTimeText>> ends;
    starts.reserve(m_pending.size());
    ends.reserve(m_pending.size());
    for (const PendingTimes &pending : std::as_const(m_pending)) {
        starts.append(parseNoting(m_context, pending.start));
        ends.append(parseNoting(m_context, pending.end));
    }
    QList<std::optional<TimeRules::DateTimeText>> dayStarts;
    QList<std::optional<TimeRules::DateTimeText>> dayEnds;
    for (const PendingDay &day : std::as_const(m_days)) {
        dayStarts.append(parseNoting(m_context, day.start));
        dayEnds.append(parseNoting(m_context, day.end));
    }
    if (auto error = m_context.settleTimeZone(m_zoneName, at(u"schedule.conference"_s)))
        return error;
    const QTimeZone &zone = m_context.conferenceZone();

    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const PendingDay &day = m_days[i];
        Day resolved;
        resolved.index = day.index;
        if (dayStarts[i])
            resolved.start = toInstant(*dayStarts[i], zone);
        if (dayEnds[i])
            resolved.end = toInstant(*dayEnds[i], zone);
        if (const auto date = TimeRules::parseDate(day.date))
            resolved.date = *date;
        else if (resolved.start.isValid())
            resolved.date = resolved.start.toTimeZone(zone).date();
        else
            return m_context.error(day.where, u"day without a date"_s);
        scheduleValue.days.append(resolved);
    }

    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const PendingTimes &pending = m_pending[i];
        Event &event = scheduleValue.events[i];
        if (!starts[i])
            return m_context.error(pending.where, u"event \"%1\": start \"%2\" is not a date-time"_s.arg(event.title, pending.start));
        event.start = toInstant(*starts[i], zone);
        if (ends[i]) {
            event.end = toInstant(*ends[i], zone);
        } else if (!pending.end.isEmpty()) {
            return m_context.error(pending.where, u"event \"%1\": end \"%2\" is not a date-time"_s.arg(event.title, pending.end));
        } else if (!pending.duration.isEmpty()) {
            auto seconds = TimeRules::parseIsoDuration(pending.duration);
            if (!seconds)
                seconds = TimeRules::parseDuration(pending.duration);
            if (!seconds)
                return m_context.error(pending.where,
                                       u"event \"%1\": duration \"%2\" is not a duration"_s.arg(event.title, pending.duration));
            event.end = event.start.addSecs(*seconds);
        } else {
            return m_context.error(pending.where, u"event \"%1\" has neither an end nor a duration"_s.arg(event.title));
        }
        if (event.end < event.start)
            return m_context.error(pending.where, u"event \"%1\" ends before it starts"_s.arg(event.title));
        event.day = m_context.dayFor(event.start);
    }
    return std::nullopt;
}

void ScheduleV2JsonReader::readConference(const QJsonObject &object)
{
    Conference &conference = m_context.schedule().conference;
    Schedule &schedule = m_context.schedule();
    const QString path = u"schedule.conference"_s;
    const QJsonObject defaults = object.value(u"defaults").toObject();
    const QString defaultLanguage = member(defaults, u"language");
    if (!defaultLanguage.isEmpty())
        m_languages.append(defaultLanguage);
    for (const QJsonValue &language : object.value(u"languages").toArray())
        m_languages.append(JsonValues::text(language));

    conference.title = TextSanitizer::singleLine(JsonValues::localized(object.value(u"title"), m_languages));
    conference.acronym = TextSanitizer::singleLine(member(object, u"acronym"));
    conference.subtitle = TextSanitizer::singleLine(JsonValues::localized(object.value(u"subtitle"), m_languages));
    for (const auto &[key, target] : {std::pair{u"start"_s, &conference.start}, std::pair{u"end"_s, &conference.end}}) {
        const QString text = member(object, key);
        if (text.isEmpty())
            continue;
        if (const auto date = TimeRules::parseDate(text))
            *target = *date;
        else
            m_context.warn(at(memberPath(path, key)), u"conference %1 \"%2\" is not a date; ignored"_s.arg(key, text));
    }
    m_zoneName = member(object, u"time_zone_name");
    const QString url = member(object, u"url");
    if (!url.isEmpty()) {
        m_context.setBaseUrl(url);
        conference.url = m_context.cleanUrl(url, at(memberPath(path, u"url"_s)), u"conference URL");
    }

    const QJsonArray tracks = object.value(u"tracks").toArray();
    for (const QJsonValue &value : tracks) {
        const QJsonObject track = value.toObject();
        const QString name = TextSanitizer::singleLine(JsonValues::localized(track.value(u"name"), m_languages));
        if (name.isEmpty())
            continue;
        const QString slug = member(track, u"slug");
        if (!slug.isEmpty())
            m_tracksBySlug.insert(slug, name);
        const QString color = member(track, u"color").toLower();
        if (std::none_of(schedule.tracks.cbegin(), schedule.tracks.cend(), [&name](const Track &t) { return t.name == name; }))
            schedule.tracks.append(Track{name, color.startsWith(u'#') ? color : QString()});
    }
    const QJsonArray rooms = object.value(u"rooms").toArray();
    for (const QJsonValue &value : rooms) {
        const QJsonObject room = value.toObject();
        const QString name = TextSanitizer::singleLine(JsonValues::localized(room.value(u"name"), m_languages));
        if (name.isEmpty())
            continue;
        for (const auto &key : {u"guid"_s, u"slug"_s, u"name"_s}) {
            const QString reference = member(room, key);
            if (!reference.isEmpty())
                m_roomsByKey.insert(key + u':' + reference.toLower(), name);
        }
        if (!schedule.rooms.contains(name))
            schedule.rooms.append(name);
    }
    const QJsonArray days = object.value(u"days").toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonObject day = days.at(i).toObject();
        m_days.append(PendingDay{day.value(u"index").toInt(int(i) + 1), member(day, u"date"), member(day, u"start"), member(day, u"end"),
                                 at(memberPath(path, u"days"_s) + u'[' + QString::number(i) + u']')});
    }
}

void ScheduleV2JsonReader::readRecording(Event &event, const QJsonValue &recording, const FeedLocation &where)
{
    if (recording.isObject()) {
        const QJsonObject object = recording.toObject();
        m_context.noteRecordingOptOut(event, member(object, u"optout"), where, u"recording.optout");
        m_context.noteRecordingOptOut(event, member(object, u"do_not_record"), where, u"recording.do_not_record");
        m_context.addVideo(event, member(object, u"url"), where);
        return;
    }
    if (recording.isBool()) {
        const bool recorded = recording.toBool();
        if (!recorded || !event.recorded.has_value())
            event.recorded = recorded;
        return;
    }
    // The draft's room feature values, where a feed puts them on the event.
    const QString value = JsonValues::text(recording).trimmed().toUpper();
    if (value.isEmpty() || value == u"UNKNOWN"_s)
        return;
    if (value == u"RECORD_BY_DEFAULT"_s || value == u"RECORDED"_s) {
        if (!event.recorded.has_value())
            event.recorded = true;
    } else if (value == u"NOT_RECORDED_BY_DEFAULT"_s || value == u"RECORDING_FORBIDDEN"_s || value == u"RECORDING_NOT_POSSIBLE"_s
               || value == u"NOT_RECORDED"_s) {
        event.recorded = false;
    } else {
        m_context.warn(where, u"recording \"%1\" is not a known value; ignored"_s.arg(value.left(40)));
    }
}

QString ScheduleV2JsonReader::roomName(const QJsonValue &reference) const
{
    if (!reference.isObject())
        return TextSanitizer::singleLine(JsonValues::text(reference));
    const QJsonObject object = reference.toObject();
    for (const auto &key : {u"guid"_s, u"slug"_s, u"name"_s}) {
        const QString value = member(object, key);
        if (value.isEmpty())
            continue;
        const auto found = m_roomsByKey.constFind(key + u':' + value.toLower());
        if (found != m_roomsByKey.constEnd())
            return *found;
    }
    return TextSanitizer::singleLine(JsonValues::localized(object.value(u"name"), m_languages));
}

QString ScheduleV2JsonReader::trackName(const QJsonValue &reference) const
{
    if (!reference.isObject())
        return TextSanitizer::singleLine(JsonValues::text(reference));
    const QJsonObject object = reference.toObject();
    const QString slug = member(object, u"slug");
    const auto found = m_tracksBySlug.constFind(slug);
    if (found != m_tracksBySlug.constEnd())
        return *found;
    const QString name = TextSanitizer::singleLine(JsonValues::localized(object.value(u"name"), m_languages));
    return name.isEmpty() ? slug : name;
}

std::optional<ImportError> ScheduleV2JsonReader::readEvent(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return m_context.error(at(path), u"not a schedule v2: an event is not an object"_s);
    const QJsonObject object = value.toObject();
    const FeedLocation where = at(path);
    Event event;
    event.title = TextSanitizer::singleLine(JsonValues::localized(object.value(u"title"), m_languages));
    const QString state = member(object, u"state");
    if (!state.isEmpty() && !takesPlace(state)) {
        m_context.warn(where, u"event \"%1\" skipped: its state is %2"_s.arg(event.title, state));
        return std::nullopt;
    }
    event.guid = member(object, u"guid");
    event.feedId = member(object, u"code");
    if (event.feedId.isEmpty())
        event.feedId = member(object, u"id");
    event.slug = member(object, u"slug");
    event.language = member(object, u"language");
    QStringList languages = m_languages;
    if (!event.language.isEmpty())
        languages.prepend(event.language);
    event.subtitle = TextSanitizer::singleLine(JsonValues::localized(object.value(u"subtitle"), languages));
    event.type = TextSanitizer::singleLine(member(object, u"type"));
    event.room = roomName(object.value(u"room"));
    event.track = trackName(object.value(u"track"));
    event.abstract = ImportContext::abstractText(JsonValues::localized(object.value(u"abstract"), languages),
                                                 JsonValues::localized(object.value(u"description"), languages));
    const QString url = member(object, u"url");
    if (!url.isEmpty())
        event.url = m_context.cleanUrl(url, where, u"event URL");

    const QJsonArray participants = object.value(u"participants").toArray();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QJsonObject participant = participants.at(i).toObject();
        Person person;
        person.name = TextSanitizer::singleLine(JsonValues::text(participant.value(u"name")));
        if (person.name.isEmpty())
            person.name = TextSanitizer::singleLine(JsonValues::text(participant.value(u"public_name")));
        person.id = member(participant, u"guid");
        if (person.id.isEmpty())
            person.id = member(participant, u"id");
        if (person.name.isEmpty()) {
            m_context.warn(at(path + u".participants["_s + QString::number(i) + u']'), u"participant without a name skipped"_s);
            continue;
        }
        JsonPersons::readDetails(m_context, participant, person.name, path + u".participants["_s + QString::number(i) + u']', languages);
        event.persons.append(person);
    }
    for (const auto &key : {u"links"_s, u"attachments"_s}) {
        const QJsonArray links = object.value(key).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QJsonObject link = links.at(i).toObject();
            m_context.addLink(event, member(link, u"url"), JsonValues::localized(link.value(u"title"), languages),
                              at(memberPath(path, key) + u'[' + QString::number(i) + u']'), member(link, u"type"),
                              member(link, u"service"));
        }
    }
    m_context.noteRecordingOptOut(event, member(object, u"do_not_record"), where, u"do_not_record");
    readRecording(event, object.value(u"recording"), where);
    if (event.title.isEmpty())
        m_context.warn(where, u"event without a title"_s);
    m_pending.append(PendingTimes{member(object, u"start"), member(object, u"end"), member(object, u"duration"), where});
    m_context.schedule().events.append(std::move(event));
    return std::nullopt;
}

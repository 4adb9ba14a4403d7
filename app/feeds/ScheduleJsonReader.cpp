#include "ScheduleJsonReader.h"

#include "JsonPersons.h"
#include "JsonValues.h"
#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using JsonValues::member;
using JsonValues::memberPath;

ScheduleJsonReader::ScheduleJsonReader(ImportContext &context)
    : m_context(context)
{
}

FeedLocation ScheduleJsonReader::at(const QString &path) const
{
    FeedLocation location;
    location.path = path;
    return location;
}

std::optional<ImportError> ScheduleJsonReader::read(const QJsonObject &root)
{
    const QJsonObject schedule = root.value(u"schedule").toObject();
    const QString baseUrl = member(schedule, u"base_url");
    if (!baseUrl.isEmpty())
        m_context.setBaseUrl(baseUrl);
    const QJsonValue conferenceValue = schedule.value(u"conference");
    if (!conferenceValue.isObject())
        return m_context.error(at(u"schedule.conference"_s), u"not a schedule.json: \"conference\" is not an object"_s);
    if (auto error = readConference(conferenceValue.toObject(), u"schedule.conference"_s))
        return error;
    return m_days.resolve(m_context);
}

std::optional<ImportError> ScheduleJsonReader::readConference(const QJsonObject &object, const QString &path)
{
    Conference &conference = m_context.schedule().conference;
    m_days.conferenceWhere = at(path);
    conference.title = TextSanitizer::singleLine(member(object, u"title"));
    conference.acronym = TextSanitizer::singleLine(member(object, u"acronym"));
    conference.subtitle = TextSanitizer::singleLine(member(object, u"subtitle"));
    conference.venue = TextSanitizer::singleLine(member(object, u"venue"));
    conference.city = TextSanitizer::singleLine(member(object, u"city"));
    for (const auto &[key, target] : {std::pair{u"start"_s, &conference.start}, std::pair{u"end"_s, &conference.end}}) {
        const QString text = member(object, key);
        if (text.isEmpty())
            continue;
        if (const auto date = TimeRules::parseDate(text))
            *target = *date;
        else
            m_context.warn(at(memberPath(path, key)), u"conference %1 \"%2\" is not a date; ignored"_s.arg(key, text));
    }
    m_days.zoneName = member(object, u"time_zone_name");
    m_days.dayChange = member(object, u"day_change");
    const QString conferenceBaseUrl = member(object, u"base_url");
    if (!conferenceBaseUrl.isEmpty())
        m_context.setBaseUrl(conferenceBaseUrl);
    QString url = member(object, u"url");
    if (url.isEmpty())
        url = conferenceBaseUrl;
    if (!url.isEmpty())
        conference.url = m_context.cleanUrl(url, at(memberPath(path, u"url"_s)), u"conference URL");

    Schedule &schedule = m_context.schedule();
    const QJsonArray tracks = object.value(u"tracks").toArray();
    for (const QJsonValue &value : tracks) {
        const QString name = TextSanitizer::singleLine(value.isObject() ? member(value.toObject(), u"name") : JsonValues::text(value));
        const QString color = value.isObject() ? member(value.toObject(), u"color").toLower() : QString();
        const bool known =
            std::any_of(schedule.tracks.cbegin(), schedule.tracks.cend(), [&name](const Track &t) { return t.name == name; });
        if (!name.isEmpty() && !known)
            schedule.tracks.append(Track{name, color.startsWith(u'#') ? color : QString()});
    }
    // The feed's own room order, where it states one.
    const QJsonArray rooms = object.value(u"rooms").toArray();
    for (const QJsonValue &value : rooms) {
        const QString name = TextSanitizer::singleLine(value.isObject() ? member(value.toObject(), u"name") : JsonValues::text(value));
        if (!name.isEmpty() && !schedule.rooms.contains(name))
            schedule.rooms.append(name);
    }

    const QJsonValue daysValue = object.value(u"days");
    const QString daysPath = memberPath(path, u"days"_s);
    if (!daysValue.isArray())
        return m_context.error(at(daysPath), u"not a schedule.json: \"days\" is not a list"_s);
    const QJsonArray days = daysValue.toArray();

    // Without conference.rooms[], rooms in order of the first day they appear on, then by name.
    const bool roomsStated = !schedule.rooms.isEmpty();
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (auto error = readDay(days.at(i), i, daysPath + u'[' + QString::number(i) + u']'))
            return error;
    }
    if (!roomsStated) {
        QStringList ordered = m_roomFirstDay.keys();
        std::sort(ordered.begin(), ordered.end(), [this](const QString &a, const QString &b) {
            const qsizetype dayA = m_roomFirstDay.value(a);
            const qsizetype dayB = m_roomFirstDay.value(b);
            if (dayA != dayB)
                return dayA < dayB;
            const int folded = a.compare(b, Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : a < b;
        });
        schedule.rooms = ordered;
    }
    return std::nullopt;
}

std::optional<ImportError> ScheduleJsonReader::readDay(const QJsonValue &value, qsizetype index, const QString &path)
{
    if (!value.isObject())
        return m_context.error(at(path), u"not a schedule.json: a day is not an object"_s);
    const QJsonObject object = value.toObject();
    FeedDay day;
    day.where = at(path);
    day.index = object.value(u"index").toInt(int(index) + 1);
    day.date = member(object, u"date");
    day.start = member(object, u"day_start");
    if (day.start.isEmpty())
        day.start = member(object, u"start");
    day.end = member(object, u"day_end");
    if (day.end.isEmpty())
        day.end = member(object, u"end");
    const qsizetype dayIndex = m_days.days.size();
    m_days.days.append(day);

    const QJsonValue roomsValue = object.value(u"rooms");
    const QString roomsPath = memberPath(path, u"rooms"_s);
    if (roomsValue.isUndefined() || roomsValue.isNull())
        return std::nullopt; // a day without events
    if (!roomsValue.isObject())
        return m_context.error(at(roomsPath), u"not a schedule.json: \"rooms\" is not an object of room names and event lists"_s);
    const QJsonObject rooms = roomsValue.toObject();
    for (auto it = rooms.constBegin(); it != rooms.constEnd(); ++it) {
        const QString roomName = TextSanitizer::singleLine(it.key());
        const QString roomPath = memberPath(roomsPath, it.key());
        if (!it.value().isArray())
            return m_context.error(at(roomPath), u"not a schedule.json: a room's events are not a list"_s);
        const QJsonArray events = it.value().toArray();
        for (qsizetype k = 0; k < events.size(); ++k) {
            if (auto error = readEvent(events.at(k), dayIndex, roomName, roomPath + u'[' + QString::number(k) + u']'))
                return error;
        }
        if (!roomName.isEmpty() && !m_roomFirstDay.contains(roomName))
            m_roomFirstDay.insert(roomName, dayIndex);
    }
    return std::nullopt;
}

std::optional<ImportError> ScheduleJsonReader::readEvent(const QJsonValue &value, qsizetype dayIndex, const QString &roomName,
                                                         const QString &path)
{
    if (!value.isObject())
        return m_context.error(at(path), u"not a schedule.json: an event is not an object"_s);
    const QJsonObject object = value.toObject();
    const FeedLocation where = at(path);
    Event event;
    FeedSlot slot;
    slot.day = dayIndex;
    slot.where = where;
    event.feedId = member(object, u"id");
    if (event.feedId.isEmpty())
        event.feedId = member(object, u"code");
    event.guid = member(object, u"guid");
    event.slug = member(object, u"slug");
    event.title = TextSanitizer::singleLine(JsonValues::text(object.value(u"title")));
    event.subtitle = TextSanitizer::singleLine(JsonValues::text(object.value(u"subtitle")));
    event.track = TextSanitizer::singleLine(JsonValues::text(object.value(u"track")));
    event.type = TextSanitizer::singleLine(JsonValues::text(object.value(u"type")));
    event.language = member(object, u"language");
    slot.date = member(object, u"date");
    slot.start = member(object, u"start");
    slot.duration = member(object, u"duration");
    slot.end = member(object, u"end");
    const QString ownRoom = TextSanitizer::singleLine(JsonValues::text(object.value(u"room")));
    event.room = ownRoom.isEmpty() ? roomName : ownRoom;
    if (!event.room.isEmpty() && !m_roomFirstDay.contains(event.room))
        m_roomFirstDay.insert(event.room, dayIndex);
    event.abstract =
        ImportContext::abstractText(JsonValues::text(object.value(u"abstract")), JsonValues::text(object.value(u"description")));
    const QString url = member(object, u"url");
    if (!url.isEmpty())
        event.url = m_context.cleanUrl(url, where, u"event URL");

    const QJsonArray persons = object.value(u"persons").toArray();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const QJsonValue personValue = persons.at(i);
        Person person;
        if (personValue.isObject()) {
            const QJsonObject personObject = personValue.toObject();
            person.name = TextSanitizer::singleLine(JsonValues::text(personObject.value(u"public_name")));
            if (person.name.isEmpty())
                person.name = TextSanitizer::singleLine(JsonValues::text(personObject.value(u"name")));
            person.id = member(personObject, u"id");
            if (person.id.isEmpty())
                person.id = member(personObject, u"guid");
            if (person.id.isEmpty())
                person.id = member(personObject, u"code");
            if (!person.name.isEmpty()) {
                JsonPersons::readDetails(m_context, personObject, person.name,
                                         memberPath(path, u"persons"_s) + u'[' + QString::number(i) + u']');
            }
        } else {
            person.name = TextSanitizer::singleLine(JsonValues::text(personValue));
        }
        if (person.name.isEmpty()) {
            m_context.warn(at(memberPath(path, u"persons"_s) + u'[' + QString::number(i) + u']'), u"person without a name skipped"_s);
            continue;
        }
        event.persons.append(person);
    }
    for (const auto &key : {u"links"_s, u"attachments"_s}) {
        const QJsonArray links = object.value(key).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const FeedLocation linkWhere = at(memberPath(path, key) + u'[' + QString::number(i) + u']');
            const QJsonValue linkValue = links.at(i);
            if (linkValue.isObject()) {
                const QJsonObject link = linkValue.toObject();
                QString href = member(link, u"url");
                if (href.isEmpty())
                    href = member(link, u"href");
                m_context.addLink(event, href, JsonValues::text(link.value(u"title")), linkWhere, member(link, u"type"),
                                  member(link, u"service"));
            } else {
                m_context.addLink(event, JsonValues::text(linkValue), QString(), linkWhere);
            }
        }
    }
    const QString feedbackUrl = member(object, u"feedback_url");
    if (!feedbackUrl.isEmpty())
        m_context.addLink(event, feedbackUrl, u"Feedback", where);
    m_context.addVideo(event, member(object, u"video_download_url"), where);
    if (object.value(u"recording").isObject()) {
        const QJsonObject recording = object.value(u"recording").toObject();
        m_context.addVideo(event, member(recording, u"url"), where);
        m_context.addVideo(event, member(recording, u"link"), where);
        m_context.noteRecordingOptOut(event, member(recording, u"optout"), where, u"recording.optout");
    }
    m_context.noteRecordingOptOut(event, member(object, u"do_not_record"), where, u"do_not_record");
    if (event.title.isEmpty())
        m_context.warn(where, u"event without a title"_s);

    m_context.schedule().events.append(std::move(event));
    m_days.slots.append(std::move(slot));
    return std::nullopt;
}

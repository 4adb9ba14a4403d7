#include "SessionizeReader.h"

#include "JsonValues.h"
#include "LinkRules.h"
#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using JsonValues::member;
using JsonValues::memberPath;

namespace
{
QString indexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

/** Sessions that will not take place; the API normally lists accepted sessions only. */
bool takesPlace(const QString &status)
{
    static const QStringList skipped = {u"declined"_s, u"rejected"_s, u"cancelled"_s, u"canceled"_s, u"withdrawn"_s};
    return !skipped.contains(status.trimmed().toLower());
}

bool isWebAddress(const QString &text)
{
    const QString linkScheme = LinkRules::scheme(text);
    return (linkScheme == u"http"_s || linkScheme == u"https"_s) && !text.contains(u' ');
}

/** The API id in a Sessionize address ("https://sessionize.com/api/v2/abc123/view/All": "abc123"). */
QString apiIdFrom(const QString &source)
{
    static const QRegularExpression pattern(u"/api/v2/([A-Za-z0-9_-]+)"_s);
    const auto match = pattern.match(source);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

SessionizeReader::SessionizeReader(ImportContext &context)
    : m_context(context)
{
}

std::optional<SessionizeReader::Shape> SessionizeReader::detect(const QJsonDocument &document)
{
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (root.value(u"sessions").isArray() && (root.value(u"speakers").isArray() || root.value(u"rooms").isArray()))
            return Shape::All;
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (array.isEmpty() || !array.first().isObject())
        return std::nullopt;
    const QJsonObject first = array.first().toObject();
    if (first.value(u"sessions").isArray() && (first.contains(u"groupName") || first.contains(u"groupId")))
        return Shape::Sessions;
    if (first.value(u"rooms").isArray() && (first.contains(u"date") || first.contains(u"timeSlots")))
        return Shape::GridSmart;
    return std::nullopt;
}

QString SessionizeReader::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::All:
        return u"All"_s;
    case Shape::Sessions:
        return u"Sessions"_s;
    case Shape::GridSmart:
        return u"GridSmart"_s;
    }
    return {};
}

FeedLocation SessionizeReader::at(const QString &path) const
{
    FeedLocation location;
    location.path = path;
    return location;
}

std::optional<ImportError> SessionizeReader::read(const QJsonDocument &document)
{
    const auto shape = detect(document);
    if (!shape)
        return m_context.error({}, u"not a Sessionize schedule: neither its All, Sessions nor GridSmart view"_s);
    std::optional<ImportError> error;
    switch (*shape) {
    case Shape::All:
        error = collectAll(document.object());
        break;
    case Shape::Sessions:
        error = collectSessions(document.array());
        break;
    case Shape::GridSmart:
        error = collectGrid(document.array());
        break;
    }
    if (error)
        return error;

    // Sessionize names no conference: the API id in the address, else the file's name.
    Conference &conference = m_context.schedule().conference;
    const QString source = m_context.options().sourceName;
    conference.acronym = apiIdFrom(source);
    if (conference.acronym.isEmpty()) {
        const QString file = source.section(u'/', -1).section(u'?', 0, 0);
        conference.acronym = file.contains(u'.') ? file.section(u'.', 0, -2) : file;
    }
    conference.title = conference.acronym.isEmpty() ? u"Sessionize schedule"_s : conference.acronym;

    // Wall times without an offset: the zone comes from the user, never from this machine.
    if (m_context.options().timeZone.trimmed().isEmpty()) {
        return m_context.error({},
                               u"Sessionize gives its times without a time zone; give the conference's zone with "
                               u"--timezone (for example --timezone Europe/Vienna), or pick it when subscribing"_s);
    }
    if (auto zoneError = m_context.settleTimeZone({}, {}))
        return zoneError;
    const QTimeZone zone = m_context.conferenceZone();

    for (const Session &session : std::as_const(m_sessions)) {
        if (auto sessionError = readSession(session, zone))
            return sessionError;
    }
    Schedule &schedule = m_context.schedule();
    if (schedule.events.isEmpty() && m_unscheduled > 0) {
        return m_context.error({}, u"none of its %1 sessions has a time yet (startsAt is null); nothing to import"_s.arg(m_unscheduled));
    }
    if (m_unscheduled > 0)
        m_context.warn({}, u"%1 sessions without a time yet (startsAt is null) left out"_s.arg(m_unscheduled));
    return std::nullopt;
}

void SessionizeReader::addSession(const QJsonValue &value, const QString &path, const QString &roomName)
{
    const QJsonObject object = value.toObject();
    const QString id = member(object, u"id");
    // A session sits in several groups (Sessions by category) or rooms (GridSmart plenums): once.
    if (!id.isEmpty()) {
        if (m_sessionIds.contains(id))
            return;
        m_sessionIds.insert(id);
    }
    m_sessions.append(Session{object, path, roomName});
}

std::optional<ImportError> SessionizeReader::collectAll(const QJsonObject &root)
{
    const QJsonArray rooms = root.value(u"rooms").toArray();
    QList<std::pair<int, QString>> roomOrder;
    for (qsizetype i = 0; i < rooms.size(); ++i) {
        const QJsonObject room = rooms.at(i).toObject();
        const QString name = TextSanitizer::singleLine(member(room, u"name"));
        if (name.isEmpty())
            continue;
        m_roomsById.insert(member(room, u"id"), name);
        roomOrder.append({room.value(u"sort").toInt(int(i)), name});
    }
    std::stable_sort(roomOrder.begin(), roomOrder.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[sort, name] : std::as_const(roomOrder)) {
        if (!m_context.schedule().rooms.contains(name))
            m_context.schedule().rooms.append(name);
    }
    const QJsonArray speakers = root.value(u"speakers").toArray();
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        const QJsonObject speaker = speakers.at(i).toObject();
        QString name = TextSanitizer::singleLine(member(speaker, u"fullName"));
        if (name.isEmpty())
            name = TextSanitizer::singleLine(QString(member(speaker, u"firstName") + u' ' + member(speaker, u"lastName")).trimmed());
        if (name.isEmpty())
            continue;
        m_speakersById.insert(member(speaker, u"id"), name);
        readSpeakerDetails(speaker, name, indexPath(u"speakers"_s, i));
    }
    for (const QJsonValue &value : root.value(u"categories").toArray()) {
        const QJsonObject category = value.toObject();
        const QString title = TextSanitizer::singleLine(member(category, u"title"));
        for (const QJsonValue &item : category.value(u"items").toArray()) {
            const QJsonObject itemObject = item.toObject();
            m_categoryItems.insert(member(itemObject, u"id"), {title, TextSanitizer::singleLine(member(itemObject, u"name"))});
        }
    }
    for (const QJsonValue &value : root.value(u"questions").toArray()) {
        const QJsonObject question = value.toObject();
        m_questionsById.insert(member(question, u"id"), TextSanitizer::singleLine(member(question, u"question")));
    }
    const QJsonArray sessions = root.value(u"sessions").toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QString path = indexPath(u"sessions"_s, i);
        if (!sessions.at(i).isObject())
            return m_context.error(at(path), u"a session is not an object"_s);
        addSession(sessions.at(i), path);
    }
    return std::nullopt;
}

std::optional<ImportError> SessionizeReader::collectSessions(const QJsonArray &groups)
{
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString groupPath = indexPath(QString(), g);
        if (!groups.at(g).isObject())
            return m_context.error(at(groupPath), u"a session group is not an object"_s);
        const QJsonValue sessionsValue = groups.at(g).toObject().value(u"sessions");
        if (!sessionsValue.isArray())
            return m_context.error(at(groupPath + u".sessions"_s), u"a session group without a list of sessions"_s);
        const QJsonArray sessions = sessionsValue.toArray();
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const QString path = indexPath(groupPath + u".sessions"_s, i);
            if (!sessions.at(i).isObject())
                return m_context.error(at(path), u"a session is not an object"_s);
            addSession(sessions.at(i), path);
        }
    }
    return std::nullopt;
}

std::optional<ImportError> SessionizeReader::collectGrid(const QJsonArray &days)
{
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QString dayPath = indexPath(QString(), d);
        if (!days.at(d).isObject())
            return m_context.error(at(dayPath), u"a day is not an object"_s);
        const QJsonValue roomsValue = days.at(d).toObject().value(u"rooms");
        if (!roomsValue.isArray())
            return m_context.error(at(dayPath + u".rooms"_s), u"a day without a list of rooms"_s);
        const QJsonArray rooms = roomsValue.toArray();
        for (qsizetype r = 0; r < rooms.size(); ++r) {
            const QString roomPath = indexPath(dayPath + u".rooms"_s, r);
            if (!rooms.at(r).isObject())
                return m_context.error(at(roomPath), u"a room is not an object"_s);
            const QJsonObject room = rooms.at(r).toObject();
            const QString name = TextSanitizer::singleLine(member(room, u"name"));
            if (!name.isEmpty() && !m_context.schedule().rooms.contains(name))
                m_context.schedule().rooms.append(name);
            const QJsonArray sessions = room.value(u"sessions").toArray();
            for (qsizetype i = 0; i < sessions.size(); ++i) {
                const QString path = indexPath(roomPath + u".sessions"_s, i);
                if (!sessions.at(i).isObject())
                    return m_context.error(at(path), u"a session is not an object"_s);
                addSession(sessions.at(i), path, name);
            }
        }
    }
    return std::nullopt;
}

void SessionizeReader::readSpeakerDetails(const QJsonObject &speaker, const QString &name, const QString &path)
{
    PersonDetails details;
    details.name = name;
    details.biography = ImportContext::biographyText(JsonValues::text(speaker.value(u"bio")));
    details.tagline = TextSanitizer::singleLine(member(speaker, u"tagLine"));
    details.pictureUrl = m_context.pictureUrl(member(speaker, u"profilePicture"), at(memberPath(path, u"profilePicture"_s)));
    // [{"title": "Twitter", "url": "https://...", "linkType": "Twitter"}, ...]
    const QJsonArray links = speaker.value(u"links").toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        QString title = member(link, u"title");
        if (title.isEmpty())
            title = member(link, u"linkType");
        m_context.addPersonLink(details, member(link, u"url"), title, at(indexPath(memberPath(path, u"links"_s), i)));
    }
    m_context.addPersonDetails(std::move(details));
}

void SessionizeReader::applyCategory(Event &event, const QString &category, const QString &item)
{
    if (item.isEmpty())
        return;
    const QString kind = category.toLower();
    if (kind.contains(u"language"_s)) {
        if (event.language.isEmpty())
            event.language = item;
    } else if (kind.contains(u"format"_s) || kind.contains(u"type"_s) || kind.contains(u"length"_s)) {
        if (event.type.isEmpty())
            event.type = item;
    } else if (kind.contains(u"level"_s)) {
        // Audience level says nothing about where or what the session is.
    } else if (event.track.isEmpty()) {
        event.track = item; // "Track", "Topic", or whatever the organisers call their first category
    } else if (event.type.isEmpty() && !kind.contains(u"track"_s)) {
        event.type = item;
    }
}

void SessionizeReader::readAnswer(Event &event, const QString &question, const QString &answer, const FeedLocation &where)
{
    const QString value = answer.trimmed();
    if (!isWebAddress(value))
        return;
    m_context.addLink(event, value, question.isEmpty() ? u"Link"_s : question, where);
}

std::optional<ImportError> SessionizeReader::readSession(const Session &session, const QTimeZone &zone)
{
    const QJsonObject &object = session.object;
    const FeedLocation where = at(session.path);
    Event event;
    event.title = TextSanitizer::singleLine(member(object, u"title"));
    const QString status = member(object, u"status");
    if (!status.isEmpty() && !takesPlace(status)) {
        m_context.warn(where, u"session \"%1\" skipped: its status is %2"_s.arg(event.title, status));
        return std::nullopt;
    }
    const QJsonValue startsAt = object.value(u"startsAt");
    if (startsAt.isNull() || startsAt.isUndefined() || member(object, u"startsAt").isEmpty()) {
        ++m_unscheduled;
        return std::nullopt;
    }
    event.feedId = member(object, u"id");
    if (event.feedId.isEmpty())
        return m_context.error(at(memberPath(session.path, u"id"_s)), u"session \"%1\" has no id"_s.arg(event.title));
    if (event.title.isEmpty())
        m_context.warn(where, u"session without a title"_s);

    const QString startText = member(object, u"startsAt");
    const QString endText = member(object, u"endsAt");
    const auto start = TimeRules::parseDateTime(startText);
    if (!start)
        return m_context.error(at(memberPath(session.path, u"startsAt"_s)),
                               u"session \"%1\": \"%2\" is not a date-time"_s.arg(event.title, startText.left(60)));
    const auto end = TimeRules::parseDateTime(endText);
    if (!end)
        return m_context.error(at(memberPath(session.path, u"endsAt"_s)),
                               u"session \"%1\": end \"%2\" is not a date-time"_s.arg(event.title, endText.left(60)));
    event.start = start->hasOffset() ? start->instant() : TimeRules::localToUtc(start->date, start->time, zone);
    event.end = end->hasOffset() ? end->instant() : TimeRules::localToUtc(end->date, end->time, zone);
    if (event.end < event.start)
        return m_context.error(where, u"session \"%1\" ends before it starts"_s.arg(event.title));
    event.day = m_context.dayFor(event.start);

    event.abstract = ImportContext::abstractText(JsonValues::text(object.value(u"description")), {});
    event.serviceSession = object.value(u"isServiceSession").toBool();
    event.plenum = object.value(u"isPlenumSession").toBool();

    // Room: by id ("All"), by name (Sessions, GridSmart), or by the room it sits in (GridSmart).
    event.room = m_roomsById.value(member(object, u"roomId"));
    if (event.room.isEmpty())
        event.room = TextSanitizer::singleLine(member(object, u"room"));
    if (event.room.isEmpty())
        event.room = session.roomName;

    const QJsonArray speakers = object.value(u"speakers").toArray();
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        const QJsonValue speaker = speakers.at(i);
        Person person;
        if (speaker.isObject()) {
            person.id = member(speaker.toObject(), u"id");
            person.name = TextSanitizer::singleLine(member(speaker.toObject(), u"name"));
            if (person.name.isEmpty())
                person.name = m_speakersById.value(person.id);
        } else {
            person.id = JsonValues::text(speaker).trimmed();
            person.name = m_speakersById.value(person.id);
        }
        if (person.name.isEmpty()) {
            m_context.warn(at(indexPath(memberPath(session.path, u"speakers"_s), i)),
                           u"speaker \"%1\" not found; skipped"_s.arg(person.id.left(60)));
            continue;
        }
        event.persons.append(person);
    }

    // Categories: item ids ("All") or inline categories with their items (Sessions, GridSmart).
    for (const QJsonValue &item : object.value(u"categoryItems").toArray()) {
        const auto found = m_categoryItems.constFind(JsonValues::text(item).trimmed());
        if (found != m_categoryItems.constEnd())
            applyCategory(event, found->first, found->second);
    }
    for (const QJsonValue &value : object.value(u"categories").toArray()) {
        const QJsonObject category = value.toObject();
        const QString title = TextSanitizer::singleLine(member(category, u"name"));
        for (const QJsonValue &item : category.value(u"categoryItems").toArray())
            applyCategory(event, title, TextSanitizer::singleLine(member(item.toObject(), u"name")));
    }
    if (event.type.isEmpty() && event.serviceSession)
        event.type = u"Service"_s;

    const QJsonArray answers = object.value(u"questionAnswers").toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject answer = answers.at(i).toObject();
        const FeedLocation answerWhere = at(indexPath(memberPath(session.path, u"questionAnswers"_s), i));
        if (answer.contains(u"questionId"))
            readAnswer(event, m_questionsById.value(member(answer, u"questionId")), member(answer, u"answerValue"), answerWhere);
        else
            readAnswer(event, TextSanitizer::singleLine(member(answer, u"question")), member(answer, u"answer"), answerWhere);
    }
    const QString liveUrl = member(object, u"liveUrl");
    if (!liveUrl.isEmpty()) {
        m_context.addLink(event, liveUrl, u"Live stream", where);
        m_context.addVideo(event, liveUrl, where); // a stream's address is where its recording stays
    }
    const QString recordingUrl = member(object, u"recordingUrl");
    if (!recordingUrl.isEmpty()) {
        m_context.addLink(event, recordingUrl, u"Recording", where);
        m_context.addVideo(event, recordingUrl, where);
    }
    m_context.schedule().events.append(std::move(event));
    return std::nullopt;
}

#include "EventJson.h"

#include "TimeRules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace EventJson
{

QJsonObject toJson(const Event &event, const QTimeZone &zone, bool bookmarked)
{
    QJsonArray links;
    for (const Link &link : event.links)
        links.append(QJsonObject{{u"title"_s, link.title}, {u"url"_s, link.url}});
    return QJsonObject{
        {u"id"_s, event.id},
        {u"guid"_s, event.guid},
        {u"conference"_s, event.conferenceId},
        {u"title"_s, event.title},
        {u"subtitle"_s, event.subtitle},
        {u"start"_s, TimeRules::isoWithOffset(event.start, zone)},
        {u"end"_s, TimeRules::isoWithOffset(event.end, zone)},
        {u"day"_s, event.day.toString(Qt::ISODate)},
        {u"room"_s, event.room},
        {u"track"_s, event.track},
        {u"type"_s, event.type},
        {u"language"_s, event.language},
        {u"speakers"_s, QJsonArray::fromStringList(event.speakerNames())},
        {u"abstract"_s, QString::fromUtf8(event.abstract)},
        {u"links"_s, links},
        {u"videos"_s, QJsonArray::fromStringList(event.videos)},
        {u"recorded"_s, event.recorded.has_value() ? QJsonValue(*event.recorded) : QJsonValue(QJsonValue::Null)},
        {u"service_session"_s, event.serviceSession},
        {u"plenum"_s, event.plenum},
        {u"bookmarked"_s, bookmarked},
    };
}

QJsonObject conferenceToJson(const Conference &conference, int eventCount)
{
    return QJsonObject{
        {u"id"_s, conference.id},
        {u"title"_s, conference.title},
        {u"acronym"_s, conference.acronym},
        {u"timezone"_s, conference.timeZoneId},
        {u"start"_s, conference.start.toString(Qt::ISODate)},
        {u"end"_s, conference.end.toString(Qt::ISODate)},
        {u"events"_s, eventCount},
    };
}

} // namespace EventJson

#include "AgendaJson.h"

#include "AgendaItem.h"
#include "core/EventJson.h"
#include "core/TimeRules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace AgendaJson
{

QJsonObject toJson(const AgendaItem &item, const QTimeZone &zone)
{
    QJsonObject object;
    if (item.kind == AgendaItem::Kind::Event) {
        object = EventJson::toJson(item.event, zone, item.priority != Priority::None);
    } else {
        object = QJsonObject{
            {u"id"_s, item.id},
            {u"conference"_s, item.conferenceId},
            {u"title"_s, item.title},
            {u"start"_s, TimeRules::isoWithOffset(item.start, zone)},
            {u"end"_s, TimeRules::isoWithOffset(item.end, zone)},
            {u"day"_s, item.day.toString(Qt::ISODate)},
            {u"location"_s, item.location},
        };
        object.insert(u"place"_s, item.placeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.placeId));
        object.insert(u"geo"_s,
                      item.geo ? QJsonValue(QJsonObject{{u"lat"_s, item.geo->latitude}, {u"lon"_s, item.geo->longitude}})
                               : QJsonValue(QJsonValue::Null));
        object.insert(u"who"_s, item.who);
    }
    object.insert(u"kind"_s, AgendaItem::kindName(item.kind));
    const QString priority = AgendaItem::priorityName(item.priority);
    object.insert(u"priority"_s, priority.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(priority));
    object.insert(u"note"_s, item.note);
    object.insert(u"rating"_s, item.rating > 0 ? QJsonValue(item.rating) : QJsonValue(QJsonValue::Null));
    object.insert(u"watched"_s, item.isWatched());
    object.insert(u"conflicts"_s, QJsonArray::fromStringList(item.conflicts));
    object.insert(u"cancelled"_s, item.cancelled);
    object.insert(u"gapBeforeMinutes"_s, int(item.gapBeforeSeconds / 60));
    object.insert(u"roomChangeFrom"_s, item.roomChange() ? QJsonValue(item.previousLocation) : QJsonValue(QJsonValue::Null));
    return object;
}

} // namespace AgendaJson

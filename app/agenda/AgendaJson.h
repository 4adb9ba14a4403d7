#pragma once

#include <QJsonObject>
#include <QTimeZone>

struct AgendaItem;

/**
 * The agenda objects of `lanyard agenda --json`: for an event, the CLI's event object
 * (EventJson::toJson, every field kept) plus kind ("event" or "trip"), priority ("must",
 * "maybe"), note, rating (1..5 or null), watched, conflicts (ids of the items it overlaps),
 * cancelled, gapBeforeMinutes and roomChangeFrom (the previous item's room, or null). A trip
 * carries the same agenda fields with its id, conference, title, start, end, day, location (the
 * place's name), place (its id, or null), geo ({lat, lon} or null) and who.
 */
namespace AgendaJson
{
QJsonObject toJson(const AgendaItem &item, const QTimeZone &zone);
} // namespace AgendaJson

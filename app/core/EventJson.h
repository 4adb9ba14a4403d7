#pragma once

#include "Conference.h"
#include "Event.h"

#include <QJsonObject>

/**
 * The event object of the CLI and the JSON export. Later fields are added, never renamed or
 * removed: id, guid, conference, title, subtitle, start, end (ISO 8601 with the conference's
 * offset at that instant), day, room, track, type, language, speakers, abstract, links, videos,
 * bookmarked. `lanyard agenda --json` extends this object with the agenda's fields (kind, priority,
 * note, rating, watched, conflicts, ...): see agenda/AgendaJson.h.
 */
namespace EventJson
{
QJsonObject toJson(const Event &event, const QTimeZone &zone, bool bookmarked);
/** id, title, acronym, timezone, start, end, events. */
QJsonObject conferenceToJson(const Conference &conference, int eventCount);
} // namespace EventJson

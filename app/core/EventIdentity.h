#pragma once

#include <QString>

struct Conference;
struct Event;
struct Schedule;

/**
 * Stable identity for conferences and events, so that a bookmark made on one machine means the
 * same talk on every other machine and after every re-import.
 *
 * An event's key is its guid, else the feed's id, else its slug, else title plus start; the id is
 * a hash of the conference id and that key. A key that occurs more than once in one feed (a talk
 * given twice, a two-part workshop) gets "#2", "#3", ... in start order for its later slots.
 */
namespace EventIdentity
{
/** Lower-case [a-z0-9-] slug of the acronym, else of the title; never empty. */
QString conferenceIdFor(const Conference &conference);
/** The key an event is identified by within its conference (before duplicate numbering). */
QString keyFor(const Event &event);
/** A 16-hex-digit id for a conference id and an event key. */
QString idFor(const QString &conferenceId, const QString &key);
/** Sets the conference id (when empty) and every event's conferenceId and id. */
void assign(Schedule &schedule);
/** Lower-case ASCII slug: letters and digits kept, everything else folded to single dashes. */
QString slugify(const QString &text);
} // namespace EventIdentity

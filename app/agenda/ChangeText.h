#pragma once

#include "core/ScheduleDiff.h"

#include <QString>
#include <QTimeZone>

/**
 * One change of a programme update as a sentence an attendee reads: "Your talk “Don't Do This”
 * moved from Plenary Hall to Tasman A." Times are shown in the conference's zone. Used by the
 * changes view and by `lanyard changes`.
 */
namespace ChangeText
{
/** `bookmarked`: the change touches an event in the user's agenda ("Your talk ..."). */
QString describe(const EventChange &change, const QTimeZone &zone, bool bookmarked);
/** "Sun 7 Jul 13:00–13:30" for a "START/END" interval as ScheduleDiff writes it. */
QString interval(const QString &isoInterval, const QTimeZone &zone);
} // namespace ChangeText

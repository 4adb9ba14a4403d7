#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>

/**
 * The time rules every part of Lanyard shares: instants are stored in UTC and shown in the
 * conference's zone at that instant; zone ids are IANA names or fixed offsets ("UTC+05:30").
 */
namespace TimeRules
{
/** An IANA zone, "UTC", or a fixed offset written "UTC+hh:mm" / "+hh:mm". Invalid zone when unknown. */
QTimeZone zoneFromId(const QString &id);
/** The id Lanyard stores for a fixed UTC offset: "UTC+01:00", "UTC-03:30", "UTC" for zero. */
QString zoneIdForOffset(int offsetSeconds);
/** "+10:00", "-03:30", "+00:00". */
QString offsetString(int offsetSeconds);
/** "2013-07-07T13:00:00+10:00": the instant in the zone's offset at that instant. */
QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone);
/** Parses ISO 8601 date-times; returns the UTC instant only when the text carries an offset or Z. */
std::optional<QDateTime> parseInstant(QStringView text);
/** Local wall time in a zone to a UTC instant; a time in a DST gap moves forward by the gap. */
QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone);
/**
 * Durations as feeds write them: "H:MM", "HH:MM", "HH:MM:SS", "D:HH:MM" (a leading single-digit
 * day count), minutes above 59 allowed ("0:90"). Returns seconds, or nothing when unparsable.
 */
std::optional<qint64> parseDuration(QStringView text);
/** "HH:MM", "H:MM" or "HH:MM:SS" as a wall-clock time. */
std::optional<QTime> parseClockTime(QStringView text);
} // namespace TimeRules

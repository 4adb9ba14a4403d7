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

/** An ISO 8601 date-time as written: the wall-clock part and, where the text gives one, its offset. */
struct DateTimeText
{
    QDate date;
    QTime time;
    /** Seconds east of UTC ("Z" is 0); empty when the text is a local (floating) time. */
    std::optional<int> offsetSeconds;

    bool hasOffset() const { return offsetSeconds.has_value(); }
    /** The instant (Qt::UTC); only meaningful when the text carries an offset. */
    QDateTime instant() const;
};
/**
 * Parses "2019-12-27T11:00:00+01:00", "...Z", "...+0100", "2019-12-27 11:00", fractions of a
 * second (dropped), with or without an offset. Nothing when it is not such a date-time.
 */
std::optional<DateTimeText> parseDateTime(QStringView text);
/** Parses ISO 8601 date-times; returns the UTC instant only when the text carries an offset or Z. */
std::optional<QDateTime> parseInstant(QStringView text);
/** "2019-12-27" as a date (also the date part of a longer date-time text). */
std::optional<QDate> parseDate(QStringView text);
/** "+01:00", "-0330", "+05" or "Z" as seconds east of UTC. */
std::optional<int> parseOffset(QStringView text);

/**
 * Local wall time in a zone to a UTC instant (Qt::UTC). A time in a DST gap moves forward by the gap (as
 * clocks and calendar software do); a time in a repeated hour is its first occurrence (the earlier
 * instant, as RFC 5545 asks). Without a valid zone the wall time is read as UTC.
 */
QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone);
/**
 * Durations as feeds write them: "H:MM", "HH:MM", "HH:MM:SS", "D:HH:MM" (a leading single-digit
 * non-zero day count followed by hours up to 23), minutes above 59 allowed ("0:90"), plain
 * minutes ("45"). Returns seconds, or nothing when unparsable.
 */
std::optional<qint64> parseDuration(QStringView text);
/** ISO 8601 / RFC 5545 durations: "PT1H30M", "P1D", "P1DT2H", "P2W", "-PT5M". Seconds, or nothing. */
std::optional<qint64> parseIsoDuration(QStringView text);
/** "HH:MM", "H:MM" or "HH:MM:SS" as a wall-clock time. */
std::optional<QTime> parseClockTime(QStringView text);
} // namespace TimeRules

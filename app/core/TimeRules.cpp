#include "TimeRules.h"

#include <QFileInfo>

#include <array>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace TimeRules
{

namespace
{
// Hand-written scanners: feeds carry tens of thousands of these, and a regular expression per
// value costs more than the rest of an event's parsing together.

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/** Reads exactly `count` ASCII digits at `pos`; advances `pos`. */
std::optional<int> digits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    pos += count;
    return value;
}

bool accept(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}
/** Whether the system's tz database has a file for the id (where Qt's TZ backend reads zones). */
bool hasZoneInfoFile(const QString &id)
{
    if (id.contains(u"..") || id.startsWith(u'/'))
        return false;
    QString directory = qEnvironmentVariable("TZDIR");
    if (directory.isEmpty())
        directory = u"/usr/share/zoneinfo"_s;
    return QFileInfo(directory + u'/' + id).isFile();
}
} // namespace

std::optional<int> parseOffset(QStringView text)
{
    // "Z", "+hh:mm", "-hh:mm", "+hhmm", "+hh"
    text = text.trimmed();
    if (text == u"Z" || text == u"z")
        return 0;
    if (text.isEmpty() || (text.front() != u'+' && text.front() != u'-' && text.front() != u'\u2212'))
        return std::nullopt;
    const int sign = text.front() == u'+' ? 1 : -1;
    qsizetype pos = 1;
    const auto hours = digits(text, pos, 2);
    if (!hours)
        return std::nullopt;
    int minutes = 0;
    if (pos < text.size()) {
        accept(text, pos, u':');
        const auto parsedMinutes = digits(text, pos, 2);
        if (!parsedMinutes || pos != text.size())
            return std::nullopt;
        minutes = *parsedMinutes;
    }
    if (*hours > 18 || minutes > 59)
        return std::nullopt;
    return sign * (*hours * 3600 + minutes * 60);
}

QTimeZone zoneFromId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed == u"UTC"_s || trimmed == u"Z"_s || trimmed == u"GMT"_s || trimmed == u"Etc/UTC"_s)
        return QTimeZone::utc();
    QStringView offsetPart = trimmed;
    if (offsetPart.startsWith(u"UTC"_s) || offsetPart.startsWith(u"GMT"_s))
        offsetPart = offsetPart.mid(3);
    if (!offsetPart.isEmpty() && offsetPart.front() != u'Z') {
        if (const auto offset = parseOffset(offsetPart))
            return *offset == 0 ? QTimeZone::utc() : QTimeZone(*offset);
    }
    const QByteArray ianaId = trimmed.toUtf8();
    QTimeZone zone(ianaId);
    if (!zone.isValid())
        return {};
    // Qt reads an unknown id without a '/' as a POSIX TZ rule: "Atlantis" would be a valid zone
    // at UTC+00:00. A single-word id counts only when it is a zone the system knows by that name
    // ("CET", "Japan", "EST5EDT" are zoneinfo files too).
    if (!ianaId.contains('/') && !QTimeZone::isTimeZoneIdAvailable(ianaId) && !hasZoneInfoFile(trimmed))
        return {};
    return zone;
}

QString offsetString(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int absolute = std::abs(offsetSeconds);
    return u"%1%2:%3"_s.arg(sign).arg(absolute / 3600, 2, 10, QLatin1Char('0')).arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString zoneIdForOffset(int offsetSeconds)
{
    return offsetSeconds == 0 ? u"UTC"_s : u"UTC"_s + offsetString(offsetSeconds);
}

QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + offsetString(local.offsetFromUtc());
}

QDateTime DateTimeText::instant() const
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds.value_or(0));
}

std::optional<DateTimeText> parseDateTime(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year)
        return std::nullopt;
    // Extended ("2019-12-27T11:00:00") or basic ("20191227T110000") format.
    const bool extended = accept(text, pos, u'-');
    const auto month = digits(text, pos, 2);
    if (!month || (extended && !accept(text, pos, u'-')))
        return std::nullopt;
    const auto day = digits(text, pos, 2);
    if (!day)
        return std::nullopt;
    if (!accept(text, pos, u'T') && !accept(text, pos, u't') && !accept(text, pos, u' '))
        return std::nullopt;
    const auto hour = digits(text, pos, 2);
    if (!hour || (extended && !accept(text, pos, u':')))
        return std::nullopt;
    const auto minute = digits(text, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    const qsizetype beforeSeconds = pos;
    if (!extended || accept(text, pos, u':')) {
        if (const auto parsed = digits(text, pos, 2))
            second = *parsed;
        else if (extended)
            return std::nullopt;
        else
            pos = beforeSeconds;
    }
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        if (pos == fractionStart)
            return std::nullopt;
    }
    while (pos < text.size() && text[pos] == u' ')
        ++pos;
    DateTimeText result;
    if (pos < text.size()) {
        const auto offset = parseOffset(text.mid(pos));
        if (!offset)
            return std::nullopt;
        result.offsetSeconds = *offset;
    }
    result.date = QDate(*year, *month, *day);
    // "24:00" is not a wall-clock time; a second of 60 (a leap second) neither, for Qt.
    result.time = QTime(*hour, *minute, second);
    if (!result.date.isValid() || !result.time.isValid())
        return std::nullopt;
    return result;
}

std::optional<QDateTime> parseInstant(QStringView text)
{
    const auto parsed = parseDateTime(text);
    if (!parsed || !parsed->hasOffset())
        return std::nullopt;
    return parsed->instant();
}

std::optional<QDate> parseDate(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year || !accept(text, pos, u'-'))
        return std::nullopt;
    const auto month = digits(text, pos, 2);
    if (!month || !accept(text, pos, u'-'))
        return std::nullopt;
    const auto day = digits(text, pos, 2);
    if (!day || (pos < text.size() && isAsciiDigit(text[pos])))
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    // The wall time read as if it were UTC; subtracting an offset gives a candidate instant.
    // (Qt::UTC rather than QTimeZone::utc(): instants carry the plain UTC spec everywhere.)
    const QDateTime wall(date, time, Qt::UTC);
    if (!zone.isValid())
        return wall;
    // A wall time maps to one instant, to two (the repeated hour when clocks go back) or to none
    // (the hour skipped when they go forward). The offsets in force a day either side are the
    // only candidates (no zone changes its offset twice within two days).
    const int offsetBefore = zone.offsetFromUtc(wall.addSecs(-86400));
    const int offsetAfter = zone.offsetFromUtc(wall.addSecs(86400));
    QDateTime best;
    for (const int offset : {offsetBefore, offsetAfter}) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;
    // In a gap: read the wall time with the offset from before the gap, which lands as far after
    // the gap's end as the wall time is after its start.
    return wall.addSecs(-offsetBefore);
}

std::optional<qint64> parseDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    std::array<qint64, 4> numbers{};
    std::array<qsizetype, 4> widths{};
    int count = 0;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= trimmed.size(); ++i) {
        if (i < trimmed.size() && trimmed[i] != u':') {
            if (!isAsciiDigit(trimmed[i]))
                return std::nullopt;
            continue;
        }
        const qsizetype width = i - partStart;
        if (width == 0 || width > 6 || count == 4)
            return std::nullopt;
        numbers[count] = trimmed.mid(partStart, width).toLongLong();
        widths[count] = width;
        ++count;
        partStart = i + 1;
    }
    switch (count) {
    case 1: // plain minutes
        return numbers[0] * 60;
    case 2: // H:MM, HH:MM (minutes above 59 allowed)
        return numbers[0] * 3600 + numbers[1] * 60;
    case 3:
        // "D:HH:MM" is written with a single-digit day count and hours up to 23; "HH:MM:SS" with a
        // two-digit hour. "1:30:00" (hours, as Python prints a timedelta) cannot be D:HH:MM.
        if (widths[0] == 1 && numbers[0] > 0 && numbers[1] <= 23)
            return numbers[0] * 86400 + numbers[1] * 3600 + numbers[2] * 60;
        return numbers[0] * 3600 + numbers[1] * 60 + numbers[2];
    case 4: // D:HH:MM:SS
        return numbers[0] * 86400 + numbers[1] * 3600 + numbers[2] * 60 + numbers[3];
    default:
        return std::nullopt;
    }
}

std::optional<qint64> parseIsoDuration(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    qint64 sign = 1;
    if (accept(text, pos, u'-'))
        sign = -1;
    else
        accept(text, pos, u'+');
    if (!accept(text, pos, u'P') && !accept(text, pos, u'p'))
        return std::nullopt;
    bool inTime = false;
    bool any = false;
    qint64 total = 0;
    // Each unit at most once and in the order W, D, H, M, S (as RFC 5545 writes them): with at
    // most nine digits each, the total cannot overflow however long the text.
    int lastUnit = -1;
    while (pos < text.size()) {
        if (text[pos] == u'T' || text[pos] == u't') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            ++pos;
            continue;
        }
        const qsizetype numberStart = pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        if (pos == numberStart || pos - numberStart > 9 || pos >= text.size())
            return std::nullopt;
        const qint64 value = text.mid(numberStart, pos - numberStart).toLongLong();
        // Seconds may carry a fraction, which a schedule has no use for.
        if (text[pos] == u'.' || text[pos] == u',') {
            ++pos;
            while (pos < text.size() && isAsciiDigit(text[pos]))
                ++pos;
            if (pos >= text.size() || text[pos].toUpper() != u'S' || !inTime)
                return std::nullopt;
        }
        const char16_t unit = text[pos].toUpper().unicode();
        ++pos;
        qint64 factor = 0;
        int order = 0;
        if (!inTime && unit == u'W') {
            factor = 7 * 86400;
            order = 0;
        } else if (!inTime && unit == u'D') {
            factor = 86400;
            order = 1;
        } else if (inTime && unit == u'H') {
            factor = 3600;
            order = 2;
        } else if (inTime && unit == u'M') {
            factor = 60;
            order = 3;
        } else if (inTime && unit == u'S') {
            factor = 1;
            order = 4;
        } else {
            return std::nullopt; // years and months have no fixed length
        }
        if (order <= lastUnit)
            return std::nullopt;
        lastUnit = order;
        total += value * factor;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return sign * total;
}

std::optional<QTime> parseClockTime(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    qsizetype hourDigits = 0;
    while (hourDigits < text.size() && hourDigits < 3 && isAsciiDigit(text[hourDigits]))
        ++hourDigits;
    if (hourDigits < 1 || hourDigits > 2)
        return std::nullopt;
    const auto hour = digits(text, pos, int(hourDigits));
    if (!hour || !accept(text, pos, u':'))
        return std::nullopt;
    const auto minute = digits(text, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (accept(text, pos, u':')) {
        const auto parsed = digits(text, pos, 2);
        if (!parsed)
            return std::nullopt;
        second = *parsed;
    }
    if (pos != text.size())
        return std::nullopt;
    const QTime time(*hour, *minute, second);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace TimeRules

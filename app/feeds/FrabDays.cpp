#include "FrabDays.h"

#include "core/TimeRules.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
/** A day once its texts are read: the date events without an offset are placed on, and its window. */
struct ResolvedDay
{
    QDate date;
    QDateTime start;
    QDateTime end;
    /** Local time the window starts at, when it starts on the day's own date. */
    QTime localStart;
};

std::optional<TimeRules::DateTimeText> parseNoting(ImportContext &context, const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = TimeRules::parseDateTime(text);
    if (parsed && parsed->hasOffset())
        context.noteOffset(*parsed->offsetSeconds);
    return parsed;
}

QDateTime toInstant(const TimeRules::DateTimeText &text, const QTimeZone &zone)
{
    return text.hasOffset() ? text.instant() : TimeRules::localToUtc(text.date, text.time, zone);
}

/**
 * Whether a wall-clock start written in a conference day is after midnight, on the next calendar
 * date. A day whose window runs past midnight says so itself: the start is on the next date when
 * that is still inside the window (its end written inclusively, "04:00" or "08:59"), so early
 * talks before the window opens stay on the day's date. Otherwise the conference's day change
 * decides, and without one the window's opening time.
 */
bool startsNextDate(const ResolvedDay *day, QDate date, QTime time, QTime dayChange, const QTimeZone &zone)
{
    if (day && day->end.isValid() && day->end.toTimeZone(zone).date() > date)
        return TimeRules::localToUtc(date.addDays(1), time, zone) <= day->end;
    if (dayChange.isValid())
        return time < dayChange;
    if (day && day->localStart.isValid())
        return time < day->localStart;
    return false;
}
} // namespace

std::optional<ImportError> FrabDays::resolve(ImportContext &context)
{
    Schedule &schedule = context.schedule();

    // First pass: read every date-time once, noting the offsets they carry (the zone of last resort).
    struct ParsedDay
    {
        std::optional<QDate> date;
        std::optional<TimeRules::DateTimeText> start;
        std::optional<TimeRules::DateTimeText> end;
    };
    QList<ParsedDay> parsedDays;
    parsedDays.reserve(days.size());
    for (const FeedDay &day : std::as_const(days)) {
        ParsedDay parsed;
        parsed.date = TimeRules::parseDate(day.date);
        parsed.start = parseNoting(context, day.start);
        parsed.end = parseNoting(context, day.end);
        if (!day.date.isEmpty() && !parsed.date)
            return context.error(day.where, u"day date \"%1\" is not a date (YYYY-MM-DD)"_s.arg(day.date));
        parsedDays.append(parsed);
    }
    QList<std::optional<TimeRules::DateTimeText>> parsedDates;
    parsedDates.reserve(slots.size());
    for (const FeedSlot &slot : std::as_const(slots))
        parsedDates.append(parseNoting(context, slot.date));

    if (auto error = context.settleTimeZone(zoneName, conferenceWhere))
        return error;
    const QTimeZone &zone = context.conferenceZone();

    // Days.
    QList<ResolvedDay> resolvedDays;
    resolvedDays.reserve(days.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        const FeedDay &day = days[i];
        const ParsedDay &parsed = parsedDays[i];
        ResolvedDay resolved;
        if (parsed.start)
            resolved.start = toInstant(*parsed.start, zone);
        if (parsed.end)
            resolved.end = toInstant(*parsed.end, zone);
        const QDateTime localStart = resolved.start.isValid() ? resolved.start.toTimeZone(zone) : QDateTime();
        if (parsed.date) {
            resolved.date = *parsed.date;
            // wafer dates a day by the UTC date of its window's start: DebConf23's first day is
            // "2023-09-09" while its window starts at 03:00 on the 10th in Asia/Kolkata. The day a
            // visitor lives through is the local one.
            if (localStart.isValid() && parsed.start->hasOffset() && std::abs(localStart.date().daysTo(resolved.date)) == 1) {
                context.warn(day.where,
                             u"day %1 is dated %2 but its window starts on %3 local time; using %3"_s.arg(day.index).arg(
                                 resolved.date.toString(Qt::ISODate), localStart.date().toString(Qt::ISODate)));
                resolved.date = localStart.date();
            }
        } else if (localStart.isValid()) {
            resolved.date = localStart.date();
        } else {
            return context.error(day.where, u"day without a date"_s);
        }
        if (localStart.isValid() && localStart.date() == resolved.date)
            resolved.localStart = localStart.time();
        schedule.days.append(Day{day.index, resolved.date, resolved.start, resolved.end});
        resolvedDays.append(resolved);
    }

    // The conference's day change: as the feed states it, else where its day windows end.
    Conference &conference = schedule.conference;
    if (const auto stated = TimeRules::parseClockTime(dayChange)) {
        conference.dayChange = *stated;
    } else if (!resolvedDays.isEmpty() && resolvedDays.constFirst().end.isValid()) {
        const QDateTime localEnd = resolvedDays.constFirst().end.toTimeZone(zone);
        if (localEnd.date() > resolvedDays.constFirst().date) {
            // Windows are written with inclusive ends ("03:59:00", "21:29:59"): the day changes at
            // the next whole minute.
            QTime change = localEnd.time();
            if (change.second() == 59)
                change = change.addSecs(1);
            if (change.minute() == 59)
                change = change.addSecs(60);
            conference.dayChange = QTime(change.hour(), change.minute());
        }
    }

    // Events.
    for (qsizetype k = 0; k < slots.size(); ++k) {
        const FeedSlot &slot = slots[k];
        Event &event = schedule.events[k];
        const ResolvedDay *day = slot.day >= 0 && slot.day < resolvedDays.size() ? &resolvedDays[slot.day] : nullptr;
        const auto &date = parsedDates[k];
        if (!slot.date.isEmpty() && !date && !TimeRules::parseDate(slot.date))
            return context.error(slot.where, u"event \"%1\": <date> \"%2\" is not a date-time"_s.arg(event.title, slot.date));

        QDateTime start;
        if (date && date->hasOffset()) {
            start = date->instant();
        } else {
            std::optional<QTime> clock = TimeRules::parseClockTime(slot.start);
            if (!clock && !slot.start.isEmpty()) {
                // Some feeds write a whole date-time into <start>.
                if (const auto full = parseNoting(context, slot.start)) {
                    start = toInstant(*full, zone);
                } else {
                    return context.error(slot.where, u"event \"%1\": start time \"%2\" is not a time"_s.arg(event.title, slot.start));
                }
            }
            if (!start.isValid()) {
                QDate localDate;
                QTime localTime;
                if (date && (!clock || date->time == *clock)) {
                    // A local <date> that agrees with <start> names the calendar date itself.
                    localDate = date->date;
                    localTime = date->time;
                } else if (clock) {
                    localTime = *clock;
                    // A date-only <date> stands for the day's date, like the day it is in.
                    const std::optional<QDate> dateOnly = date ? std::nullopt : TimeRules::parseDate(slot.date);
                    if (dateOnly || day) {
                        localDate = dateOnly ? *dateOnly : day->date;
                        if (startsNextDate(day, localDate, localTime, conference.dayChange, zone))
                            localDate = localDate.addDays(1);
                    }
                }
                if (!localDate.isValid() || !localTime.isValid())
                    return context.error(
                        slot.where,
                        u"event \"%1\" has no start time that can be placed (no <date> and no <start> on a dated day)"_s.arg(event.title));
                start = TimeRules::localToUtc(localDate, localTime, zone);
            }
        }

        QDateTime end;
        if (!slot.end.isEmpty()) {
            if (const auto endText = parseNoting(context, slot.end)) {
                end = toInstant(*endText, zone);
            } else if (const auto endClock = TimeRules::parseClockTime(slot.end)) {
                const QDate startDate = start.toTimeZone(zone).date();
                end = TimeRules::localToUtc(startDate, *endClock, zone);
                if (end < start)
                    end = TimeRules::localToUtc(startDate.addDays(1), *endClock, zone);
            } else {
                return context.error(slot.where, u"event \"%1\": end \"%2\" is not a time"_s.arg(event.title, slot.end));
            }
        } else if (!slot.duration.isEmpty()) {
            const auto seconds = TimeRules::parseDuration(slot.duration);
            if (!seconds)
                return context.error(slot.where,
                                     u"event \"%1\": duration \"%2\" is not a duration (H:MM, HH:MM, HH:MM:SS or D:HH:MM)"_s.arg(
                                         event.title, slot.duration));
            end = start.addSecs(*seconds);
        } else {
            context.warn(slot.where, u"event \"%1\" has neither duration nor end; shown without a length"_s.arg(event.title));
            end = start;
        }
        if (end < start)
            return context.error(slot.where,
                                 u"event \"%1\" ends (%2) before it starts (%3)"_s.arg(event.title, TimeRules::isoWithOffset(end, zone),
                                                                                       TimeRules::isoWithOffset(start, zone)));

        event.start = start;
        event.end = end;
        event.day = day ? day->date : context.dayFor(start);
    }
    return std::nullopt;
}

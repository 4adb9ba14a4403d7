#pragma once

#include "ImportContext.h"

#include <QList>
#include <QString>

#include <optional>

/** One conference day as schedule.xml (<day>) or schedule.json (days[]) writes it. */
struct FeedDay
{
    int index = 0;
    QString date;
    /** The day's window as written (date-times, normally with an offset). */
    QString start;
    QString end;
    FeedLocation where;
};

/** What the feed says about one event's time, kept as written until the zone is known. */
struct FeedSlot
{
    /** Index into FrabDays::days; -1 when the event is in no day. */
    qsizetype day = -1;
    /** <date>: a date-time, with or without an offset. */
    QString date;
    /** <start>: a wall-clock time on the day's date (or a date-time). */
    QString start;
    QString duration;
    /** <end>: a date-time or a wall-clock time (rare). */
    QString end;
    FeedLocation where;
};

/**
 * The day, room and event model of frab, Pentabarf, pretalx and wafer feeds, shared by
 * schedule.xml and schedule.json: the readers collect days and one slot per event (parallel to
 * Schedule::events), then resolve() applies the time rules once the conference's zone is known.
 *
 * The rules: a <date> with an offset is the event's instant and wins over <start> (DebConf23
 * writes UTC there and local time in <start>). Otherwise <start> is local time on the day's date,
 * and an after-midnight start belongs to the next calendar date: when the day's window runs past
 * midnight, a start that is still inside the window on the next date (so an early talk before
 * the window opens stays put); otherwise a start before the day change (<day_change>, or where
 * the windows end), and without either, before the window opens. The end is <end>, else start
 * plus <duration>. Event::day is the feed's day.
 */
class FrabDays
{
public:
    QList<FeedDay> days;
    QList<FeedSlot> slots;
    /** <time_zone_name> as written. */
    QString zoneName;
    /** <day_change> as written. */
    QString dayChange;
    /** Where the conference is described (for messages about its zone). */
    FeedLocation conferenceWhere;

    /** Fills Schedule::days and every event's start, end and day; an error for an unplaceable time. */
    std::optional<ImportError> resolve(ImportContext &context);
};

#pragma once

#include "Agenda.h"
#include "core/Event.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

/**
 * What runs now and what starts soon at a conference, for the Now & Next page and `lanyard now`.
 * A pure function of the programme, the bookmarks and an instant: the caller passes the events it
 * shows (hidden and cancelled ones already left out) and the clock's time.
 */
namespace NowNext
{
/** Where an instant falls in a programme. */
enum class Phase {
    /** No events at all. */
    NoProgramme,
    /** Before the first event. */
    Before,
    /** Within a conference day's events (something may or may not run right now). */
    During,
    /** After one day's last event and before the next day's first. */
    Between,
    /** After the last event. */
    After,
};

struct Entry
{
    Event event;
    /** Runs now (start <= at < end); else it starts within the window. */
    bool running = false;
    bool bookmarked = false;
    /** How far along a running event is, 0 to 1. */
    double progress = 0;
    /** Seconds until a running event ends, or until an upcoming one starts. */
    qint64 seconds = 0;
    /** The agenda items (bookmarked events, trips) this bookmarked one clashes with, in start order. */
    QStringList conflictIds;
    QStringList conflictTitles;
};

struct Snapshot
{
    Phase phase = Phase::NoProgramme;
    QDateTime at;
    /** Start of the first and end of the last event. */
    QDateTime firstStart;
    QDateTime lastEnd;
    /** The first start after `at` (the next thing to happen), invalid when nothing is left. */
    QDateTime nextStart;
    /** Running now: bookmarked first, then in the conference's room order. */
    QList<Entry> now;
    /** Starting within the window: bookmarked first, then by start time and room. */
    QList<Entry> next;
};

/**
 * `events` are those to consider (of one conference, or several), `rooms` the room order,
 * `agenda` the user's agenda of the same conferences (bookmarks and trips: what is bookmarked and
 * what clashes, as every other view sees it), `windowSeconds` how far ahead "next" looks.
 */
Snapshot compute(const QList<Event> &events, const QDateTime &at, const Agenda &agenda, const QStringList &rooms = {},
                 qint64 windowSeconds = 3600);

/** "no-programme", "before", "during", "between", "after". */
QString phaseName(Phase phase);
} // namespace NowNext

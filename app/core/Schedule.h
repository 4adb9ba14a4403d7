#pragma once

#include "Conference.h"
#include "Event.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

/** One conference day; start and end (UTC) are the feed's day window, where it gives one. */
struct Day
{
    int index = 0;
    QDate date;
    QDateTime start;
    QDateTime end;
    bool operator==(const Day &other) const = default;
};

struct Track
{
    QString name;
    /** "#rrggbb" where the feed gives a colour, else empty (the UI picks one). */
    QString color;
    bool operator==(const Track &other) const = default;
};

/**
 * Everything one feed says about one conference: what an importer produces and what the store
 * writes in one transaction. Rooms and tracks are in the feed's order.
 */
struct Schedule
{
    Conference conference;
    QList<Day> days;
    QStringList rooms;
    QList<Track> tracks;
    QList<Event> events;
    /**
     * What the feed says about its speakers (biography, tagline, links), one entry per name, in
     * the order the feed gives them; speakers it says nothing about are left out.
     */
    QList<PersonDetails> personDetails;
    /** Things the importer skipped or repaired, each naming where ("line 12: event without title"). */
    QStringList warnings;
    /** Which reader produced this ("schedule.xml", "schedule.json", "schedule-v2.json", "icalendar"). */
    QString format;

    /** Fills in derived data the feed may lack: rooms and tracks used by events, days, dates. */
    void completeDerivedData();
};

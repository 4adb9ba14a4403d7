#pragma once

#include "AgendaItem.h"
#include "core/Conference.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

class ScheduleStore;
class UserDataStore;

/** The items of one conference day, in time order. */
struct AgendaDay
{
    QString conferenceId;
    QDate date;
    QList<AgendaItem> items;
};

/**
 * The personal agenda: bookmarked events (and other kinds of items, such as trips, handed in by
 * their stores) of one conference or of all, in time order, with conflicts, gaps and room changes
 * worked out per day. Events cancelled by a feed update stay, marked, until the user dismisses
 * them; they take no part in conflicts, gaps or room changes, since they will not happen.
 */
class Agenda
{
public:
    struct Options
    {
        /** Empty: every conference. */
        QString conferenceId;
        /** Items of other kinds (trips) to place on the same timeline; their conflicts are found too. */
        QList<AgendaItem> otherItems;
    };

    /** Reads bookmarks and user data from the stores and builds the agenda. */
    static Agenda build(const ScheduleStore &schedule, const UserDataStore &userData, const Options &options);
    /** An agenda of the given items (any order); conferences give zones, venues and titles. */
    static Agenda fromItems(QList<AgendaItem> items, const QList<Conference> &conferences);
    /** Sorts items by start (then end, title, id) and fills in conflicts, gaps and room changes. */
    static void annotate(QList<AgendaItem> &items);
    /** The item for a bookmarked (or otherwise noted) event, without the derived fields. */
    static AgendaItem itemForEvent(const Event &event, const EventUserData &userData, bool cancelled);

    const QList<AgendaItem> &items() const { return m_items; }
    /** Items grouped by conference day, days in time order. */
    QList<AgendaDay> days() const;
    /** The conferences the agenda covers (those that have items, or the one asked for). */
    const QList<Conference> &conferences() const { return m_conferences; }
    const Conference *conference(const QString &conferenceId) const;
    /** The zone an item's times are shown in: its conference's (UTC when unknown). */
    QTimeZone zoneOf(const AgendaItem &item) const;
    const AgendaItem *item(const QString &id) const;
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QList<AgendaItem> m_items;
    QList<Conference> m_conferences;
    QHash<QString, qsizetype> m_indexById;
};

#pragma once

#include "Conflicts.h"
#include "store/FriendStore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class ScheduleStore;

/** What one friend's calendar says about the programme. */
struct FriendPlan
{
    QString name;
    /** Entries in the friend's calendar. */
    int entries = 0;
    /** Programme events the friend's entries stand for (matched by UID, else title and start). */
    QStringList eventIds;
    /** Entries that match no talk (their own plans, their trips): busy, title and all. */
    struct Block
    {
        QString title;
        QDateTime start;
        QDateTime end;
    };
    QList<Block> blocks;
    /** Every interval the friend is busy: their talks at the programme's times (not cancelled ones), and their blocks. */
    QList<Conflicts::Interval> busy;
    /** The stored copy could not be read (the programme's zones changed since): why. */
    QString error;
};

/**
 * Friends' calendars read against the programme: who goes to which event, and when each friend
 * is busy. Matching is IcsBookmarkImport's (the same one that imports bookmarks from an .ics
 * file); nothing of a friend is written anywhere. Built once over every conference, kept by the
 * caller until the friends or the programme change.
 */
class FriendPlans
{
public:
    static FriendPlans build(const QList<Friend> &friends, const ScheduleStore &schedule);

    const QList<FriendPlan> &plans() const { return m_plans; }
    bool isEmpty() const { return m_plans.isEmpty(); }
    /** The names of the friends who go to an event, sorted (without case). */
    QStringList friendsOf(const QString &eventId) const { return m_byEvent.value(eventId); }
    const FriendPlan *plan(const QString &name) const;
    /** Every interval any of the named friends is busy; ids are "friend:<name>:<n>". */
    QList<Conflicts::Interval> busyOf(const QStringList &names) const;

    /** Sorts names as every list of friends shows them: without case, then as spelled. */
    static void sortNames(QStringList &names);

private:
    QList<FriendPlan> m_plans;
    QHash<QString, QStringList> m_byEvent;
};

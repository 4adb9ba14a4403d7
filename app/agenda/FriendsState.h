#pragma once

#include "FriendPlans.h"

#include <QObject>

class Database;
class ScheduleStore;

/**
 * The one owner of friends' plans for the window: read from the friends table and matched to
 * the programme once, then kept until a friend is added, removed or refreshed (here or by
 * another process) or a programme changes. Views ask it who goes to an event; none of them reads
 * the database for that while scrolling.
 */
class FriendsState : public QObject
{
    Q_OBJECT
public:
    FriendsState(Database &database, const ScheduleStore &schedule, QObject *parent = nullptr);

    const FriendPlans &plans() const { return m_plans; }
    /** Every friend's name, sorted as FriendPlans sorts them. */
    const QStringList &names() const { return m_names; }
    QStringList friendsOf(const QString &eventId) const { return m_plans.friendsOf(eventId); }

    /** Reads the friends again; announces changed() only when what is kept differs. */
    void reload();

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
    const ScheduleStore &m_schedule;
    FriendPlans m_plans;
    QStringList m_names;
    /** Names, sources and refresh times as last read: what tells a real change from none. */
    QString m_fingerprint;
};

#pragma once

#include "Agenda.h"
#include "TripSources.h"

#include <QHash>
#include <QObject>

class ScheduleStore;
class UserDataStore;

/**
 * The one owner of what bookmarks plus trips give: each conference's agenda with its conflicts,
 * gaps and room changes. Every view that asks "does this clash?" (the timetable, the day list, the
 * event page, a speaker's talks, Now & Next, My agenda) asks here, so they all give the same
 * answer, trips included. An agenda is built once and kept until a bookmark, a trip or the
 * programme of its conference changes.
 */
class AgendaState : public QObject
{
    Q_OBJECT
public:
    AgendaState(const ScheduleStore &schedule, const UserDataStore &userData, QObject *parent = nullptr);

    /** Where trips come from; without them the agendas have bookmarks only. */
    void setTripSources(const TripSources &sources);
    const TripSources &tripSources() const { return m_trips; }

    /**
     * The agenda of one conference (empty id: every conference), bookmarks and trips. A copy that
     * shares its lists with the kept one: cheap, and safe to hold while the state changes.
     */
    Agenda agenda(const QString &conferenceId) const;
    /** Ids of the agenda items an event or trip clashes with, in their start order. */
    QStringList conflictsOf(const QString &itemId, const QString &conferenceId) const;
    /** Ids of the items of a conference that clash with anything. */
    QSet<QString> conflicting(const QString &conferenceId) const;

Q_SIGNALS:
    /** The agenda of a conference may have changed (empty id: of every conference). */
    void changed(const QString &conferenceId);

private:
    void invalidate(const QString &conferenceId);
    void connectTrips();

    const ScheduleStore &m_schedule;
    const UserDataStore &m_userData;
    TripSources m_trips;
    mutable QHash<QString, Agenda> m_agendas;
    QList<QMetaObject::Connection> m_tripConnections;
};

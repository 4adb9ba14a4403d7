#include "AgendaState.h"

#include "TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QSet>

AgendaState::AgendaState(const ScheduleStore &schedule, const UserDataStore &userData, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_userData(userData)
{
    connect(&userData, &UserDataStore::eventDataChanged, this, [this](const QString &eventId) {
        const EventUserData data = m_userData.value(eventId);
        invalidate(data.conferenceId);
    });
    connect(&userData, &UserDataStore::reset, this, [this] { invalidate({}); });
    connect(&schedule, &ScheduleStore::scheduleChanged, this, &AgendaState::invalidate);
    connect(&schedule, &ScheduleStore::conferencesChanged, this, [this] { invalidate({}); });
}

void AgendaState::setTripSources(const TripSources &sources)
{
    m_trips = sources;
    connectTrips();
    invalidate({});
}

void AgendaState::connectTrips()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_tripConnections))
        disconnect(connection);
    m_tripConnections.clear();
    if (!m_trips.trips)
        return;
    for (auto signal : {&TripStore::tripAdded, &TripStore::tripChanged, &TripStore::tripRemoved}) {
        m_tripConnections.append(
            connect(m_trips.trips, signal, this, [this](const QString &conferenceId, const QString &) { invalidate(conferenceId); }));
    }
    m_tripConnections.append(connect(m_trips.trips, &TripStore::reset, this, [this] { invalidate({}); }));
}

void AgendaState::invalidate(const QString &conferenceId)
{
    if (conferenceId.isEmpty()) {
        m_agendas.clear();
    } else {
        m_agendas.remove(conferenceId);
        m_agendas.remove(QString()); // the agenda of every conference holds this one's too
    }
    Q_EMIT changed(conferenceId);
}

Agenda AgendaState::agenda(const QString &conferenceId) const
{
    const auto found = m_agendas.constFind(conferenceId);
    if (found != m_agendas.constEnd())
        return *found;
    const QList<AgendaItem> trips = TripPlanning::agendaItems(m_trips, m_schedule, conferenceId);
    return *m_agendas.insert(conferenceId, Agenda::build(m_schedule, m_userData, {conferenceId, trips}));
}

QStringList AgendaState::conflictsOf(const QString &itemId, const QString &conferenceId) const
{
    const Agenda kept = agenda(conferenceId);
    const AgendaItem *item = kept.item(itemId);
    return item ? item->conflicts : QStringList{};
}

QSet<QString> AgendaState::conflicting(const QString &conferenceId) const
{
    QSet<QString> result;
    const Agenda kept = agenda(conferenceId);
    for (const AgendaItem &item : kept.items()) {
        if (!item.conflicts.isEmpty())
            result.insert(item.id);
    }
    return result;
}

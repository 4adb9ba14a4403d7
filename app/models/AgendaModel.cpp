#include "AgendaModel.h"

#include "AppController.h"
#include "TripController.h"
#include "agenda/Agenda.h"
#include "agenda/TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

AgendaModel::AgendaModel(QObject *parent)
    : AgendaItemListModel(parent)
{
}

AgendaModel::AgendaModel(AppController *app, TripController *trips, QObject *parent)
    : AgendaModel(parent)
{
    setAppController(app);
    setTripController(trips);
    startWithServices();
}

void AgendaModel::startWithServices()
{
    AgendaItemListModel::startWithServices();
    if (!m_app)
        return;
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &AgendaModel::refresh);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &AgendaModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &AgendaModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &AgendaModel::refresh);
    connect(m_app, &AppController::conferenceChanged, this, &AgendaModel::refresh);
    if (m_trips)
        connect(m_trips, &TripController::dataChanged, this, &AgendaModel::refresh);
    refresh();
}

void AgendaModel::setAllConferences(bool all)
{
    if (m_allConferences == all)
        return;
    m_allConferences = all;
    Q_EMIT allConferencesChanged();
    refresh();
}

QList<AgendaItem> AgendaModel::buildItems(QList<Conference> &conferences) const
{
    if (!m_app)
        return {};
    Agenda::Options options;
    if (!m_allConferences) {
        options.conferenceId = m_app->conferenceId();
        if (options.conferenceId.isEmpty())
            return {};
    }
    const Agenda agenda = m_app->agendaState().agenda(options.conferenceId);
    conferences = agenda.conferences();
    return agenda.items();
}

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
    if (!m_app)
        return;
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &AgendaModel::refresh);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &AgendaModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &AgendaModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &AgendaModel::refresh);
    connect(m_app, &AppController::conferenceChanged, this, &AgendaModel::refresh);
    if (TripController *trips = TripController::instance())
        connect(trips, &TripController::dataChanged, this, &AgendaModel::refresh);
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
    if (const TripController *trips = TripController::instance())
        options.otherItems = TripPlanning::agendaItems(trips->sources(), m_app->scheduleStore(), options.conferenceId);
    const Agenda agenda = Agenda::build(m_app->scheduleStore(), m_app->userDataStore(), options);
    conferences = agenda.conferences();
    return agenda.items();
}

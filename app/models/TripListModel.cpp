#include "TripListModel.h"

#include "AppController.h"
#include "TripController.h"
#include "agenda/Agenda.h"
#include "agenda/TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

TripListModel::TripListModel(QObject *parent)
    : AgendaItemListModel(parent)
{
}

TripListModel::TripListModel(AppController *app, TripController *trips, QObject *parent)
    : TripListModel(parent)
{
    setAppController(app);
    setTripController(trips);
    startWithServices();
}

void TripListModel::startWithServices()
{
    AgendaItemListModel::startWithServices();
    if (!m_app)
        return;
    // Bookmarks matter too: they decide which trips conflict.
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &TripListModel::refresh);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &TripListModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &TripListModel::refresh);
    connect(m_app, &AppController::conferenceChanged, this, &TripListModel::refresh);
    if (m_trips)
        connect(m_trips, &TripController::dataChanged, this, &TripListModel::refresh);
    refresh();
}

QList<AgendaItem> TripListModel::buildItems(QList<Conference> &conferences) const
{
    const TripController *trips = m_trips;
    if (!m_app || !trips || m_app->conferenceId().isEmpty())
        return {};
    Agenda::Options options;
    options.conferenceId = m_app->conferenceId();
    options.otherItems = TripPlanning::agendaItems(trips->sources(), m_app->scheduleStore(), options.conferenceId);
    if (options.otherItems.isEmpty())
        return {};
    const Agenda agenda = Agenda::build(m_app->scheduleStore(), m_app->userDataStore(), options);
    conferences = agenda.conferences();
    QList<AgendaItem> result;
    m_otherTitles.clear();
    for (const AgendaItem &item : agenda.items()) {
        if (item.kind == AgendaItem::Kind::Trip)
            result.append(item);
        else
            m_otherTitles.insert(item.id, item.title);
    }
    return result;
}

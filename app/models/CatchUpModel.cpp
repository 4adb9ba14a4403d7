#include "CatchUpModel.h"

#include "AppController.h"
#include "agenda/Agenda.h"
#include "core/Clock.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

CatchUpModel::CatchUpModel(QObject *parent)
    : AgendaItemListModel(parent)
{
}

CatchUpModel::CatchUpModel(AppController *app, TripController *trips, QObject *parent)
    : CatchUpModel(parent)
{
    setAppController(app);
    setTripController(trips);
    startWithServices();
}

void CatchUpModel::startWithServices()
{
    AgendaItemListModel::startWithServices();
    if (!m_app)
        return;
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &CatchUpModel::refresh);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &CatchUpModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &CatchUpModel::refresh);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &CatchUpModel::refresh);
    connect(m_app, &AppController::conferenceChanged, this, &CatchUpModel::refresh);
    connect(&m_app->clock(), &Clock::minuteChanged, this, &CatchUpModel::refresh);
    refresh();
}

void CatchUpModel::setAllConferences(bool all)
{
    if (m_allConferences == all)
        return;
    m_allConferences = all;
    Q_EMIT allConferencesChanged();
    refresh();
}

bool CatchUpModel::belongs(const AgendaItem &item, const QDateTime &now)
{
    return item.kind == AgendaItem::Kind::Event && item.priority != Priority::None && !item.cancelled && item.end <= now
        && !item.videos.isEmpty() && !item.notRecorded && !item.isWatched();
}

QList<AgendaItem> CatchUpModel::buildItems(QList<Conference> &conferences) const
{
    if (!m_app)
        return {};
    Agenda::Options options;
    if (!m_allConferences) {
        options.conferenceId = m_app->conferenceId();
        if (options.conferenceId.isEmpty())
            return {};
    }
    const Agenda agenda = Agenda::build(m_app->scheduleStore(), m_app->userDataStore(), options);
    conferences = agenda.conferences();
    const QDateTime now = m_app->clock().now();
    QList<AgendaItem> result;
    for (const AgendaItem &item : agenda.items()) {
        if (belongs(item, now))
            result.append(item);
    }
    return result;
}

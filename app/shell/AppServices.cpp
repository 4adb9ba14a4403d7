#include "AppServices.h"

#include "Storage.h"
#include "agenda/ReminderService.h"
#include "models/AppController.h"
#include "models/CalendarController.h"
#include "models/ImportController.h"
#include "models/Preferences.h"
#include "models/ReminderController.h"
#include "models/SyncController.h"
#include "models/TimeFormat.h"
#include "models/TripController.h"
#include "store/OutsideChanges.h"

#include <QQmlEngine>

AppServices::AppServices(const Stores &stores, Clock &clock, const Options &options)
    : m_preferences(std::make_unique<Preferences>(nullptr))
    , m_format(std::make_unique<TimeFormat>(nullptr))
{
    if (options.applyPreferences)
        m_preferences->apply();
    m_format->setShowUserZone(m_preferences->showUserZone());
    QObject::connect(m_preferences.get(), &Preferences::showUserZoneChanged, m_format.get(),
                     [this] { m_format->setShowUserZone(m_preferences->showUserZone()); });

    m_app = std::make_unique<AppController>(stores.schedule, stores.userData, clock, m_format.get());
    // Before anything that listens to the trips: the agendas are current when the views ask.
    m_app->agendaState().setTripSources({&stores.trips, &stores.places});
    m_trips = std::make_unique<TripController>(&stores.trips, &stores.places, m_app.get(), nullptr);

    if (options.notifier)
        m_reminderService = std::make_unique<ReminderService>(stores.schedule, stores.userData, clock, *options.notifier);
    m_reminders = std::make_unique<ReminderController>(m_reminderService.get());
    m_importer = std::make_unique<ImportController>(*m_app);

    if (options.network)
        m_sync = std::make_unique<SyncController>(stores.database, stores.schedule, stores.userData, clock, *options.network,
                                                  m_preferences.get());
    m_outsideChanges = std::make_unique<OutsideChanges>(stores.database, stores.schedule, stores.userData, &stores.trips);
    QObject::connect(m_outsideChanges.get(), &OutsideChanges::changed, m_app.get(), &AppController::reloadAfterOutsideChange);
    if (m_sync)
        QObject::connect(&m_sync->friendRefresh(), &FriendRefresh::refreshed, m_app.get(), &AppController::reloadFriends);

    if (options.network) {
        m_calendar = std::make_unique<CalendarController>(stores.database, stores.schedule, stores.userData, &stores.trips, &stores.places,
                                                          clock, *options.network, m_preferences.get());
        m_calendar->followSubscriptions(m_sync->manager());
    }
}

AppServices::AppServices(Storage &storage, Clock &clock, const Options &options)
    : AppServices(Stores{storage.database(), storage.schedule(), storage.userData(), storage.places(), storage.trips()}, clock, options)
{
}

// Out of line: the members' types are complete here. They go in the reverse of the order made.
AppServices::~AppServices() = default;

void AppServices::attach(QQmlEngine &engine)
{
    QObject::connect(m_preferences.get(), &Preferences::languageChanged, &engine, &QQmlEngine::retranslate);
}

void AppServices::watchOutsideChanges()
{
    m_outsideChanges->start();
}

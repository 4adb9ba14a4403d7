#pragma once

#include <memory>

class AppController;
class CalendarController;
class Clock;
class Database;
class ImportController;
class Notifier;
class OutsideChanges;
class PlaceStore;
class Preferences;
class QNetworkAccessManager;
class QQmlEngine;
class ReminderController;
class ReminderService;
class ScheduleStore;
class Storage;
class SyncController;
class TimeFormat;
class TripController;
class TripStore;
class UserDataStore;

/**
 * The controllers the window, the Qt Quick tests and the model tests share, made in the one right
 * order on opened stores and handed what each needs: the settings and the formatter, the App and
 * Trips controllers, reminders, the importer, the sync and calendar controllers, and the watch on
 * what other processes write. What the QML singletons (App, Trips, Sync, ...) give is these.
 *
 * The parts that reach outside the process are made only when the caller hands in what they
 * need: reminders with a notifier, the sync and the calendar with the network manager. The model
 * tests leave them out.
 */
class AppServices
{
public:
    /** The opened stores the services work on (Storage's, or a test's own). */
    struct Stores
    {
        Database &database;
        ScheduleStore &schedule;
        UserDataStore &userData;
        PlaceStore &places;
        TripStore &trips;
    };
    /** What the process provides, and what of the desktop the services may change. */
    struct Options
    {
        /** Reminders go here; null: no reminders (the Reminders singleton says unavailable). */
        Notifier *notifier = nullptr;
        /** Feed, friend and calendar fetches run on it; null: no Sync or Calendar controller. */
        QNetworkAccessManager *network = nullptr;
        /**
         * The theme's palette and the language's translators are installed before anything is
         * made (a GUI process; a Qt Core-only test cannot have a palette).
         */
        bool applyPreferences = false;
    };

    AppServices(const Stores &stores, Clock &clock, const Options &options);
    AppServices(Storage &storage, Clock &clock, const Options &options);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    /** Retranslates the engine's qsTr() when the user picks another language. */
    void attach(QQmlEngine &engine);
    /** From now on, what the command line, a restore or another window writes shows within a second. */
    void watchOutsideChanges();

    Preferences &preferences() { return *m_preferences; }
    TimeFormat &format() { return *m_format; }
    AppController &app() { return *m_app; }
    TripController &trips() { return *m_trips; }
    ImportController &importer() { return *m_importer; }
    ReminderController &reminders() { return *m_reminders; }
    /** Null without a network manager. */
    SyncController *sync() { return m_sync.get(); }
    /** Null without a network manager. */
    CalendarController *calendar() { return m_calendar.get(); }

private:
    // Declared in the order they are made: each is handed only what is declared above it.
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<TimeFormat> m_format;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<TripController> m_trips;
    std::unique_ptr<ReminderService> m_reminderService;
    std::unique_ptr<ReminderController> m_reminders;
    std::unique_ptr<ImportController> m_importer;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<OutsideChanges> m_outsideChanges;
    std::unique_ptr<CalendarController> m_calendar;
};

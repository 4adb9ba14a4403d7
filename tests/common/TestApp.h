#pragma once

#include "core/Clock.h"
#include "models/AppController.h"
#include "models/TimeFormat.h"
#include "models/TripController.h"
#include "store/Database.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

/**
 * The stores, a frozen clock, the formatter, the App and Trips controllers on a fresh temporary
 * database, as GuiRunner wires them, for tests of the QML-facing models. Settings go to Qt's test
 * location.
 */
class TestApp
{
public:
    explicit TestApp(const QDateTime &now = QDateTime(QDate(2013, 7, 1), QTime(0, 0), QTimeZone::utc()))
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("lanyard-test"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("lanyard.org"));
        QSettings().clear();
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("test.sqlite")));
        QString error;
        opened = database->open(&error);
        openError = error;
        schedule = std::make_unique<ScheduleStore>(*database);
        userData = std::make_unique<UserDataStore>(*database);
        userData->load();
        clock.freezeAt(now);
        userData->setNowProvider([this] { return clock.now(); });
        places = std::make_unique<PlaceStore>(*database);
        places->load();
        places->setNowProvider([this] { return clock.now(); });
        trips = std::make_unique<TripStore>(*database, *places);
        trips->load();
        trips->setNowProvider([this] { return clock.now(); });
        format = std::make_unique<TimeFormat>(nullptr);
        format->setUserZone(QTimeZone("Europe/Berlin"));
        controller = std::make_unique<AppController>(*schedule, *userData, clock);
        controller->agendaState().setTripSources({trips.get(), places.get()});
        tripController = std::make_unique<TripController>(trips.get(), places.get(), nullptr);
    }

    QTemporaryDir dir;
    bool opened = false;
    QString openError;
    std::unique_ptr<Database> database;
    std::unique_ptr<ScheduleStore> schedule;
    std::unique_ptr<UserDataStore> userData;
    std::unique_ptr<PlaceStore> places;
    std::unique_ptr<TripStore> trips;
    Clock clock;
    std::unique_ptr<TimeFormat> format;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<TripController> tripController;
};

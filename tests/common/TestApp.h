#pragma once

#include "core/Clock.h"
#include "models/AppController.h"
#include "models/TimeFormat.h"
#include "models/TripController.h"
#include "shell/AppServices.h"
#include "store/Database.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

/**
 * The stores and a frozen clock on a fresh temporary database, and the app's services on them as
 * the window has them (without reminders; without sync and calendar unless given a network), for
 * tests of the QML-facing models.
 * Settings go to Qt's test location.
 */
class TestApp
{
public:
    explicit TestApp(const QDateTime &now = QDateTime(QDate(2013, 7, 1), QTime(0, 0), QTimeZone::utc()),
                     QNetworkAccessManager *network = nullptr)
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
        services = std::make_unique<AppServices>(AppServices::Stores{*database, *schedule, *userData, *places, *trips}, clock,
                                                 AppServices::Options{.network = network});
        format = &services->format();
        format->setUserZone(QTimeZone("Europe/Berlin"));
        controller = &services->app();
        tripController = &services->trips();
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
    std::unique_ptr<AppServices> services;
    // The services' own, named as the tests know them.
    QPointer<TimeFormat> format;
    QPointer<AppController> controller;
    QPointer<TripController> tripController;
};

#pragma once

#include "ScheduleBuilder.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QTemporaryDir>

#include <memory>

/**
 * A database with every store the trips need (schedule, user data, places, trips) and a frozen
 * clock, for tests of the planning code without the UI.
 */
class TripFixture
{
public:
    explicit TripFixture(const QString &path = {})
    {
        database = std::make_unique<Database>(path.isEmpty() ? dir.filePath(QStringLiteral("trips.sqlite")) : path);
        QString error;
        opened = database->open(&error);
        openError = error;
        schedule = std::make_unique<ScheduleStore>(*database);
        userData = std::make_unique<UserDataStore>(*database);
        places = std::make_unique<PlaceStore>(*database);
        trips = std::make_unique<TripStore>(*database, *places);
        clock.freezeAt(QDateTime(QDate(2013, 7, 1), QTime(9, 0), QTimeZone::utc()));
        userData->setNowProvider([this] { return clock.now(); });
        places->setNowProvider([this] { return clock.now(); });
        trips->setNowProvider([this] { return clock.now(); });
        loaded = userData->load(&error) && places->load(&error) && trips->load(&error);
        if (!loaded)
            openError = error;
    }

    /** A conference in Hobart's zone with the venue and two places (one without a location). */
    bool addPlaces(const QString &conferenceId, QString *error = nullptr)
    {
        Place venue;
        venue.id = QStringLiteral("venue");
        venue.name = QStringLiteral("Wrest Point");
        venue.location = GeoPoint{-42.90194, 147.33806};
        venue.isVenue = true;
        Place summit;
        summit.id = QStringLiteral("summit");
        summit.name = QStringLiteral("kunanyi / Mount Wellington (summit)");
        summit.location = GeoPoint{-42.896, 147.237306};
        summit.elevationMetres = 1271;
        Place lark;
        lark.id = QStringLiteral("lark");
        lark.name = QStringLiteral("Lark Distillery");
        return PlaceStore::replaceCatalogue(*database, conferenceId, {venue, summit, lark}, error) && places->load(error);
    }

    /** A wall time in Hobart ("2013-07-07 09:30") as an instant. */
    static QDateTime hobart(const QString &text)
    {
        const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        return TimeRules::localToUtc(local.date(), local.time(), QTimeZone("Australia/Hobart"));
    }

    QTemporaryDir dir;
    bool opened = false;
    bool loaded = false;
    QString openError;
    std::unique_ptr<Database> database;
    std::unique_ptr<ScheduleStore> schedule;
    std::unique_ptr<UserDataStore> userData;
    std::unique_ptr<PlaceStore> places;
    std::unique_ptr<TripStore> trips;
    Clock clock;
};

#pragma once

#include "store/Database.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QDateTime>

/**
 * The opened local cache as the GUI and the CLI both use it: the database (migrated), the feed
 * store, the user data store, the places and the trips, with the bundled programme (and its
 * places) loaded into a new database.
 */
class Storage
{
public:
    /** `path` as given by --db (may be empty: then LANYARD_DB or the default location). */
    explicit Storage(const QString &path);

    bool open(const QDateTime &now, QString *errorMessage);

    Database &database() { return m_database; }
    ScheduleStore &schedule() { return m_schedule; }
    UserDataStore &userData() { return m_userData; }
    PlaceStore &places() { return m_places; }
    TripStore &trips() { return m_trips; }

private:
    Database m_database;
    ScheduleStore m_schedule;
    UserDataStore m_userData;
    PlaceStore m_places;
    TripStore m_trips;
};

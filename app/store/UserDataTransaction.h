#pragma once

#include "FriendStore.h"
#include "SqlHelpers.h"
#include "UserDataStore.h"
#include "core/Place.h"
#include "core/Trip.h"

#include <QList>
#include <QString>

#include <optional>

class Database;
class PlaceStore;
class TripStore;

/** Every row a merge (a restore from a backup) writes, each store's in its own list. */
struct UserDataWrites
{
    QList<EventUserData> events;
    QList<Place> places;
    QList<Trip> trips;
    QList<Friend> friends;
};

/**
 * One write transaction over all of the user's own data: bookmarks and marks, trips, the user's
 * places and friends. begin() takes the file's write lock and reads the stores' caches again, so
 * a merge that follows starts from what the file holds now (another process may have written
 * since the caches were read) and nobody writes between that merge and commit(), which writes
 * every row or none. After a failure, or when the transaction ends without commit(), the caches
 * are read back from the file, since they may hold rows the rollback undid.
 *
 * The places and trips are optional, and go together: without both, a caller restores the
 * bookmarks and friends alone.
 */
class UserDataTransaction
{
public:
    UserDataTransaction(Database &database, UserDataStore &userData, PlaceStore *places = nullptr, TripStore *trips = nullptr);
    ~UserDataTransaction();
    UserDataTransaction(const UserDataTransaction &) = delete;
    UserDataTransaction &operator=(const UserDataTransaction &) = delete;

    bool begin(QString *errorMessage);
    bool commit(const UserDataWrites &writes, QString *errorMessage);

private:
    void rollBack();

    Database &m_database;
    UserDataStore &m_userData;
    PlaceStore *m_places;
    TripStore *m_trips;
    std::optional<Sql::Transaction> m_transaction;
    bool m_committed = false;
};

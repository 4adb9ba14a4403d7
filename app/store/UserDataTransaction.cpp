#include "UserDataTransaction.h"

#include "Database.h"
#include "PlaceStore.h"
#include "TripStore.h"

UserDataTransaction::UserDataTransaction(Database &database, UserDataStore &userData, PlaceStore *places, TripStore *trips)
    : m_database(database)
    , m_userData(userData)
    , m_places(places && trips ? places : nullptr)
    , m_trips(places && trips ? trips : nullptr)
{
}

UserDataTransaction::~UserDataTransaction()
{
    if (m_transaction && !m_committed)
        rollBack();
}

bool UserDataTransaction::begin(QString *errorMessage)
{
    m_transaction.emplace(m_database.connection());
    if (!m_transaction->isActive()) {
        if (errorMessage)
            *errorMessage = m_transaction->errorMessage();
        rollBack();
        return false;
    }
    const bool tripsRead = !m_trips || (m_places->load(errorMessage) && m_trips->refreshFromDatabase(errorMessage));
    if (!m_userData.refreshFromDatabase(errorMessage) || !tripsRead) {
        rollBack();
        return false;
    }
    return true;
}

bool UserDataTransaction::commit(const UserDataWrites &writes, QString *errorMessage)
{
    if (!m_transaction || !m_transaction->isActive())
        return false;
    FriendStore friends(m_database);
    bool written = true;
    for (const Friend &person : writes.friends)
        written = written && friends.put(person, errorMessage);
    written = written && (!m_places || m_places->putAll(writes.places, errorMessage))
        && (!m_trips || m_trips->putAll(writes.trips, errorMessage)) && m_userData.putAll(writes.events, errorMessage);
    if (written && !m_transaction->commit()) {
        written = false;
        if (errorMessage)
            *errorMessage = m_transaction->errorMessage();
    }
    if (!written) {
        rollBack();
        return false;
    }
    m_committed = true;
    m_transaction.reset();
    return true;
}

void UserDataTransaction::rollBack()
{
    m_transaction.reset(); // rolled back unless committed, before the caches are read again
    m_userData.load();
    if (m_trips) {
        m_places->load();
        m_trips->load();
    }
}

#include "Storage.h"

#include "sync/BundledProgramme.h"

Storage::Storage(const QString &path)
    : m_database(Database::resolvePath(path))
    , m_schedule(m_database)
    , m_userData(m_database)
    , m_places(m_database)
    , m_trips(m_database, m_places)
{
    // A conference removed or imported changes its places catalogue (feed side).
    QObject::connect(&m_schedule, &ScheduleStore::conferencesChanged, &m_places, [this] { m_places.load(); });
}

bool Storage::open(const QDateTime &now, QString *errorMessage)
{
    return m_database.open(errorMessage) && BundledProgramme::ensureLoaded(m_schedule, now, errorMessage) && m_userData.load(errorMessage)
        && m_places.load(errorMessage) && m_trips.load(errorMessage);
}

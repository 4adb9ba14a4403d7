#include "Storage.h"

#include "sync/BundledProgramme.h"

Storage::Storage(const QString &path)
    : m_database(Database::resolvePath(path))
    , m_schedule(m_database)
    , m_userData(m_database)
{
}

bool Storage::open(const QDateTime &now, QString *errorMessage)
{
    return m_database.open(errorMessage) && BundledProgramme::ensureLoaded(m_schedule, now, errorMessage)
        && m_userData.load(errorMessage);
}
